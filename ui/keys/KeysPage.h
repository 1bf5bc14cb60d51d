#pragma once

#include <models/keys/ProviderKeys.h>

#include <QWidget>

class KeysController;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;
class StatePanel;
class TenantPicker;
class TenantRepository;

// BYOK keys. This desktop's keys live in the OS keychain (one per provider and profile), shown masked,
// with test and delete. A tenant's key can be uploaded to the platform sealed with its public key; the
// platform's list shows metadata only (last four, fingerprint, who and when), with revoke.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(LocalKeyStore* keys,
             SealedKeyRepository* sealed,
             TenantRepository* tenants,
             QNetworkAccessManager* network,
             const QString& profileName,
             QWidget* parent = nullptr);

    void reload();
    void storeKey(const QString& provider, const QString& key, const QString& baseUrl);
    void testSelected();
    void deleteSelected();
    void uploadSelected(const QString& label);
    void revokeSelectedUpload(const QString& reason);
    void setTenant(const QString& tenantId, const QString& label);
    QTableWidget* localTable() const { return m_local; }
    QTableWidget* uploadedTable() const { return m_uploaded; }
    QString message() const;
    QString selectedProvider() const;

signals:
    void loaded();
    void uploadsLoaded();
    void done(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadUploads();
    void connectController();
    void say(const QString& text, bool ok);

    KeysController* m_controller;
    QVector<LocalKey> m_localKeys;
    QVector<SealedKeyInfo> m_uploads;
    QHash<QString, QString> m_testResults;
    StatePanel* m_localState;
    QTableWidget* m_local;
    QComboBox* m_provider;
    QLineEdit* m_baseUrl;
    QLineEdit* m_secret;
    TenantPicker* m_tenant;
    QLineEdit* m_label;
    QLineEdit* m_reason;
    StatePanel* m_uploadState;
    QTableWidget* m_uploaded;
    QLabel* m_message;
    QString m_tenantId;
    bool m_loadedOnce = false;
};
