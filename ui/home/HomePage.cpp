#include <ui/home/HomePage.h>

#include <models/common/Decimal.h>
#include <models/home/HomeController.h>
#include <models/platform/ConnectionStatus.h>
#include <ui/common/StatePanel.h>
#include <ui/home/HomeTile.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
// Exact, in the user's locale.
QString money(const QString& usd)
{
    return Decimal::formatMoney(usd);
}
} // namespace

HomePage::HomePage(HomeRepository* home, ConnectionStatus* status, QWidget* parent)
    : QWidget(parent)
    , m_controller(new HomeController(home, this))
    , m_status(status)
    , m_asOf(new QLabel)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_spend(new HomeTile(tr("AI spend today")))
    , m_failures(new HomeTile(tr("Failed executions, last hour")))
    , m_queues(new HomeTile(tr("Queues")))
    , m_alerts(new HomeTile(tr("Alerts firing")))
    , m_quota(new HomeTile(tr("Tenants throttled")))
    , m_connection(new HomeTile(tr("Connections")))
{
    setObjectName(QStringLiteral("homePage"));
    m_spend->setObjectName(QStringLiteral("spendTile"));
    m_failures->setObjectName(QStringLiteral("failuresTile"));
    m_queues->setObjectName(QStringLiteral("queuesTile"));
    m_alerts->setObjectName(QStringLiteral("alertsTile"));
    m_quota->setObjectName(QStringLiteral("quotaTile"));
    m_connection->setObjectName(QStringLiteral("connectionTile"));
    m_asOf->setObjectName(QStringLiteral("homeAsOf"));

    auto* title = new QLabel(tr("What needs attention now"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_asOf);
    header->addWidget(m_refresh);

    auto* tiles = new QWidget;
    auto* grid = new QGridLayout(tiles);
    grid->setSpacing(12);
    const QList<HomeTile*> order = {m_spend, m_failures, m_queues, m_alerts, m_quota, m_connection};
    for (int i = 0; i < order.size(); ++i)
        grid->addWidget(order.at(i), i / 3, i % 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(2, 1);
    m_state = new StatePanel(tiles);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_state, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HomePage::reload);
    connect(m_state, &StatePanel::retryRequested, this, &HomePage::reload);
    connect(m_controller, &HomeController::loaded, this, &HomePage::show);
    connect(m_spend, &HomeTile::clicked, this, &HomePage::openSpend);
    connect(m_failures, &HomeTile::clicked, this, [this] {
        emit openFailures(m_report.failures.causes.isEmpty() ? QString() : m_report.failures.causes.first().code);
    });
    connect(m_queues, &HomeTile::clicked, this, [this] { emit openQueue(m_report.queues.busiest()); });
    connect(m_alerts, &HomeTile::clicked, this, &HomePage::openAlerts);
    connect(m_quota, &HomeTile::clicked, this, &HomePage::openQuotas);
    connect(m_connection, &HomeTile::clicked, this, &HomePage::openConnection);
    if (m_status)
        connect(m_status, &ConnectionStatus::changed, this, &HomePage::showConnection);
    showConnection();
    m_state->showLoading(tr("Reading what is going on…"));
}

void HomePage::reload()
{
    if (!m_everLoaded)
        m_state->showLoading(tr("Reading what is going on…"));
    m_asOf->setText(tr("Refreshing…"));
    m_controller->refresh();
}

bool HomePage::controllerBusy() const
{
    return m_controller->isLoading();
}

void HomePage::setRefreshInterval(int ms)
{
    m_controller->setInterval(ms);
}

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_controller->setRunning(true);
}

void HomePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_controller->setRunning(false);
}

void HomePage::show(const HomeReport& report)
{
    m_report = report;
    m_asOf->setText(tr("As of %1, refreshed every minute")
                        .arg(QLocale().toString(report.asOf.toLocalTime().time(), QLocale::ShortFormat)));
    if (!report.ownTenant.isEmpty()) {
        m_state->showEmpty(tr("Your home is your tenant's overview: opening it."));
        emit ownTenantHome(report.ownTenant);
        emit loaded();
        return;
    }
    if (report.nothingRead() && !m_everLoaded) {
        m_state->showError(tr("Nothing could be read: %1").arg(report.spend.error));
        emit loaded();
        return;
    }
    m_everLoaded = true;
    showSpend();
    showFailures();
    showQueues();
    showQuota();
    showConnection();
    const bool nothing = report.spend.ok() && report.failures.ok() && report.queues.ok() && report.quota.ok()
        && report.spend.today.toDouble() == 0 && report.spend.baseline().toDouble() == 0
        && std::all_of(report.failures.byHour.begin(), report.failures.byHour.end(), [](qint64 n) { return n == 0; })
        && report.queues.queues.isEmpty() && report.quota.firing() == 0;
    if (nothing)
        m_state->showEmpty(tr("This platform has no usage, executions, queues or alerts yet. Once tenants use it, "
                              "this page says what needs attention."));
    else
        m_state->showContent();
    emit loaded();
}

void HomePage::showSpend()
{
    const HomeSpend& spend = m_report.spend;
    if (!spend.ok()) {
        m_spend->setError(spend.error);
        return;
    }
    const auto change = spend.changePercent();
    HomeTile::Tone tone = HomeTile::Tone::Calm;
    if (change && *change >= 100)
        tone = HomeTile::Tone::Problem;
    else if (change && *change >= 50)
        tone = HomeTile::Tone::Warning;
    m_spend->setFigure(money(spend.today), tone);
    const QString against = tr("The same hours of the last 7 days: median %1.").arg(money(spend.baseline()));
    if (!change)
        m_spend->setDetail(against);
    else
        m_spend->setDetail(
            tr("%1 % against the same hours of the last 7 days (median %2).")
                .arg(QLocale().toString(*change, 'f', 0).prepend(*change >= 0 ? u"+" : u""), money(spend.baseline())));
}

