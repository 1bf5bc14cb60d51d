#include <models/tenants/Tenant360Controller.h>

#include <async/Guarded.h>

Tenant360Controller::Tenant360Controller(QObject* parent)
    : QObject(parent)
{
}

void Tenant360Controller::setParts(Tenant360* parts)
{
    m_parts = parts;
    ++m_generation;
}

template <typename T, typename Signal> void Tenant360Controller::read(QFuture<T> future, Signal signal)
{
    const quint64 generation = m_generation;
    deliver(future, this, [this, generation, signal](const T& answer) {
        if (generation == m_generation)
            emit(this->*signal)(answer);
    });
}

void Tenant360Controller::load(const QString& tenantId)
{
    ++m_generation;
    if (!m_parts)
        return;
    for (const Tenant360::Section& section : m_parts->sections()) {
        switch (section.part) {
        case Tenant360::Part::Month:
            read(m_parts->forecast(tenantId), &Tenant360Controller::forecastLoaded);
            break;
        case Tenant360::Part::Failures:
            read(m_parts->failures(tenantId), &Tenant360Controller::failuresLoaded);
            break;
        case Tenant360::Part::Jobs:
            read(m_parts->jobsByState(tenantId), &Tenant360Controller::jobsLoaded);
            break;
        case Tenant360::Part::Alerts:
            read(m_parts->openAlerts(tenantId), &Tenant360Controller::alertsLoaded);
            break;
        case Tenant360::Part::Keys:
            read(m_parts->keys(tenantId), &Tenant360Controller::keysLoaded);
            break;
        case Tenant360::Part::Audit:
            read(m_parts->recentChanges(tenantId), &Tenant360Controller::auditLoaded);
            break;
        case Tenant360::Part::AiConfig:
            read(m_parts->aiConfig(tenantId), &Tenant360Controller::aiConfigLoaded);
            break;
        }
    }
}
