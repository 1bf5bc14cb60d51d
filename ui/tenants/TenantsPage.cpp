#include <ui/tenants/TenantsPage.h>

#include <ui/common/AsOfLabel.h>
#include <ui/common/StatePanel.h>
#include <ui/tenants/TenantDetailPane.h>
#include <ui/tenants/UsageBarDelegate.h>

#include <models/tenants/TenantListModel.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TenantsPage::TenantsPage(TenantRepository* repository, QWidget* parent)
    : QWidget(parent)
    , m_model(new TenantListModel(repository, this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_table(new QTableView)
    , m_countLabel(new QLabel(this))
    , m_asOf(new AsOfLabel(this))
    , m_detail(new TenantDetailPane(repository))
{
    setObjectName(QStringLiteral("tenantsPage"));
    m_search->setObjectName(QStringLiteral("tenantSearch"));
    m_search->setPlaceholderText(tr("Search tenants by name, slug or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Tenant search"));
    m_countLabel->setObjectName(QStringLiteral("tenantCount"));

    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(TenantListModel::TokensColumn,
                                      new UsageBarDelegate(TenantListModel::UsageFractionRole, m_table));
    // Every column in view at 1280 px: the name takes what the others leave (elided, whole in its tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(TenantListModel::NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TenantListModel::SlugColumn, 110);
    m_table->setColumnWidth(TenantListModel::PlanColumn, 90);
    m_table->setColumnWidth(TenantListModel::StatusColumn, 70);
    m_table->setColumnWidth(TenantListModel::TokensColumn, 150);
    m_table->setColumnWidth(TenantListModel::CostColumn, 100);
    m_table->setAccessibleName(tr("Tenants"));

    m_listState = new StatePanel(m_table);
    m_listState->setObjectName(QStringLiteral("tenantListState"));
    connect(m_listState, &StatePanel::retryRequested, this, &TenantsPage::reload);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_listState, 1);
    leftLayout->addWidget(m_countLabel);
    leftLayout->addWidget(m_asOf);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("tenantSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 500}); // the list's columns all in view; the tenant 360 gets the rest
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Type, pause, search: one query per pause, not per key stroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });

    connect(m_model, &TenantListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_listState->showLoading(tr("Loading tenants…"));
    });
    connect(m_model, &TenantListModel::loadFailed, this, [this](const QString& error) {
        m_listState->showError(tr("Could not load tenants:\n%1").arg(error));
        m_countLabel->clear();
    });
    connect(m_model, &TenantListModel::loaded, this, &TenantsPage::onLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TenantsPage::onSelectionChanged);
}

void TenantsPage::reload()
{
    m_model->reload();
}

void TenantsPage::onLoaded(int rows, bool hasMore)
{
    if (rows == 0) {
        m_listState->showEmpty(m_model->search().trimmed().isEmpty()
                                   ? tr("No tenants yet. Load demo data with `tenantscope-cli demo-data`, "
                                        "or connect to a platform that has some.")
                                   : tr("No tenant matches \"%1\".").arg(m_model->search().trimmed()));
        m_countLabel->clear();
        return;
    }
    m_listState->showContent();
    m_asOf->setFreshness(m_model->freshness());
    m_countLabel->setText(hasMore ? tr("%n tenant(s) shown, scroll for more", nullptr, rows)
                                  : tr("%n tenant(s)", nullptr, rows));
    if (!m_table->currentIndex().isValid() && rows == 1)
        m_table->selectRow(0);
}

void TenantsPage::onSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.siblingAtColumn(0).data(TenantListModel::TenantIdRole).toString();
    if (!id.isEmpty() && id != m_detail->tenantId())
        m_detail->showTenant(id);
}
