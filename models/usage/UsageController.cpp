#include <models/usage/UsageController.h>

#include <async/Guarded.h>
#include <models/usage/UsageRepository.h>

UsageController::UsageController(UsageRepository* usage, QObject* parent)
    : QObject(parent)
    , m_usage(usage)
{
}

void UsageController::loadSeries(const UsageQuery& query)
{
    const quint64 generation = ++m_generation;
    deliver(m_usage->series(query), this, [this, generation, query](const Fetched<UsageSeries>& series) {
        if (generation == m_generation)
            emit seriesLoaded(query, series);
    });
}

void UsageController::loadForecast(const QString& tenantId)
{
    const quint64 generation = m_generation;
    deliver(m_usage->forecast(tenantId), this, [this, generation](const Fetched<QuotaForecast>& forecast) {
        if (generation == m_generation)
            emit forecastLoaded(forecast);
    });
}