void HomePage::showFailures()
{
    const HomeFailures& failures = m_report.failures;
    if (!failures.ok()) {
        m_failures->setError(failures.error);
        return;
    }
    const qint64 dayTotal = failures.lastDay();
    // More in the last hour than twice the day's hourly average (and more than a handful): a spike.
    const double hourlyAverage = double(dayTotal) / 24.0;
    HomeTile::Tone tone = HomeTile::Tone::Calm;
    if (failures.lastHour >= 5 && failures.lastHour > 2 * hourlyAverage)
        tone = HomeTile::Tone::Problem;
    else if (failures.lastHour > 0)
        tone = HomeTile::Tone::Warning;
    m_failures->setFigure(QLocale().toString(failures.lastHour), tone);
    QStringList causes;
    for (const HomeFailureCause& c : failures.causes.mid(0, 3))
        causes.append(tr("%1: %2").arg(c.code, QLocale().toString(c.count)));
    const QString last24 = tr("%n in the last 24 hours.", nullptr, int(dayTotal));
    m_failures->setDetail(causes.isEmpty() ? tr("None in the last hour. %1").arg(last24)
                                           : tr("By cause: %1. %2").arg(causes.join(QStringLiteral(", ")), last24));
    m_failures->setSparkline(failures.byHour);
}

void HomePage::showQueues()
{
    const HomeQueues& queues = m_report.queues;
    if (!queues.ok()) {
        m_queues->setError(queues.error);
        return;
    }
    const QStringList paused = queues.paused();
    HomeTile::Tone tone = HomeTile::Tone::Calm;
    if (!paused.isEmpty() || queues.failed() > 0)
        tone = HomeTile::Tone::Warning;
    m_queues->setFigure(tr("%n waiting", nullptr, int(queues.backlog())), tone);
    QStringList lines;
    lines.append(tr("%n queue(s), %1 failed job(s) kept.", nullptr, int(queues.queues.size()))
                     .arg(QLocale().toString(queues.failed())));
    if (!queues.busiest().isEmpty())
        lines.append(tr("Longest backlog: %1.").arg(queues.busiest()));
    if (!paused.isEmpty())
        lines.append(tr("Paused: %1.").arg(paused.join(QStringLiteral(", "))));
    m_queues->setDetail(lines.join(u' '));
}

void HomePage::showQuota()
{
    const HomeQuota& quota = m_report.quota;
    if (!quota.ok()) {
        m_alerts->setError(quota.error);
        m_quota->setError(quota.error);
        return;
    }
    m_alerts->setFigure(QLocale().toString(quota.firing()),
                        quota.firing() > 0 ? HomeTile::Tone::Warning : HomeTile::Tone::Calm);
    QStringList firing;
    if (quota.openAlerts > 0)
        firing << tr("%n quota alert(s) of this month not yet acknowledged.", nullptr, int(quota.openAlerts));
    if (quota.openSpikes > 0)
        firing << tr("%n spike(s) in the last 24 hours not yet acknowledged.", nullptr, int(quota.openSpikes));
    m_alerts->setDetail(firing.isEmpty() ? tr("No open quota alerts this month, and no spikes today.")
                                         : firing.join(u' '));
    m_quota->setFigure(QLocale().toString(quota.overQuota),
                       quota.overQuota > 0 ? HomeTile::Tone::Warning : HomeTile::Tone::Calm);
    m_quota->setDetail(quota.overQuota > 0
                           ? tr("%n tenant(s) at or past their included tokens this month, throttled by the platform. "
                                "Furthest: %1.",
                                nullptr,
                                int(quota.overQuota))
                                 .arg(quota.overQuotaNames.join(QStringLiteral(", ")))
                           : tr("Every tenant is within its included tokens this month."));
}

void HomePage::showConnection()
{
    if (!m_status) {
        m_connection->setFigure(tr("Unknown"), HomeTile::Tone::Warning);
        return;
    }
    const bool pgUp = m_status->postgresState() == ConnectionState::Connected;
    const bool redisUp = m_status->redisState() == ConnectionState::Connected;
    HomeTile::Tone tone = pgUp && redisUp ? HomeTile::Tone::Calm : HomeTile::Tone::Problem;
    QStringList lines;
    lines.append(tr("PostgreSQL: %1").arg(m_status->postgresMessage()));
    lines.append(tr("Redis: %1").arg(m_status->redisMessage()));
    if (m_status->hasStandby()) {
        lines.append(m_status->standbyMessage());
        if (!m_status->standbyUsable() && tone == HomeTile::Tone::Calm)
            tone = HomeTile::Tone::Warning;
    }
    if (m_status->redisIsCluster()) {
        const QList<ClusterNodeRow> nodes = m_status->clusterNodes();
        const auto down = std::count_if(nodes.begin(), nodes.end(), [](const ClusterNodeRow& n) { return n.down; });
        lines.append(tr("Redis Cluster: %n node(s)", nullptr, int(nodes.size()))
                     + (down > 0 ? tr(", %n down", nullptr, int(down)) : QString()));
        if (down > 0 && tone == HomeTile::Tone::Calm)
            tone = HomeTile::Tone::Warning;
    }
    m_connection->setFigure(tone == HomeTile::Tone::Problem ? tr("Trouble") : tr("Connected"), tone);
    m_connection->setDetail(lines.join(u'\n'));
}
