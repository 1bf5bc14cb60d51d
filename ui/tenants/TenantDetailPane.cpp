#include <ui/tenants/TenantDetailPane.h>

#include <ui/common/StatePanel.h>
#include <ui/tenants/Tenant360Sections.h>

#include <models/common/Decimal.h>
#include <models/platform/AppLink.h>
#include <models/tenants/TenantDetailController.h>
#include <models/tenants/TenantRepository.h>

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
QString limitText(const std::optional<qint64>& value)
{
    return value ? QLocale().toString(*value) : TenantDetailPane::tr("unlimited");
}

QString usageText(qint64 used, const std::optional<qint64>& limit)
{
    const QLocale locale;
    if (!limit || *limit <= 0)
        return TenantDetailPane::tr("%1 (no limit)").arg(locale.toString(used));
    const double percent = 100.0 * double(used) / double(*limit);
    return TenantDetailPane::tr("%1 of %2 (%3 %)")
        .arg(locale.toString(used), locale.toString(*limit))
        .arg(percent, 0, 'f', 1);
}
} // namespace

TenantDetailPane::TenantDetailPane(TenantRepository* repository, QWidget* parent)
    : QWidget(parent)
    , m_controller(new TenantDetailController(repository, this))
    , m_liveTimer(new QTimer(this))
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    m_copyLink = new QPushButton(tr("Copy link"), content);
    m_copyLink->setObjectName(QStringLiteral("copyTenantLink"));
    m_copyLink->setToolTip(tr("Copies a tenantscope:// link to this tenant, to paste into a ticket"));
    m_copyLink->setEnabled(false);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(AppLink::tenant(m_tenantId).toString());
    });
    m_exportSnapshot = new QPushButton(tr("Export snapshot…"), content);
    m_exportSnapshot->setObjectName(QStringLiteral("exportTenantSnapshot"));
    m_exportSnapshot->setToolTip(
        tr("Saves this tenant's view (numbers, failing executions with traces, jobs; no secrets) to one file "
           "another TenantScope opens read-only"));
    m_exportSnapshot->setEnabled(false);
    connect(m_exportSnapshot, &QPushButton::clicked, this, [this] { emit exportSnapshotRequested(m_tenantId); });
    auto* objectActions = new QHBoxLayout;
    objectActions->addWidget(m_copyLink);
    objectActions->addWidget(m_exportSnapshot);
    objectActions->addStretch(1);
    layout->addLayout(objectActions);
    // Two columns: the tenant's own plan, limits and live state; beside them what the rest of the
    // platform knows about it (the tenant 360 parts).
    auto* columns = new QHBoxLayout;
    auto* ownColumn = new QVBoxLayout;
    auto* platformColumn = new QVBoxLayout;
    columns->addLayout(ownColumn, 1);
    columns->addLayout(platformColumn, 1);
    layout->addLayout(columns);

    auto* planBox = new QGroupBox(tr("Plan and this month"), content);
    auto* planForm = new QFormLayout(planBox);
    m_plan = addField(planForm, tr("Plan"), QStringLiteral("detailPlan"));
    m_status = addField(planForm, tr("Status"), QStringLiteral("detailStatus"));
    m_tokens = addField(planForm, tr("Tokens"), QStringLiteral("detailTokens"));
    m_requests = addField(planForm, tr("Requests"), QStringLiteral("detailRequests"));
    m_cost = addField(planForm, tr("Provider cost"), QStringLiteral("detailCost"));
    m_alerts = addField(planForm, tr("Open alerts"), QStringLiteral("detailAlerts"));
    ownColumn->addWidget(planBox);

    auto* limitBox = new QGroupBox(tr("Effective limits"), content);
    auto* limitForm = new QFormLayout(limitBox);
    m_included = addField(limitForm, tr("Included tokens"), QStringLiteral("detailIncluded"));
    m_concurrency = addField(limitForm, tr("Max concurrent"), QStringLiteral("detailMaxConcurrent"));
    m_rpm = addField(limitForm, tr("Requests / min"), QStringLiteral("detailRpm"));
    m_tpm = addField(limitForm, tr("Tokens / min"), QStringLiteral("detailTpm"));
    m_runs = addField(limitForm, tr("Monthly runs"), QStringLiteral("detailRuns"));
    m_models = addField(limitForm, tr("Allowed models"), QStringLiteral("detailModels"));
    m_override = addField(limitForm, tr("Override"), QStringLiteral("detailOverride"));
    ownColumn->addWidget(limitBox);

    auto* liveBox = new QGroupBox(tr("Live (Redis)"), content);
    auto* liveForm = new QFormLayout(liveBox);
    m_liveRequests = addField(liveForm, tr("Requests, last 60 s"), QStringLiteral("liveRequests"));
    m_liveTokens = addField(liveForm, tr("Tokens, last 60 s"), QStringLiteral("liveTokens"));
    m_liveConcurrent = addField(liveForm, tr("Running now"), QStringLiteral("liveConcurrent"));
    m_liveQuota = addField(liveForm, tr("Quota flag"), QStringLiteral("liveQuota"));
    m_liveMonth = addField(liveForm, tr("Gateway month counter"), QStringLiteral("liveMonth"));
    ownColumn->addWidget(liveBox);
    m_sections = new Tenant360Sections(content);
    m_sections->setObjectName(QStringLiteral("tenant360Sections"));
    platformColumn->addWidget(m_sections);
    ownColumn->addStretch();
    platformColumn->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Tenant detail"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_state = new StatePanel(scroll, this);
    m_state->setObjectName(QStringLiteral("tenantDetailState"));
    m_state->showEmpty(tr("Select a tenant to see its plan, limits and live state."));
    connect(m_state, &StatePanel::retryRequested, this, &TenantDetailPane::loadDetail);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_state);

    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshLive();
    });
    connectController();
}

