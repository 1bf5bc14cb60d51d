#pragma once

#include <QStyledItemDelegate>

// Draws "tokens this month against the limit" as a bar behind the text: green, amber from 80 %,
// red from 100 %.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UsageBarDelegate(int fractionRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
};
