#include <ui/tenants/Tenant360Sections.h>

#include <async/Guarded.h>
#include <models/common/DisplayText.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/Tenant360.h>

#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString forecastText(const QuotaForecast& f)
{
    const QLocale locale;
    if (!f.included)
        return Tenant360Sections::tr(
                   "%1 tokens this month on an unlimited plan; resets in %n day(s).", nullptr, f.resetsInDays)
            .arg(locale.toString(f.monthToDate));
    QString text = Tenant360Sections::tr("%1 of %2 included tokens (%3 %), %4 tokens a day recently.")
                       .arg(locale.toString(f.monthToDate), locale.toString(*f.included))
                       .arg(100.0 * double(f.monthToDate) / double(std::max<qint64>(1, *f.included)), 0, 'f', 1)
                       .arg(locale.toString(qint64(f.dailyRate)));
    text += QLatin1Char('\n');
    if (f.crossedOn)
        text += Tenant360Sections::tr("Over the included tokens since %1.")
                    .arg(locale.toString(*f.crossedOn, QLocale::ShortFormat));
    else if (f.crossesOn && *f.crossesOn < QDateTime::currentDateTimeUtc().date().addDays(f.resetsInDays))
        text += Tenant360Sections::tr("At this pace it crosses them on %1.")
                    .arg(locale.toString(*f.crossesOn, QLocale::ShortFormat));
    else // the month's counter resets first
        text += Tenant360Sections::tr("At this pace it stays under them this month.");
    text += QLatin1Char(' ')
        + Tenant360Sections::tr("Resets in %n day(s) (%1).", nullptr, f.resetsInDays).arg(f.methodText());
    return text;
}
} // namespace

Tenant360Sections::Tenant360Sections(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_month
        = addSection(layout, tr("This month and the forecast"), QStringLiteral("section360Month"), tr("Open in Usage"));
    m_failures = addSection(layout,
                            tr("Failed executions, last %1 days").arg(Tenant360::kFailureDays),
                            QStringLiteral("section360Failures"),
                            tr("Open in Executions"));
    m_jobs = addSection(layout, tr("Queued work (BullMQ)"), QStringLiteral("section360Jobs"), tr("Open Queues"));
    m_alerts = addSection(layout, tr("Open alerts"), QStringLiteral("section360Alerts"), tr("Open Alerts"));
    m_keys
        = addSection(layout, tr("Provider keys on the platform"), QStringLiteral("section360Keys"), tr("Open in Keys"));
    m_audit = addSection(layout, tr("Recent changes"), QStringLiteral("section360Audit"), tr("Open the audit log"));
    connect(m_month.open, &QPushButton::clicked, this, [this] { emit openUsage(m_tenantId, m_tenantName); });
    connect(m_failures.open, &QPushButton::clicked, this, [this] { emit openFailures(m_tenantId, m_tenantName); });
    connect(m_jobs.open, &QPushButton::clicked, this, [this] { emit openQueues(m_tenantId, m_tenantName); });
    connect(m_alerts.open, &QPushButton::clicked, this, [this] { emit openAlerts(m_tenantId, m_tenantName); });
    connect(m_keys.open, &QPushButton::clicked, this, [this] { emit openKeys(m_tenantId, m_tenantName); });
    connect(m_audit.open, &QPushButton::clicked, this, [this] { emit openAudit(m_tenantId, m_tenantName); });
    setParts(nullptr);
}

Tenant360Sections::Section Tenant360Sections::addSection(QVBoxLayout* layout,
                                                         const QString& title,
                                                         const QString& objectName,
                                                         const QString& openText)
{
    Section section;
    section.box = new QGroupBox(title, this);
    auto* inner = new QVBoxLayout(section.box);
    section.body = new QLabel(section.box);
    section.body->setObjectName(objectName);
    section.body->setTextFormat(Qt::PlainText); // names, messages and reasons come from the database
    section.body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    section.body->setWordWrap(true);
    section.open = new QPushButton(openText, section.box);
    section.open->setObjectName(objectName + QStringLiteral("Open"));
    inner->addWidget(section.body);
    inner->addWidget(section.open, 0, Qt::AlignLeft);
    layout->addWidget(section.box);
    return section;
}

void Tenant360Sections::setParts(Tenant360* parts)
{
    m_parts = parts;
    m_month.box->setVisible(parts && parts->hasUsage());
    m_failures.box->setVisible(parts && parts->hasExecutions());
    m_jobs.box->setVisible(parts && parts->hasQueues());
    m_alerts.box->setVisible(parts && parts->hasAlerts());
    m_keys.box->setVisible(parts && parts->hasKeys());
    m_audit.box->setVisible(parts && parts->hasAudit());
}

