#pragma once

#include <models/usage/Usage.h>

#include <QAbstractTableModel>

// The Usage page's numbers as a table: one row per bucket and model, exactly what the chart draws.
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BucketColumn,
        ModelColumn,
        PromptColumn,
        CompletionColumn,
        TokensColumn,
        RequestsColumn,
        CostColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSeries(const UsageSeries& series, UsageResolution resolution);
    const UsageSeries& series() const { return m_series; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    UsageSeries m_series;
    UsageResolution m_resolution = UsageResolution::Day;
};