QLabel* TenantDetailPane::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QString TenantDetailPane::fieldText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void TenantDetailPane::showTenant(const QString& tenantId)
{
    m_tenantId = tenantId;
    loadDetail();
}

void TenantDetailPane::loadDetail()
{
    m_liveTimer->stop();
    m_state->showLoading(tr("Loading tenant…"));
    m_controller->loadDetail(m_tenantId);
}

void TenantDetailPane::fill(const TenantDetail& detail)
{
    m_detail = detail;
    const TenantSummary& t = detail.summary;
    m_title->setText(t.name);
    m_subtitle->setText(QStringLiteral("%1\n%2").arg(t.slug, t.id));
    m_copyLink->setEnabled(!t.id.isEmpty());
    m_exportSnapshot->setEnabled(!t.id.isEmpty());
    m_plan->setText(
        tr("%1: %2 base, %3 per 1k tokens over the included amount")
            .arg(detail.planName, Decimal::formatMoney(detail.basePrice), Decimal::formatMoney(detail.overagePer1k)));
    m_status->setText(t.status);
    m_tokens->setText(usageText(t.tokensThisMonth, t.includedTokens));
    m_requests->setText(QLocale().toString(detail.requestsThisMonth));
    m_cost->setText(Decimal::formatMoney(t.costThisMonth));
    m_alerts->setText(QString::number(detail.openAlerts));
    m_included->setText(limitText(detail.limits.includedTokens));
    m_concurrency->setText(limitText(detail.limits.maxConcurrent));
    m_rpm->setText(limitText(detail.limits.requestsPerMinute));
    m_tpm->setText(limitText(detail.limits.tokensPerMinute));
    m_runs->setText(limitText(detail.limits.monthlyRuns));
    m_models->setText(detail.limits.allowedModels.join(QStringLiteral(", ")));
    m_override->setText(
        detail.limits.hasOverride
            ? tr("%1 (until %2)")
                  .arg(detail.limits.overrideReason,
                       QLocale().toString(detail.limits.overrideExpiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("none"));
    for (QLabel* live : {m_liveRequests, m_liveTokens, m_liveConcurrent, m_liveQuota, m_liveMonth})
        live->setText(tr("loading…"));
}

void TenantDetailPane::refreshLive()
{
    m_controller->loadLive(m_tenantId);
}

void TenantDetailPane::fillLive(const TenantLiveState& live)
{
    if (!live.available) {
        const QString text = tr("unavailable: %1").arg(live.error);
        for (QLabel* label : {m_liveRequests, m_liveTokens, m_liveConcurrent, m_liveQuota, m_liveMonth})
            label->setText(text);
        return;
    }
    m_liveRequests->setText(usageText(live.requestsInWindow, m_detail.limits.requestsPerMinute));
    m_liveTokens->setText(usageText(live.tokensInWindow, m_detail.limits.tokensPerMinute));
    m_liveConcurrent->setText(usageText(live.concurrent, m_detail.limits.maxConcurrent));
    m_liveQuota->setText(live.quotaExceeded ? tr("EXCEEDED: requests are being refused") : tr("clear"));
    if (!live.invalidCounters.isEmpty())
        m_liveMonth->setText(tr("invalid counter in Redis (%1): not shown as usage")
                                 .arg(live.invalidCounters.join(QStringLiteral("; "))));
    else
        m_liveMonth->setText(live.liveTokensThisMonth ? tr("%1 tokens, %2")
                                                            .arg(QLocale().toString(*live.liveTokensThisMonth),
                                                                 Decimal::formatMoney(live.liveCostThisMonth))
                                                      : tr("no counter yet this month"));
}

void TenantDetailPane::connectController()
{
    connect(m_controller, &TenantDetailController::detailLoaded, this, [this](const Fetched<TenantDetail>& fetched) {
        if (!fetched.ok()) {
            m_state->showError(fetched.error);
            return;
        }
        fill(fetched.value);
        m_sections->load(m_tenantId, fetched.value.summary.name);
        m_state->showContent();
        emit detailShown(m_tenantId);
        refreshLive();
        m_liveTimer->start();
    });
    connect(m_controller, &TenantDetailController::liveLoaded, this, &TenantDetailPane::fillLive);
}