QString Tenant360Sections::sectionText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void Tenant360Sections::answered()
{
    if (--m_pending == 0)
        emit loaded();
}

void Tenant360Sections::load(const QString& tenantId, const QString& tenantName)
{
    m_tenantId = tenantId;
    m_tenantName = tenantName;
    const quint64 generation = ++m_generation;
    m_pending = 0;
    if (!m_parts)
        return;
    // Each answer belongs to the tenant it was asked for: a later choice makes it stale.
    const auto current = [this, generation] { return generation == m_generation; };
    for (const Section* section : {&m_month, &m_failures, &m_jobs, &m_alerts, &m_keys, &m_audit})
        section->body->setText(tr("Loading…"));

    if (m_parts->hasUsage()) {
        ++m_pending;
        m_parts->forecast(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QuotaForecast>& fetched) {
                if (!current())
                    return;
                m_month.body->setText(fetched.ok() ? forecastText(fetched.value) : fetched.error);
                answered();
            }));
    }
    if (m_parts->hasExecutions()) {
        ++m_pending;
        m_parts->failures(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QVector<ErrorGroup>>& groups) {
                if (!current())
                    return;
                QStringList lines;
                qint64 total = 0;
                for (const ErrorGroup& g : groups.value) {
                    total += g.count;
                    lines << tr("%1 × %2%3, last %4: %5")
                                 .arg(QLocale().toString(g.count),
                                      g.errorCode.isEmpty() ? tr("error") : g.errorCode,
                                      g.provider.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(g.provider),
                                      when(g.lastSeen),
                                      oneLineText(g.sampleMessage, 120));
                }
                if (!groups.ok())
                    m_failures.body->setText(groups.error);
                else if (lines.isEmpty())
                    m_failures.body->setText(tr("No failed executions."));
                else
                    m_failures.body->setText(tr("%n failed in the largest groups:", nullptr, int(total))
                                             + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
                answered();
            }));
    }
    if (m_parts->hasQueues()) {
        ++m_pending;
        m_parts->jobsByState(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QHash<QString, qint64>>& jobs) {
                if (!current())
                    return;
                QStringList parts;
                for (const QString& state : JobState::all()) {
                    const qint64 count = jobs.value.value(state);
                    if (count > 0)
                        parts << tr("%1 %2").arg(state, QLocale().toString(count));
                }
                if (!jobs.ok())
                    m_jobs.body->setText(jobs.error);
                else
                    m_jobs.body->setText(parts.isEmpty() ? tr("No jobs in any queue.")
                                                         : parts.join(QStringLiteral(" · ")));
                answered();
            }));
    }
    if (m_parts->hasAlerts()) {
        ++m_pending;
        m_parts->openAlerts(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QVector<QuotaAlert>>& alerts) {
                if (!current())
                    return;
                QStringList lines;
                for (const QuotaAlert& a : alerts.value)
                    lines << tr("%1 at %2 %: %3, since %4")
                                 .arg(a.metric)
                                 .arg(a.threshold)
                                 .arg(a.usedOfLimitText(), when(a.firedAt));
                if (!alerts.ok())
                    m_alerts.body->setText(alerts.error);
                else
                    m_alerts.body->setText(lines.isEmpty() ? tr("No open alerts.") : lines.join(QLatin1Char('\n')));
                answered();
            }));
    }
    if (m_parts->hasKeys()) {
        ++m_pending;
        m_parts->keys(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QVector<SealedKeyInfo>>& keys) {
                if (!current())
                    return;
                QStringList lines;
                for (const SealedKeyInfo& k : keys.value) {
                    if (k.isActive())
                        lines << tr("%1: ••••%2 (%3), since %4")
                                     .arg(k.provider, k.last4, oneLineText(k.label, 60), when(k.createdAt));
                }
                if (!keys.ok())
                    m_keys.body->setText(keys.error);
                else
                    m_keys.body->setText(lines.isEmpty() ? tr("No active keys uploaded.")
                                                         : lines.join(QLatin1Char('\n')));
                answered();
            }));
    }
    if (m_parts->hasAudit()) {
        ++m_pending;
        m_parts->recentChanges(tenantId).then(
            QCoreApplication::instance(), guarded(this, [this, current](const Fetched<QVector<AuditEntry>>& entries) {
                if (!current())
                    return;
                QStringList lines;
                for (const AuditEntry& e : entries.value)
                    lines << tr("%1 %2 %3: %4").arg(when(e.at), e.actor, e.action, oneLineText(e.reason, 80));
                if (!entries.ok())
                    m_audit.body->setText(entries.error);
                else
                    m_audit.body->setText(lines.isEmpty() ? tr("No changes recorded.") : lines.join(QLatin1Char('\n')));
                answered();
            }));
    }
}
