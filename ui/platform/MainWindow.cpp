#include <ui/platform/MainWindow.h>
#include <ui/platform/PageHeader.h>

#include <ui/alerts/AlertsPage.h>
#include <ui/billing/ReconciliationPage.h>
#include <ui/common/PlaceholderPage.h>
#include <ui/common/SelectionCopy.h>
#include <ui/common/StatePanel.h>
#include <ui/common/StatusProgress.h>
#include <ui/costs/CostsPage.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/executions/OtlpTraceWindow.h>
#include <ui/executions/TraceView.h>
#include <ui/flags/FlagsPage.h>
#include <ui/home/HomePage.h>
#include <ui/keys/KeysPage.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/ClusterDialog.h>
#include <ui/platform/CommandPalette.h>
#include <ui/platform/LanguageSetting.h>
#include <ui/platform/NavigationList.h>
#include <ui/platform/PageIcons.h>
#include <ui/platform/ViewState.h>
#include <ui/playground/PlaygroundPage.h>
#include <ui/queues/QueuesPage.h>
#include <ui/snapshot/SnapshotWindow.h>
#include <ui/tenants/Tenant360Sections.h>
#include <ui/tenants/TenantDetailPane.h>
#include <ui/tenants/TenantsPage.h>
#include <ui/usage/UsagePage.h>

