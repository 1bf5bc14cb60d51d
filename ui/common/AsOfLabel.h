#pragma once

#include <models/common/Freshness.h>

#include <QLabel>

// "As of 07:15:32 UTC (read from the standby, 1.2 s behind)" beside the figures a page read from the hot
// standby; hidden when they came from the primary.
class AsOfLabel : public QLabel
{
    Q_OBJECT

public:
    explicit AsOfLabel(QWidget* parent = nullptr);
    void setFreshness(const Freshness& freshness);
};
