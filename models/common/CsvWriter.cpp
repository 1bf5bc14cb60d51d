#include <models/common/CsvWriter.h>

#include <QCoreApplication>
#include <QStringList>

namespace CsvWriter
{

QString escape(const QString& cell)
{
    QString text = cell;
    // Tenant names are data from customers: never let a spreadsheet execute them.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())
        && !(text.front() == u'-' && text.size() > 1 && text.at(1).isDigit()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

bool write(const QAbstractItemModel& model, QIODevice* device, QString* error)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << escape(model.headerData(column, Qt::Horizontal).toString());
    lines << header.join(u',');
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << escape(model.index(row, column).data(Qt::EditRole).toString());
        lines << cells.join(u',');
    }
    const QByteArray bytes = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    if (device->write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("CsvWriter", "Could not write the file: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace CsvWriter
