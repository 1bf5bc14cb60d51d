#pragma once

#include <models/platform/ConnectionProfile.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits a connection profile and its passwords. The passwords are handed back to the caller, which
// stores them in the OS keychain (or nowhere, if there is none).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const ConnectionProfile& profile, QWidget* parent = nullptr);

    ConnectionProfile profile() const;
    ConnectionSecrets secrets() const;
    void accept() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_pgHost;
    QSpinBox* m_pgPort;
    QLineEdit* m_pgDatabase;
    QLineEdit* m_pgUser;
    QLineEdit* m_pgPassword;
    QComboBox* m_sslMode;
    QLineEdit* m_sslRootCert;
    QLineEdit* m_redisHost;
    QSpinBox* m_redisPort;
    QLineEdit* m_redisUser;
    QLineEdit* m_redisPassword;
    QCheckBox* m_redisCluster;
    QLineEdit* m_redisSeeds;
    QCheckBox* m_redisTls;
    QLineEdit* m_redisCaFile;
    QCheckBox* m_redisVerify;
    QCheckBox* m_redisPlaintext;
    QCheckBox* m_unencryptedKeys;
    QLineEdit* m_queuePrefix;
    QLineEdit* m_stripeApiBase;
    QLabel* m_error;
};
