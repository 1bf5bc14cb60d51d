#include <ui/tenants/Tenant360Sections.h>

#include <models/plans/EffectiveConfigText.h>

#include <models/common/DisplayText.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/Tenant360Controller.h>

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
    , m_layout(new QVBoxLayout(this))
    , m_controller(new Tenant360Controller(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connectController();
}

void Tenant360Sections::addSection(const Tenant360::Section& part)
{
    QString openText;
    switch (part.part) {
    case Tenant360::Part::Month:
        openText = tr("Open in Usage");
        break;
    case Tenant360::Part::Failures:
        openText = tr("Open in Executions");
        break;
    case Tenant360::Part::Jobs:
        openText = tr("Open Queues");
        break;
    case Tenant360::Part::Alerts:
        openText = tr("Open Alerts");
        break;
    case Tenant360::Part::Keys:
        openText = tr("Open in Keys");
        break;
    case Tenant360::Part::Audit:
        openText = tr("Open the audit log");
        break;
    case Tenant360::Part::AiConfig:
        openText = tr("Open in Flags");
        break;
    }
    const QString objectName = QStringLiteral("section360") + part.name;
    Section section;
    section.box = new QGroupBox(part.title, this);
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
    m_layout->addWidget(section.box);
    connect(section.open, &QPushButton::clicked, this, [this, which = part.part] { openPage(which); });
    m_sections.insert(part.part, section);
}

void Tenant360Sections::openPage(Tenant360::Part part)
{
    switch (part) {
    case Tenant360::Part::Month:
        emit openUsage(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::Failures:
        emit openFailures(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::Jobs:
        emit openQueues(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::Alerts:
        emit openAlerts(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::Keys:
        emit openKeys(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::Audit:
        emit openAudit(m_tenantId, m_tenantName);
        break;
    case Tenant360::Part::AiConfig:
        emit openAiConfig(m_tenantId, m_tenantName);
        break;
    }
}

void Tenant360Sections::setParts(Tenant360* parts)
{
    m_controller->setParts(parts); // answers for the parts of before are stale
    m_pending = 0;
    for (const Section& section : std::as_const(m_sections))
        delete section.box;
    m_sections.clear();
    if (parts)
        for (const Tenant360::Section& part : parts->sections())
            addSection(part);
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

void Tenant360Sections::showPart(Tenant360::Part part, const QString& text)
{
    m_sections.value(part).body->setText(text);
    answered();
}

void Tenant360Sections::load(const QString& tenantId, const QString& tenantName)
{
    m_tenantId = tenantId;
    m_tenantName = tenantName;
    for (const Section& section : std::as_const(m_sections))
        section.body->setText(tr("Loading…"));
    m_pending = int(m_sections.size());
    m_controller->load(tenantId);
}

void Tenant360Sections::connectController()
{
    connect(m_controller, &Tenant360Controller::forecastLoaded, this, [this](const Fetched<QuotaForecast>& fetched) {
        showPart(Tenant360::Part::Month, fetched.ok() ? forecastText(fetched.value) : fetched.error);
    });
    connect(
        m_controller, &Tenant360Controller::failuresLoaded, this, [this](const Fetched<QVector<ErrorGroup>>& groups) {
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
            showPart(Tenant360::Part::Failures,
                     !groups.ok()          ? groups.error
                         : lines.isEmpty() ? tr("No failed executions.")
                                           : tr("%n failed in the largest groups:", nullptr, int(total))
                             + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        });
    connect(m_controller, &Tenant360Controller::jobsLoaded, this, [this](const Fetched<QHash<QString, qint64>>& jobs) {
        QStringList parts;
        for (const QString& state : JobState::all()) {
            const qint64 count = jobs.value.value(state);
            if (count > 0)
                parts << tr("%1 %2").arg(state, QLocale().toString(count));
        }
        showPart(Tenant360::Part::Jobs,
                 !jobs.ok()            ? jobs.error
                     : parts.isEmpty() ? tr("No jobs in any queue.")
                                       : parts.join(QStringLiteral(" · ")));
    });
    connect(m_controller, &Tenant360Controller::alertsLoaded, this, [this](const Fetched<QVector<QuotaAlert>>& alerts) {
        QStringList lines;
        for (const QuotaAlert& a : alerts.value)
            lines << tr("%1 at %2 %: %3, since %4")
                         .arg(a.metric)
                         .arg(a.threshold)
                         .arg(a.usedOfLimitText(), when(a.firedAt));
        showPart(Tenant360::Part::Alerts,
                 !alerts.ok()          ? alerts.error
                     : lines.isEmpty() ? tr("No open alerts.")
                                       : lines.join(QLatin1Char('\n')));
    });
    connect(m_controller, &Tenant360Controller::keysLoaded, this, [this](const Fetched<QVector<SealedKeyInfo>>& keys) {
        QStringList lines;
        for (const SealedKeyInfo& k : keys.value) {
            if (k.isActive())
                lines << tr("%1: ••••%2 (%3), since %4")
                             .arg(k.provider, k.last4, oneLineText(k.label, 60), when(k.createdAt));
        }
        showPart(Tenant360::Part::Keys,
                 !keys.ok()            ? keys.error
                     : lines.isEmpty() ? tr("No active keys uploaded.")
                                       : lines.join(QLatin1Char('\n')));
    });
    connect(m_controller, &Tenant360Controller::aiConfigLoaded, this, [this](const Fetched<QJsonObject>& effective) {
        showPart(Tenant360::Part::AiConfig,
                 effective.ok() ? EffectiveConfigText::of(effective.value) : effective.error);
    });
    connect(m_controller, &Tenant360Controller::auditLoaded, this, [this](const Fetched<QVector<AuditEntry>>& entries) {
        QStringList lines;
        for (const AuditEntry& e : entries.value)
            lines << tr("%1 %2 %3: %4").arg(when(e.at), e.actor, e.action, oneLineText(e.reason, 80));
        showPart(Tenant360::Part::Audit,
                 !entries.ok()         ? entries.error
                     : lines.isEmpty() ? tr("No changes recorded.")
                                       : lines.join(QLatin1Char('\n')));
    });
}
