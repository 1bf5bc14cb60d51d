#pragma once

#include <QAbstractItemModel>
#include <QIODevice>
#include <QString>

// RFC 4180 CSV of a table model as shown: the header, then every row's EditRole values (exact numbers,
// not the formatted text). Cells that a spreadsheet would run as a formula are prefixed with ' .
namespace CsvWriter
{
QString escape(const QString& cell);
bool write(const QAbstractItemModel& model, QIODevice* device, QString* error);
} // namespace CsvWriter
