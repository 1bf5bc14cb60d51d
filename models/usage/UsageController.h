#pragma once

#include <models/common/Fetched.h>
#include <models/tenants/QuotaForecast.h>
#include <models/usage/Usage.h>

#include <QObject>

class UsageRepository;

// The Usage page's reads, off the widget: a series (a newer query makes an older answer stale) and a
// tenant's month with its forecast. Each answer comes back as a signal.
class UsageController : public QObject
{
    Q_OBJECT

public:
    explicit UsageController(UsageRepository* usage, QObject* parent = nullptr);

    void loadSeries(const UsageQuery& query);
    // Stale, like the series, once a newer series is asked for.
    void loadForecast(const QString& tenantId);

signals:
    void seriesLoaded(const UsageQuery& query, const Fetched<UsageSeries>& series);
    void forecastLoaded(const Fetched<QuotaForecast>& forecast);

private:
    UsageRepository* m_usage;
    quint64 m_generation = 0;
};
