#include <ui/keys/KeysPage.h>

#include <ui/common/StatePanel.h>
#include <ui/common/TenantPicker.h>

#include <models/keys/KeysController.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QTableWidget* makeTable(const QStringList& headers, const QString& name, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

KeysPage::KeysPage(LocalKeyStore* keys,
                   SealedKeyRepository* sealed,
                   TenantRepository* tenants,
                   QNetworkAccessManager* network,
                   const QString& profileName,
                   QWidget* parent)
    : QWidget(parent)
    , m_controller(new KeysController(keys, sealed, network, this))
    , m_local(makeTable({tr("Provider"), tr("Key"), tr("Base URL"), tr("Test")},
                        QStringLiteral("localKeys"),
                        tr("Keys in this computer's keychain")))
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_tenant(new TenantPicker(tenants, this))
    , m_label(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_uploaded(makeTable({tr("Provider"),
                            tr("Label"),
                            tr("Key"),
                            tr("Fingerprint"),
                            tr("Sealed with"),
                            tr("Uploaded"),
                            tr("By"),
                            tr("Status")},
                           QStringLiteral("uploadedKeys"),
                           tr("Keys uploaded to the platform")))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("keysPage"));
    m_localState = new StatePanel(m_local, this);
    m_uploadState = new StatePanel(m_uploaded, this);
    connect(m_localState, &StatePanel::retryRequested, this, &KeysPage::reload);
    connect(m_uploadState, &StatePanel::retryRequested, this, &KeysPage::loadUploads);
    m_local->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_local->horizontalHeader()->setStretchLastSection(true);
    m_uploaded->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_uploaded->horizontalHeader()->setStretchLastSection(true);

    for (const QString& provider : KeyProvider::all())
        m_provider->addItem(KeyProvider::displayName(provider), provider);
    m_provider->setAccessibleName(tr("Provider"));
    m_baseUrl->setPlaceholderText(tr("Base URL (custom: http://localhost:8000/v1; gateway: wss://…)"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Paste the key"));
    m_secret->setAccessibleName(tr("Key"));
    m_secret->setObjectName(QStringLiteral("secret"));
    auto* store = new QPushButton(tr("Store in keychain"), this);
    auto* test = new QPushButton(tr("Test key"), this);
    test->setToolTip(tr("Ask the provider for its model list with this key: authenticated, costs no tokens"));
    auto* remove = new QPushButton(tr("Delete…"), this);

    auto* local = new QGroupBox(tr("This computer (OS keychain, profile %1)").arg(profileName), this);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_provider);
    addRow->addWidget(m_baseUrl, 1);
    addRow->addWidget(m_secret, 1);
    addRow->addWidget(store);
    auto* localButtons = new QHBoxLayout;
    localButtons->addWidget(new QLabel(tr("Keys are kept only in the OS keychain: never in settings, logs or "
                                          "exports."),
                                       this),
                            1);
    localButtons->addWidget(test);
    localButtons->addWidget(remove);
    auto* localLayout = new QVBoxLayout(local);
    localLayout->addWidget(m_localState, 1);
    localLayout->addLayout(localButtons);
    localLayout->addLayout(addRow);

    auto* platform = new QGroupBox(tr("Uploaded to the platform (sealed with the platform's public key)"), this);
    m_tenant->setPlaceholderText(tr("Tenant: type a name"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_label->setPlaceholderText(tr("Label, like production"));
    m_label->setAccessibleName(tr("Label"));
    m_reason->setPlaceholderText(tr("Reason for revoking (audited)"));
    m_reason->setAccessibleName(tr("Reason"));
    auto* upload = new QPushButton(tr("Upload selected key"), this);
    upload->setToolTip(tr("Seal the key selected above with the platform's public key and store it for the tenant"));
    auto* revoke = new QPushButton(tr("Revoke"), this);
    auto* uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_tenant, 2);
    uploadRow->addWidget(m_label, 1);
    uploadRow->addWidget(upload);
    auto* revokeRow = new QHBoxLayout;
    revokeRow->addStretch();
    revokeRow->addWidget(m_reason, 1);
    revokeRow->addWidget(revoke);
    auto* platformLayout = new QVBoxLayout(platform);
    platformLayout->addLayout(uploadRow);
    platformLayout->addWidget(m_uploadState, 1);
    platformLayout->addLayout(revokeRow);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // provider and server messages are data, never markup
    m_message->setObjectName(QStringLiteral("message"));
    auto* layout = new QVBoxLayout(this);
    // Four keychain rows at most: that table keeps its height, the platform's list takes the rest.
    m_localState->setMaximumHeight(m_local->horizontalHeader()->sizeHint().height()
                                   + 4 * m_local->verticalHeader()->defaultSectionSize() + 2 * m_local->frameWidth()
                                   + 2);
    layout->addWidget(local, 0);
    layout->addWidget(platform, 1);
    layout->addWidget(m_message);

    connect(store, &QPushButton::clicked, this, [this] {
        storeKey(m_provider->currentData().toString(), m_secret->text(), m_baseUrl->text());
    });
    connect(test, &QPushButton::clicked, this, &KeysPage::testSelected);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString provider = selectedProvider();
        if (provider.isEmpty())
            return;
        auto* confirm = new QMessageBox(
            QMessageBox::Question,
            tr("Delete key"),
            tr("Delete the %1 key from this computer's keychain?").arg(KeyProvider::displayName(provider)),
            QMessageBox::Yes | QMessageBox::Cancel,
            this);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::accepted, this, &KeysPage::deleteSelected);
        confirm->open();
    });
    connect(upload, &QPushButton::clicked, this, [this] { uploadSelected(m_label->text()); });
    connect(revoke, &QPushButton::clicked, this, [this] { revokeSelectedUpload(m_reason->text()); });
    connect(m_tenant, &TenantPicker::tenantChanged, this, [this](const QString& id) {
        m_tenantId = id;
        loadUploads();
    });
    connect(m_local, &QTableWidget::itemSelectionChanged, this, [this] {
        const int index = m_provider->findData(selectedProvider());
        if (index >= 0)
            m_provider->setCurrentIndex(index);
    });
    m_uploadState->showEmpty(tr("Pick a tenant to see the keys it has on the platform."));
    connectController();
}

void KeysPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void KeysPage::say(const QString& text, bool ok)
{
    m_message->setText(text);
    emit done(ok);
}

QString KeysPage::message() const
{
    return m_message->text();
}

QString KeysPage::selectedProvider() const
{
    const auto rows = m_local->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_localKeys.size())
        return {};
    return m_localKeys.at(rows.first().row()).provider;
}

void KeysPage::reload()
{
    m_loadedOnce = true;
    m_localState->showLoading(tr("Reading the keychain…"));
    m_controller->listLocal();
}

void KeysPage::connectController()
{
    connect(m_controller, &KeysController::localListed, this, [this](const Fetched<QVector<LocalKey>>& fetched) {
        if (!fetched.ok()) {
            m_localState->showError(fetched.error);
            emit loaded();
            return;
        }
        const QString selected = selectedProvider();
        m_localKeys = fetched.value;
        m_local->setRowCount(int(m_localKeys.size()));
        bool any = false;
        for (int row = 0; row < m_localKeys.size(); ++row) {
            const LocalKey& key = m_localKeys.at(row);
            any = any || key.stored;
            m_local->setItem(row, 0, new QTableWidgetItem(KeyProvider::displayName(key.provider)));
            m_local->setItem(row, 1, new QTableWidgetItem(key.stored ? key.masked : tr("not stored")));
            m_local->setItem(row, 2, new QTableWidgetItem(key.baseUrl));
            m_local->setItem(row, 3, new QTableWidgetItem(m_testResults.value(key.provider)));
            if (key.provider == selected)
                m_local->selectRow(row);
        }
        m_localState->showContent();
        if (!any)
            m_message->setText(tr("No keys yet: choose a provider, paste a key and store it."));
        emit loaded();
    });
    connect(m_controller, &KeysController::stored, this, [this](const QString& provider, const Fetched<bool>& stored) {
        if (!stored.ok()) {
            say(stored.error, false);
            return;
        }
        m_secret->clear();
        m_testResults.remove(provider);
        say(tr("Stored the %1 key in the keychain.").arg(KeyProvider::displayName(provider)), true);
        reload();
    });
    connect(m_controller, &KeysController::tested, this, [this](const QString& provider, const KeyCheckResult& result) {
        m_testResults.insert(provider,
                             result.accepted
                                 ? tr("works (%1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                                 : tr("refused"));
        say(result.message, result.accepted);
        reload();
    });
    connect(
        m_controller, &KeysController::removed, this, [this](const QString& provider, const Fetched<bool>& removed) {
            if (!removed.ok()) {
                say(removed.error, false);
                return;
            }
            m_testResults.remove(provider);
            say(tr("Deleted the %1 key.").arg(KeyProvider::displayName(provider)), true);
            reload();
        });
    connect(m_controller,
            &KeysController::uploadsListed,
            this,
            [this](const QString& tenant, const Fetched<QVector<SealedKeyInfo>>& fetched) {
                if (tenant != m_tenantId)
                    return;
                if (!fetched.ok()) {
                    m_uploadState->showError(fetched.error);
                    emit uploadsLoaded();
                    return;
                }
                m_uploads = fetched.value;
                m_uploaded->setRowCount(int(m_uploads.size()));
                for (int row = 0; row < m_uploads.size(); ++row) {
                    const SealedKeyInfo& k = m_uploads.at(row);
                    const QStringList cells{KeyProvider::displayName(k.provider),
                                            k.label,
                                            maskedKey(QStringLiteral("xxxx") + k.last4),
                                            k.fingerprint,
                                            k.sealingKeyId,
                                            when(k.createdAt),
                                            k.createdBy,
                                            k.isActive() ? tr("active")
                                                         : tr("revoked %1 by %2").arg(when(k.revokedAt), k.revokedBy)};
                    for (int column = 0; column < cells.size(); ++column)
                        m_uploaded->setItem(row, column, new QTableWidgetItem(cells.at(column)));
                }
                if (m_uploads.isEmpty())
                    m_uploadState->showEmpty(tr("This tenant has no keys on the platform yet. Select a key above and "
                                                "upload it."));
                else
                    m_uploadState->showContent();
                emit uploadsLoaded();
            });
    connect(m_controller, &KeysController::uploaded, this, [this](const Fetched<QString>& uploaded) {
        if (!uploaded.ok()) {
            say(uploaded.error, false);
            return;
        }
        say(tr("Uploaded, sealed with the platform's public key (audited)."), true);
        m_label->clear();
        loadUploads();
    });
    connect(m_controller, &KeysController::revoked, this, [this](const Fetched<bool>& revoked) {
        if (!revoked.ok()) {
            say(revoked.error, false);
            return;
        }
        m_reason->clear();
        say(tr("Revoked (audited)."), true);
        loadUploads();
    });
}

void KeysPage::storeKey(const QString& provider, const QString& key, const QString& baseUrl)
{
    m_controller->store(provider, key, baseUrl);
}

void KeysPage::testSelected()
{
    const QString provider = selectedProvider();
    if (provider.isEmpty()) {
        say(tr("Select a key to test."), false);
        return;
    }
    if (provider == QLatin1String("platform")) {
        say(tr("The gateway token is tested by sending a message from the Playground."), false);
        return;
    }
    m_message->setText(tr("Testing the %1 key…").arg(KeyProvider::displayName(provider)));
    m_controller->test(provider);
}

void KeysPage::deleteSelected()
{
    const QString provider = selectedProvider();
    if (provider.isEmpty())
        return;
    m_controller->remove(provider);
}

void KeysPage::setTenant(const QString& tenantId, const QString& label)
{
    const bool same = tenantId == m_tenant->tenantId();
    m_tenant->choose(tenantId, label); // a new tenant loads through tenantChanged
    if (same) {
        m_tenantId = tenantId;
        loadUploads();
    }
}

void KeysPage::loadUploads()
{
    if (m_tenantId.isEmpty()) {
        m_uploadState->showEmpty(tr("Pick a tenant to see the keys it has on the platform."));
        return;
    }
    m_uploadState->showLoading(tr("Loading the tenant's keys…"));
    m_controller->listUploads(m_tenantId);
}

void KeysPage::uploadSelected(const QString& label)
{
    const QString provider = selectedProvider();
    if (provider.isEmpty() || m_tenantId.isEmpty()) {
        say(tr("Select a key above and pick a tenant first."), false);
        return;
    }
    m_message->setText(tr("Sealing and uploading…"));
    m_controller->upload(m_tenantId, provider, label);
}

void KeysPage::revokeSelectedUpload(const QString& reason)
{
    const auto rows = m_uploaded->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_uploads.size()) {
        say(tr("Select an uploaded key to revoke."), false);
        return;
    }
    const QString id = m_uploads.at(rows.first().row()).id;
    m_controller->revoke(id, reason);
}