#include <models/alerts/AlertMonitor.h>
#include <models/alerts/Alerts.h>
#include <models/platform/ConnectionStatus.h>
#include <models/platform/QuickFind.h>
#include <models/snapshot/SnapshotExporter.h>
#include <models/tenants/Tenant360.h>

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
QString stateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return QStringLiteral("#2e7d32");
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        return QStringLiteral("#b26a00");
    default:
        return QStringLiteral("#c62828");
    }
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new NavigationList)
    , m_header(new PageHeader)
    , m_pages(new QStackedWidget)
    , m_transportWarning(new QLabel)
    , m_pgStatus(new QLabel)
    , m_redisStatus(new QLabel)
    , m_cancelQuery(new QPushButton(tr("Cancel query")))
    , m_readFromPrimary(new QPushButton(tr("Read from the primary")))
    , m_busyDelay(new QTimer(this))
    , m_progress(new StatusProgress)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TenantScope"));
    resize(1280, 800);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    const QList<QPair<QString, QString>> pages = {
        {tr("Home"), {}},
        {tr("Tenants"), {}},
        {tr("Usage"), tr("chart tokens, requests and cost per tenant over time, stacked by model, live for today.")},
        {tr("Costs"), tr("break costs down by tenant, model, provider and day, with margins and exports.")},
        {tr("Executions"), tr("list workflow executions, show traces with the failed node, retry, resume and cancel.")},
        {tr("Queues"), tr("show BullMQ queues per tenant and state, with job detail, retry and remove.")},
        {tr("Plans"), tr("edit plans and per-tenant overrides, validated, versioned and audited.")},
        {tr("Flags"),
         tr("feature flags and every tenant's AI configuration, reviewed, audited and rolled back in one step.")},
        {tr("Alerts"),
         tr("show quota alerts with forecasts and spikes against their baseline, acknowledged by the team and sent to "
            "Slack or a webhook.")},
        {tr("Playground"), tr("chat with a tenant's configuration and watch answers stream token by token.")},
        {tr("Keys"), tr("keep BYOK provider keys in the OS keychain and upload them sealed.")},
        {tr("Reconciliation"),
         tr("compare metered usage, the usage reported to Stripe and Stripe's invoices, explain the drift and re-send "
            "missing days.")},
    };
    auto* waiting = new QWidget;
    m_tenantsSlot = new StatePanel(waiting);
    m_tenantsSlot->showLoading(tr("Waiting for a connection…"));
    connect(m_tenantsSlot, &StatePanel::retryRequested, this, &MainWindow::connectionDialogRequested);
    auto* homeSlot = new StatePanel(new QWidget);
    homeSlot->showLoading(tr("Waiting for a connection…"));
    connect(homeSlot, &StatePanel::retryRequested, this, &MainWindow::connectionDialogRequested);
    for (const auto& page : pages)
        m_pageTitles << page.first;
    for (int i = 0; i < pages.size(); ++i) {
        if (i == TenantsPageIndex)
            m_pages->addWidget(m_tenantsSlot);
        else if (i == HomePageIndex)
            m_pages->addWidget(homeSlot);
        else
            m_pages->addWidget(new PlaceholderPage(pages.at(i).first, pages.at(i).second));
    }
    // The navigation in groups; the pages themselves stay in Page order.
    const QList<QPair<QString, QList<QPair<Page, PageGlyph>>>> groups = {
        {tr("Monitor"),
         {{HomePageIndex, PageGlyph::Home},
          {TenantsPageIndex, PageGlyph::Tenants},
          {UsagePageIndex, PageGlyph::Usage},
          {ExecutionsPageIndex, PageGlyph::Executions},
          {AlertsPageIndex, PageGlyph::Alerts}}},
        {tr("Billing"),
         {{CostsPageIndex, PageGlyph::Costs},
          {ReconciliationPageIndex, PageGlyph::Reconciliation},
          {PlansPageIndex, PageGlyph::Plans}}},
        {tr("Operate"), {{QueuesPageIndex, PageGlyph::Queues}, {PlaygroundPageIndex, PageGlyph::Playground}}},
        {tr("Configure"), {{FlagsPageIndex, PageGlyph::Flags}, {KeysPageIndex, PageGlyph::Keys}}},
    };
    for (const auto& [group, members] : groups) {
        m_navigation->addGroup(group);
        for (const auto& [page, glyph] : members)
            m_navigation->addPage(page, pages.at(page).first, pageIcon(glyph));
    }
    connect(m_navigation, &NavigationList::pageChosen, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentPage(HomePageIndex);

    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth() + 24);
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    pageColumn->addWidget(m_header);
    pageColumn->addWidget(m_pages, 1);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateHeader);
    updateHeader();

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction = fileMenu->addAction(tr("&Connect…"), this, &MainWindow::connectionDialogRequested);
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    auto* refresh = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::reloadCurrentPage);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    auto* find = fileMenu->addAction(tr("&Find"), this, &MainWindow::focusFind);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    fileMenu->addSeparator();
    m_exportSnapshotAction = fileMenu->addAction(tr("&Export support snapshot…"), this, [this] {
        if (m_tenantsPage)
            exportSnapshot(m_tenantsPage->detailPane()->tenantId());
    });
    m_exportSnapshotAction->setObjectName(QStringLiteral("actionExportSnapshot"));
    m_exportSnapshotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSnapshotAction->setEnabled(false);
    auto* openSnapshotAction = fileMenu->addAction(tr("&Open support snapshot…"), this, [this] { openSnapshot(); });
    openSnapshotAction->setObjectName(QStringLiteral("actionOpenSnapshot"));
    openSnapshotAction->setShortcut(QKeySequence::Open);
    auto* openTraceAction = fileMenu->addAction(tr("Open &trace file (OTLP JSON)…"), this, [this] { openTraceFile(); });
    openTraceAction->setObjectName(QStringLiteral("actionOpenTraceFile"));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    // Text fields copy by themselves (they take Ctrl+C first); this copies a table's selected rows or a
    // label's selected text.
    auto* copy = editMenu->addAction(tr("&Copy"), this, [] {
        const QString text = SelectionCopy::fromWidget(QApplication::focusWidget());
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    copy->setObjectName(QStringLiteral("actionCopy"));
    copy->setShortcut(QKeySequence::Copy);
    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    auto* goTo = goMenu->addAction(tr("&Go to…"), this, &MainWindow::openPalette);
    goTo->setObjectName(QStringLiteral("actionGoTo"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    goMenu->addSeparator();
    // In the navigation's order: Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth; the eleventh is in this menu
    // and Ctrl+K.
    const QList<int> listed = m_navigation->pagesInOrder();
    for (int position = 0; position < listed.size(); ++position) {
        const int page = listed.at(position);
        auto* action = goMenu->addAction(m_navigation->pageText(page), this, [this, page] { showPage(Page(page)); });
        action->setObjectName(QStringLiteral("actionPage%1").arg(page + 1));
        if (position < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | (position < 9 ? Qt::Key_1 + position : Qt::Key_0)));
    }
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    auto* languageMenu = helpMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(languageMenu);
    for (const LanguageSetting::Choice& choice : LanguageSetting::choices()) {
        QAction* action = languageMenu->addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.code == LanguageSetting::chosen());
        action->setData(choice.code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            LanguageSetting::choose(code);
            statusBar()->showMessage(tr("The language changes when TenantScope starts again."), 8000);
        });
    }
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    helpMenu->addAction(tr("&About TenantScope"), this, [this] {
        QMessageBox::about(
            this,
            tr("About TenantScope"),
            tr("TenantScope %1\nA native console for multi-tenant AI SaaS platforms.").arg(QStringLiteral(TS_VERSION)));
    });

    m_pgStatus->setObjectName(QStringLiteral("postgresStatus"));
    m_redisStatus->setObjectName(QStringLiteral("redisStatus"));
    // On a Redis Cluster the status names its nodes; the link opens the cluster view.
    connect(m_redisStatus, &QLabel::linkActivated, this, &MainWindow::showClusterView);
    // A statement running longer than a moment (a slow page load) can be stopped from here.
    m_cancelQuery->setObjectName(QStringLiteral("cancelQuery"));
    m_cancelQuery->setToolTip(tr("Ask PostgreSQL to stop the query that is running now"));
    m_cancelQuery->hide();
    connect(m_cancelQuery, &QPushButton::clicked, this, [this] {
        if (m_status)
            m_status->cancelPostgresQuery();
    });
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(600);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_cancelQuery->setVisible(m_status && m_status->postgresBusy());
    });
    // Past its lag bound the standby's figures are old: the pages say so, and this offers current ones
    // from the primary (until the standby catches up), reloading the page shown.
    m_readFromPrimary->setObjectName(QStringLiteral("readFromPrimary"));
    m_readFromPrimary->setToolTip(tr("The standby is further behind than its lag bound. Read from the primary "
                                     "until it catches up (more load on the primary)."));
    m_readFromPrimary->hide();
    connect(m_readFromPrimary, &QPushButton::clicked, this, [this] {
        if (!m_status)
            return;
        m_status->readFromPrimaryWhileBehind();
        reloadCurrentPage();
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_readFromPrimary);
    statusBar()->addPermanentWidget(m_cancelQuery);
    m_transportWarning->setObjectName(QStringLiteral("transportWarning"));
    m_transportWarning->setTextFormat(Qt::PlainText);
    m_transportWarning->setStyleSheet(QStringLiteral("color: #b9770e"));
    m_transportWarning->hide();
    statusBar()->addPermanentWidget(m_transportWarning);
    statusBar()->addPermanentWidget(m_pgStatus);
    statusBar()->addPermanentWidget(m_redisStatus);
    updateStatus();
}

void MainWindow::reloadCurrentPage()
{
    if (!m_tenantsPage)
        return;
    switch (m_pages->currentIndex()) {
    case HomePageIndex:
        if (m_homePage)
            m_homePage->reload();
        break;
    case UsagePageIndex:
        m_usagePage->reload();
        break;
    case CostsPageIndex:
        m_costsPage->reload();
        break;
    case ExecutionsPageIndex:
        if (m_executionsPage)
            m_executionsPage->reload();
        break;
    case QueuesPageIndex:
        if (m_queuesPage)
            m_queuesPage->reload();
        break;
    case PlansPageIndex:
        if (m_plansPage)
            m_plansPage->reload();
        break;
    case FlagsPageIndex:
        if (m_flagsPage)
            m_flagsPage->reload();
        break;
    case AlertsPageIndex:
        if (m_alertsPage)
            m_alertsPage->reload();
        break;
    case KeysPageIndex:
        if (m_keysPage)
            m_keysPage->reload();
        break;
    case ReconciliationPageIndex:
        if (m_reconciliationPage)
            m_reconciliationPage->reload();
        break;
    case PlaygroundPageIndex:
        break; // a refresh must not touch the conversation
    default:
        m_tenantsPage->reload();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::letTabLeave(QWidget* page)
{
    // No keyboard traps: Tab goes to the next control. Inside a table the arrow keys move between
    // cells; a text view or editor (a stack trace, the chat input) takes Tab as "next control" too.
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit* edit : page->findChildren<QPlainTextEdit*>())
        edit->setTabChangesFocus(true);
    for (QTextEdit* edit : page->findChildren<QTextEdit*>())
        edit->setTabChangesFocus(true);
}

void MainWindow::replacePage(int index, QWidget* page)
{
    // The page of a previous connection goes at once (not deleteLater): the caller destroys the
    // service layer it used right after setServices returns.
    const bool wasCurrent = m_pages->currentIndex() == index;
    QWidget* previous = m_pages->widget(index);
    m_pages->removeWidget(previous);
    delete previous;
    letTabLeave(page);
    m_pages->insertWidget(index, page);
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

void MainWindow::setServices(const PageServices& services)
{
    saveViewState(); // the profile being replaced, as the user left it
    if (m_status)
        m_status->disconnect(this);
    m_status = services.status;
    // Redis answers a command sent before it is connected with an error (PostgreSQL queues queries until it
    // is): a page opened before Redis connected read again once it is, as after a lost connection.
    m_pgLost = false;
    m_redisLost = m_status && m_status->redisState() != ConnectionState::Connected;
    showQueryBusy(false);
    connect(m_status, &ConnectionStatus::changed, this, &MainWindow::updateStatus);
    connect(m_status, &ConnectionStatus::changed, this, &MainWindow::reloadWhenReconnected);
    connect(m_status, &ConnectionStatus::postgresBusyChanged, this, &MainWindow::showQueryBusy);
    m_tenantsSlot = nullptr;
    m_tenantsPage = new TenantsPage(services.tenants);
    replacePage(TenantsPageIndex, m_tenantsPage);
    m_exportSnapshotAction->setEnabled(false);
    connect(m_tenantsPage->detailPane(), &TenantDetailPane::detailShown, this, [this](const QString& id) {
        m_exportSnapshotAction->setEnabled(!id.isEmpty());
    });
    connect(m_tenantsPage->detailPane(), &TenantDetailPane::exportSnapshotRequested, this, [this](const QString& id) {
        exportSnapshot(id);
    });
    connectHome(services);
    m_usagePage = new UsagePage(services.usage, services.tenants);
    replacePage(UsagePageIndex, m_usagePage);
    m_costsPage = new CostsPage(services.costs);
    replacePage(CostsPageIndex, m_costsPage);
    m_reconciliationPage = nullptr;
    if (services.billing) {
        m_reconciliationPage = new ReconciliationPage(services.billing);
        replacePage(ReconciliationPageIndex, m_reconciliationPage);
    } else {
        replacePage(ReconciliationPageIndex, new PlaceholderPage(tr("Reconciliation"), {}));
    }
    m_executionsPage = nullptr;
    if (services.executions && services.executionActions) {
        m_executionsPage = new ExecutionsPage(
            services.executions, services.executionActions, services.executionFeed, services.tenants);
        replacePage(ExecutionsPageIndex, m_executionsPage);
        if (services.traces)
            m_executionsPage->setTraceOperations(services.traces);
        connect(m_executionsPage, &ExecutionsPage::filterChanged, this, &MainWindow::updateHeader);
        // Bulk actions go on while other pages are shown: their progress and Stop live in the status bar.
        ExecutionsPage* page = m_executionsPage;
        connect(page, &ExecutionsPage::bulkStarted, this, [this, page](const QString& title) {
            // Another piece of work may hold the status bar; the page's own bar still shows this one.
            m_bulkInStatusBar = m_progress->begin(title, [page] { page->cancelBulk(); });
        });
        connect(page, &ExecutionsPage::bulkProgress, this, [this](int done, int total) {
            if (m_bulkInStatusBar)
                m_progress->update(done, total, tr("%1 of %2").arg(done).arg(total));
        });
        connect(
            page, &ExecutionsPage::bulkFinished, this, [this](const QString& title, const QString& summary, bool ok) {
                if (m_bulkInStatusBar)
                    m_progress->finish();
                m_bulkInStatusBar = false;
                notify(title, summary, !ok);
            });
    } else {
        replacePage(ExecutionsPageIndex, new PlaceholderPage(tr("Executions"), {}));
    }
    m_queuesPage = nullptr;
    if (services.queues && services.jobActions) {
        m_queuesPage = new QueuesPage(services.queues, services.jobActions, services.tenants, services.queueOperations);
        replacePage(QueuesPageIndex, m_queuesPage);
        connect(m_queuesPage, &QueuesPage::filterChanged, this, &MainWindow::updateHeader);
    } else {
        replacePage(QueuesPageIndex, new PlaceholderPage(tr("Queues"), {}));
    }
    m_plansPage = nullptr;
    if (services.plans && services.planOperations && services.audit) {
        m_plansPage = new PlansPage(services.plans, services.planOperations, services.audit);
        replacePage(PlansPageIndex, m_plansPage);
    } else {
        replacePage(PlansPageIndex, new PlaceholderPage(tr("Plans"), {}));
    }
    m_flagsPage = nullptr;
    if (services.aiConfig && services.aiConfigOperations) {
        m_flagsPage = new FlagsPage(services.aiConfig, services.aiConfigOperations, services.tenants);
        replacePage(FlagsPageIndex, m_flagsPage);
    } else {
        replacePage(FlagsPageIndex, new PlaceholderPage(tr("Flags"), {}));
    }
    m_alertsPage = nullptr;
    showAlertBadge(0);
    if (services.alerts && services.alertMonitor) {
        m_alertsPage = new AlertsPage(services.alerts, services.alertMonitor, services.anomalies, services.deliveries);
        replacePage(AlertsPageIndex, m_alertsPage);
        connect(m_alertsPage, &AlertsPage::filterChanged, this, &MainWindow::updateHeader);
        connect(services.alertMonitor, &AlertMonitor::openCountChanged, this, &MainWindow::showAlertBadge);
        connect(services.alertMonitor, &AlertMonitor::alertsFired, this, &MainWindow::notifyAlerts);
        services.alertMonitor->start();
    } else {
        replacePage(AlertsPageIndex, new PlaceholderPage(tr("Alerts"), {}));
    }
    m_playgroundPage = nullptr;
    m_keysPage = nullptr;
    if (services.localKeys && services.sealedKeys && services.playground && services.network) {
        m_playgroundPage
            = new PlaygroundPage(services.playground, services.tenants, services.localKeys, services.network);
        replacePage(PlaygroundPageIndex, m_playgroundPage);
        m_keysPage = new KeysPage(
            services.localKeys, services.sealedKeys, services.tenants, services.network, services.profileName);
        replacePage(KeysPageIndex, m_keysPage);
    } else {
        replacePage(PlaygroundPageIndex, new PlaceholderPage(tr("Playground"), {}));
        replacePage(KeysPageIndex, new PlaceholderPage(tr("Keys"), {}));
    }
    if (m_executionsPage && m_playgroundPage) {
        // "Open in Playground" on an LLM node: its recorded call, sent again as the tenant.
        m_executionsPage->traceView()->setReplayEnabled(true);
        connect(m_executionsPage, &ExecutionsPage::replayRequested, this, [this](const Fetched<RecordedCall>& call) {
            showPage(PlaygroundPageIndex);
            m_playgroundPage->openRecorded(call);
        });
    }
    setWindowTitle(tr("TenantScope — %1").arg(m_status->profileDescription()));
    updateStatus();
    m_tenantsPage->reload();
    m_profileName = services.profileName;
    m_services = services;
    const int savedPage = ViewState::restore(this, m_pages, m_profileName);
    if (savedPage >= 0)
        showPage(Page(savedPage));
    if (m_pendingLink) {
        applyLink(*m_pendingLink);
        m_pendingLink.reset();
    }
    delete m_quickFind;
    m_quickFind = new QuickFind(services.tenants, services.executions, services.queues, this);
    connectTenant360(services);
}

void MainWindow::connectHome(const PageServices& services)
{
    m_homePage = nullptr;
    if (!services.home) {
        replacePage(HomePageIndex,
                    new PlaceholderPage(tr("Home"),
                                        tr("say what needs attention now: spend, failures, queues, alerts and "
                                           "throttled tenants.")));
        return;
    }
    m_homePage = new HomePage(services.home, services.status);
    replacePage(HomePageIndex, m_homePage);
    // Each tile opens its page already filtered.
    connect(m_homePage, &HomePage::openSpend, this, [this] {
        showPage(CostsPageIndex);
        m_costsPage->setGrouping(CostGrouping::Day);
        m_costsPage->setMonth(QDate::currentDate());
    });
    connect(m_homePage, &HomePage::openFailures, this, [this](const QString&) {
        if (!m_executionsPage)
            return;
        showPage(ExecutionsPageIndex);
        m_executionsPage->setStatusFilter(QStringLiteral("failed"));
    });
    connect(m_homePage, &HomePage::openQueue, this, [this](const QString& queue) {
        if (!m_queuesPage)
            return;
        showPage(QueuesPageIndex);
        if (!queue.isEmpty())
            m_queuesPage->selectQueue(queue);
    });
    connect(m_homePage, &HomePage::openAlerts, this, [this] {
        if (!m_alertsPage)
            return;
        showPage(AlertsPageIndex);
        m_alertsPage->setTenantFilter(QString(), QString());
    });
    connect(m_homePage, &HomePage::openQuotas, this, [this] {
        if (!m_alertsPage)
            return;
        showPage(AlertsPageIndex);
        m_alertsPage->setTenantFilter(QString(), QString());
        m_alertsPage->quotasTable()->setFocus();
    });
    connect(m_homePage, &HomePage::openConnection, this, [this] {
        if (m_status && m_status->redisIsCluster())
            showClusterView();
        else
            updateStatus();
    });
    // A tenant admin's home is its own tenant's 360.
    connect(m_homePage, &HomePage::ownTenantHome, this, [this](const QString& tenantId) {
        if (m_pages->currentIndex() != HomePageIndex)
            return;
        showPage(TenantsPageIndex);
        m_tenantsPage->detailPane()->showTenant(tenantId);
    });
}

void MainWindow::connectTenant360(const PageServices& services)
{
    // Only the parts this window has pages for (and so services); each opens its page, filtered.
    m_tenant360 = std::make_unique<Tenant360>(m_usagePage ? services.usage : nullptr,
                                              m_executionsPage ? services.executions : nullptr,
                                              m_queuesPage ? services.queues : nullptr,
                                              m_alertsPage ? services.alerts : nullptr,
                                              m_keysPage ? services.sealedKeys : nullptr,
                                              m_plansPage ? services.audit : nullptr,
                                              m_flagsPage ? services.aiConfig : nullptr);
    Tenant360Sections* sections = m_tenantsPage->detailPane()->sections();
    sections->setParts(m_tenant360.get());
    connect(sections, &Tenant360Sections::openFailures, this, [this](const QString& id, const QString& name) {
        showPage(ExecutionsPageIndex);
        m_executionsPage->setTenantFilter(id, name);
        m_executionsPage->setStatusFilter(QStringLiteral("failed"));
    });
    connect(sections, &Tenant360Sections::openUsage, this, [this](const QString& id, const QString& name) {
        showPage(UsagePageIndex);
        m_usagePage->setTenant(id, name);
    });
    connect(sections, &Tenant360Sections::openQueues, this, [this](const QString& id, const QString& name) {
        showPage(QueuesPageIndex);
        m_queuesPage->setTenantFilter(id, name);
    });
    connect(sections, &Tenant360Sections::openAlerts, this, [this](const QString& id, const QString& name) {
        showPage(AlertsPageIndex);
        m_alertsPage->setTenantFilter(id, name);
    });
    connect(sections, &Tenant360Sections::openKeys, this, [this](const QString& id, const QString& name) {
        showPage(KeysPageIndex);
        m_keysPage->setTenant(id, name);
    });
    if (m_flagsPage && m_playgroundPage)
        connect(m_flagsPage, &FlagsPage::tryInPlayground, this, [this](const QString& id, const QString& name) {
            showPage(PlaygroundPageIndex);
            m_playgroundPage->setTenant(id, name);
        });
    connect(sections, &Tenant360Sections::openAiConfig, this, [this](const QString& id, const QString& name) {
        showPage(FlagsPageIndex);
        m_flagsPage->showTenantConfig(id, name);
    });
    connect(sections, &Tenant360Sections::openAudit, this, [this](const QString& id) {
        showPage(PlansPageIndex);
        m_plansPage->showAuditFor(id);
    });
}

void MainWindow::focusFind()
{
    // The page's search or filter field: the one marked "findField", else its first text field.
    QWidget* page = m_pages->currentWidget();
    QLineEdit* target = nullptr;
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        if (!edit->isVisible() || !edit->isEnabled() || edit->isReadOnly())
            continue;
        if (edit->property("findField").toBool()) {
            target = edit;
            break;
        }
        if (!target)
            target = edit;
    }
    if (!target)
        return;
    target->setFocus(Qt::ShortcutFocusReason);
    target->selectAll();
}

void MainWindow::saveViewState() const
{
    if (m_tenantsPage) // pages of a profile exist
        ViewState::save(this, m_pages, m_profileName);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    // The system switched between light and dark: charts draw their own colours, so they are built
    // again (the page reloads; its widgets follow the palette by themselves).
    if (event->type() == QEvent::ApplicationPaletteChange)
        QTimer::singleShot(0, this, &MainWindow::reloadCurrentPage);
    QMainWindow::changeEvent(event);
}

void MainWindow::openPalette()
{
    QVector<CommandPalette::PageEntry> pages;
    for (int page : m_navigation->pagesInOrder())
        pages.append({page, m_navigation->pageText(page)});
    auto* palette = new CommandPalette(m_quickFind, pages, this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::pageChosen, this, [this](int page) { showPage(Page(page)); });
    connect(palette, &CommandPalette::linkChosen, this, &MainWindow::openLink);
    connect(palette, &CommandPalette::jobChosen, this, [this](const QString& queue, const QString& id) {
        if (!m_queuesPage)
            return;
        showPage(QueuesPageIndex);
        m_queuesPage->openJobInQueue(queue, id);
    });
    m_palette = palette;
    palette->open();
}

void MainWindow::showShortcuts()
{
    // Every menu action with a shortcut, read from the menus themselves so the list cannot go stale.
    QString text;
    for (QAction* menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            text += QStringLiteral("%1\t%2\n")
                        .arg(action->shortcut().toString(QKeySequence::NativeText),
                             action->text().remove(QLatin1Char('&')));
        }
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), text, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutList"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::openLink(const AppLink& link)
{
    // Brought forward: the link came from another program (a browser, a ticket, a second launch).
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (!m_tenantsPage) {
        m_pendingLink = link;
        return;
    }
    applyLink(link);
}

void MainWindow::applyLink(const AppLink& link)
{
    switch (link.kind) {
    case AppLink::Kind::Tenant:
        showPage(TenantsPageIndex);
        m_tenantsPage->detailPane()->showTenant(link.id);
        return;
    case AppLink::Kind::Execution:
        if (!m_executionsPage) { // this login may not read executions
            statusBar()->showMessage(tr("This connection cannot show executions."), 5000);
            return;
        }
        showPage(ExecutionsPageIndex);
        m_executionsPage->openExecution(link.id);
        return;
    }
}

QString MainWindow::navigationText(Page page) const
{
    return m_navigation->pageText(page);
}

void MainWindow::updateHeader()
{
    const int page = m_pages->currentIndex();
    QString filter;
    if (page == ExecutionsPageIndex && m_executionsPage)
        filter = m_executionsPage->filterSummary();
    else if (page == QueuesPageIndex && m_queuesPage)
        filter = m_queuesPage->filterSummary();
    else if (page == AlertsPageIndex && m_alertsPage)
        filter = m_alertsPage->filterSummary();
    m_header->setPage(m_pageTitles.value(page), filter);
}

void MainWindow::showAlertBadge(int open)
{
    // The count of open alerts on the navigation, so it is seen from every page.
    m_navigation->setPageText(AlertsPageIndex, open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
}

void MainWindow::notifyAlerts(const QVector<QuotaAlert>& alerts)
{
    if (alerts.isEmpty())
        return;
    QStringList lines;
    for (const QuotaAlert& a : alerts.mid(0, 5))
        lines << tr("%1: %2 at %3 %").arg(a.tenantName, a.metric).arg(a.threshold);
    if (alerts.size() > 5)
        lines << tr("and %1 more").arg(alerts.size() - 5);
    const QString title = tr("%n new quota alert(s)", nullptr, int(alerts.size()));
    statusBar()->showMessage(title + QStringLiteral(": ") + lines.first(), 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    ensureTray();
    m_tray->setProperty("opensPage", int(AlertsPageIndex));
    m_tray->showMessage(title, lines.join(u'\n'), QSystemTrayIcon::Warning, 10000);
}

void MainWindow::ensureTray()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("TenantScope"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        // The page the message is about (alerts), else just the window.
        const QVariant page = m_tray->property("opensPage");
        if (page.isValid() && page.toInt() >= 0)
            showPage(Page(page.toInt()));
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::notify(const QString& title, const QString& text, bool warning)
{
    statusBar()->showMessage(text.isEmpty() ? title : title + QStringLiteral(": ") + text, 15000);
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    ensureTray();
    m_tray->setProperty("opensPage", -1);
    m_tray->showMessage(title, text, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

void MainWindow::exportSnapshot(const QString& tenantId, const QString& path)
{
    if (tenantId.isEmpty() || !m_services.tenants)
        return;
    if (m_progress->isBusy()) {
        statusBar()->showMessage(tr("Wait for \"%1\" to finish, or cancel it.").arg(m_progress->busyTitle()), 8000);
        return;
    }
    QString target = path;
    if (target.isEmpty()) {
        const TenantDetailPane* pane = m_tenantsPage ? m_tenantsPage->detailPane() : nullptr;
        const QString slug = pane && pane->tenantId() == tenantId ? pane->detail().summary.slug : QString();
        const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2.%3")
                                                            .arg(slug.isEmpty() ? tenantId.left(8) : slug,
                                                                 QDate::currentDate().toString(Qt::ISODate),
                                                                 SupportSnapshot::fileSuffix()));
        target = QFileDialog::getSaveFileName(
            this, tr("Export support snapshot"), suggested, SnapshotWindow::fileFilter());
        if (target.isEmpty())
            return;
        if (QFileInfo(target).suffix().isEmpty())
            target += QLatin1Char('.') + SupportSnapshot::fileSuffix();
    }
    SnapshotExporter::Source source;
    source.tenants = m_services.tenants;
    source.parts = m_tenant360.get();
    source.executions = m_executionsPage ? m_services.executions : nullptr;
    source.queues = m_queuesPage ? m_services.queues : nullptr;
    source.profileName = m_profileName;
    source.exportedBy = m_services.databaseRole;
    source.appVersion = QStringLiteral(TS_VERSION);
    delete m_exporter;
    auto* exporter = new SnapshotExporter(source, this);
    m_exporter = exporter;
    const QString title = tr("Exporting a support snapshot");
    m_progress->begin(title, [exporter] { exporter->cancel(); });
    connect(exporter, &SnapshotExporter::progress, m_progress, &StatusProgress::update);
    connect(exporter,
            &SnapshotExporter::exported,
            this,
            [this, exporter](const QString& written, const Fetched<SupportSnapshot>& exported) {
                m_progress->finish();
                exporter->deleteLater();
                if (!exported.ok()) {
                    notify(tr("The snapshot was not saved"), exported.error, true);
                    emit snapshotExported(written, exported.error);
                    return;
                }
                const SupportSnapshot& snapshot = exported.value;
                QString detail = QDir::toNativeSeparators(written) + QStringLiteral(": ")
                    + tr("%n failed execution(s)", nullptr, int(snapshot.executions.size())) + QStringLiteral(", ")
                    + tr("%n job(s)", nullptr, int(snapshot.jobs.size()));
                if (snapshot.redactions > 0)
                    detail += tr(", %n value(s) redacted", nullptr, snapshot.redactions);
                if (!snapshot.unavailable.isEmpty())
                    detail += tr(", %n part(s) unavailable", nullptr, int(snapshot.unavailable.size()));
                notify(tr("Support snapshot saved"), detail);
                emit snapshotExported(written, QString());
            });
    exporter->startExport(tenantId, target);
}

void MainWindow::openTraceFile(const QString& path)
{
    QString chosen = path;
    if (chosen.isEmpty()) {
        chosen = QFileDialog::getOpenFileName(this, tr("Open trace file"), QString(), OtlpTraceWindow::fileFilter());
        if (chosen.isEmpty())
            return;
    }
    OtlpTraceWindow::open(chosen, this);
}

void MainWindow::openSnapshot(const QString& path)
{
    QString chosen = path;
    if (chosen.isEmpty())
        chosen = QFileDialog::getOpenFileName(
            this, tr("Open support snapshot"), QDir::homePath(), SnapshotWindow::fileFilter());
    if (!chosen.isEmpty())
        SnapshotWindow::open(chosen, this);
}

void MainWindow::showConnectionError(const QString& message)
{
    if (m_tenantsSlot)
        m_tenantsSlot->showError(message);
    statusBar()->showMessage(message);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentPage(page);
}

void MainWindow::showQueryBusy(bool busy)
{
    if (busy) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_cancelQuery->hide();
    }
}

void MainWindow::reloadWhenReconnected()
{
    // A connection that was lost and is back: what the page shows may be an error or stale, so it is read
    // again (pages keep their unsaved edits through a reload).
    const auto track = [](bool& lost, ConnectionState state) {
        if (state == ConnectionState::Reconnecting) { // lost, or the first attempt failed
            lost = true;
        } else if (state == ConnectionState::Connected && lost) {
            lost = false;
            return true;
        }
        return false;
    };
    const bool pgBack = track(m_pgLost, m_status->postgresState());
    const bool redisBack = track(m_redisLost, m_status->redisState());
    // A page that reads only PostgreSQL keeps what it shows (rows scrolled in, a selection) when Redis is back.
    if (pgBack || (redisBack && pageReadsRedis(m_pages->currentIndex())))
        reloadCurrentPage();
}

bool MainWindow::pageReadsRedis(int index)
{
    switch (index) {
    case CostsPageIndex:
    case ReconciliationPageIndex:
    case ExecutionsPageIndex:
    case PlansPageIndex:
    case FlagsPageIndex:
    case KeysPageIndex:
    case PlaygroundPageIndex:
        return false;
    default:
        return true; // home, tenants, usage, queues and alerts read Redis's counters and queues
    }
}

void MainWindow::showClusterView()
{
    if (!m_status)
        return;
    auto* dialog = new ClusterDialog(m_status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed with the profile: the status it follows goes away then.
    connect(m_status, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::updateStatus()
{
    m_readFromPrimary->setVisible(m_status && m_status->standbyOffersPrimary());
    if (!m_status) {
        m_pgStatus->setText(tr("PostgreSQL: not connected"));
        m_redisStatus->setText(tr("Redis: not connected"));
        return;
    }
    const auto show = [](QLabel* label, const QString& name, ConnectionState state, const QString& message) {
        label->setText(QStringLiteral("<span style='color:%1'>●</span> %2: %3")
                           .arg(stateColor(state), name.toHtmlEscaped(), connectionStateName(state).toHtmlEscaped()));
        label->setToolTip(message);
    };
    // An explicit choice of the profile, shown for as long as it is connected that way.
    const QStringList warnings = m_status->transportWarnings();
    m_transportWarning->setText(warnings.isEmpty() ? QString() : tr("⚠ Not verified"));
    m_transportWarning->setToolTip(warnings.join(u'\n'));
    m_transportWarning->setVisible(!warnings.isEmpty());
    show(m_pgStatus, tr("PostgreSQL"), m_status->postgresState(), m_status->postgresMessage());
    if (m_status->hasStandby()) {
        // Where the dashboards read, and how far behind that is.
        m_pgStatus->setText(m_pgStatus->text()
                            + QStringLiteral(" · <span style='color:%1'>%2</span>")
                                  .arg(m_status->standbyUsable() ? QStringLiteral("#555") : QStringLiteral("#b9770e"),
                                       m_status->standbyMessage().toHtmlEscaped()));
    }
    if (m_status->redisIsCluster()) {
        const QList<ClusterNodeRow> nodes = m_status->clusterNodes();
        const auto down
            = std::count_if(nodes.begin(), nodes.end(), [](const ClusterNodeRow& node) { return node.down; });
        show(m_redisStatus, tr("Redis Cluster"), m_status->redisState(), m_status->redisMessage());
        m_redisStatus->setText(m_redisStatus->text()
                               + QStringLiteral(" · <a href=\"cluster\">%1</a>")
                                     .arg((down > 0 ? tr("%n node(s) down", nullptr, int(down))
                                                    : tr("%n node(s)", nullptr, int(nodes.size())))
                                              .toHtmlEscaped()));
    } else {
        show(m_redisStatus, tr("Redis"), m_status->redisState(), m_status->redisMessage());
    }
    if (m_status->postgresState() == ConnectionState::Failed)
        statusBar()->showMessage(tr("PostgreSQL: %1").arg(m_status->postgresMessage()));
    else if (m_status->redisState() == ConnectionState::Failed)
        statusBar()->showMessage(tr("Redis: %1").arg(m_status->redisMessage()));
}
