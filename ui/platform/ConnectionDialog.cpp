#include <ui/platform/ConnectionDialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const ConnectionProfile& profile, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connection profile"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_name = new QLineEdit(profile.name.isEmpty() ? QStringLiteral("default") : profile.name);
    m_pgHost = new QLineEdit(profile.pg.host);
    m_pgPort = new QSpinBox;
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(profile.pg.port);
    m_pgDatabase = new QLineEdit(profile.pg.database);
    m_pgUser = new QLineEdit(profile.pg.user);
    m_pgPassword = new QLineEdit;
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("kept in the OS keychain"));
    m_sslMode = new QComboBox;
    m_sslMode->addItem(tr("automatic (verify-full off this machine)"), QString());
    for (const char* mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(profile.pg.sslMode)));
    m_sslRootCert = new QLineEdit(profile.pg.sslRootCert);
    m_redisHost = new QLineEdit(profile.redis.host);
    m_redisPort = new QSpinBox;
    m_redisPort->setRange(1, 65535);
    m_redisPort->setValue(profile.redis.port);
    m_redisUser = new QLineEdit(profile.redis.user);
    m_redisPassword = new QLineEdit;
    m_redisPassword->setEchoMode(QLineEdit::Password);
    m_redisPassword->setPlaceholderText(tr("kept in the OS keychain"));
    m_queuePrefix = new QLineEdit(profile.queuePrefix);
    m_queuePrefix->setAccessibleName(tr("BullMQ prefix"));
    m_queuePrefix->setToolTip(tr("The prefix the platform gives BullMQ (its \"prefix\" option; \"bull\" by default)"));
    m_redisCluster = new QCheckBox(tr("Redis Cluster (commands go to the node of their keys)"));
    m_redisCluster->setObjectName(QStringLiteral("redisCluster"));
    m_redisCluster->setChecked(profile.redis.cluster);
    m_redisSeeds = new QLineEdit(profile.redis.seedsText());
    m_redisSeeds->setObjectName(QStringLiteral("redisSeeds"));
    m_redisSeeds->setPlaceholderText(tr("host:port, host:port"));
    m_redisSeeds->setToolTip(tr("More nodes of the cluster, asked for its layout when the first one does not answer"));
    m_redisSeeds->setEnabled(profile.redis.cluster);
    connect(m_redisCluster, &QCheckBox::toggled, m_redisSeeds, &QLineEdit::setEnabled);
    m_redisTls = new QCheckBox(tr("Use TLS"));
    m_redisTls->setChecked(profile.redis.tls);
    m_redisCaFile = new QLineEdit(profile.redis.caFile);
    m_redisCaFile->setPlaceholderText(tr("system certificates"));
    m_redisVerify = new QCheckBox(tr("Verify the server's certificate and host name"));
    m_redisVerify->setChecked(profile.redis.verifyPeer);
    m_redisVerify->setToolTip(tr("Turn off only for a server you trust: the status bar will say it is off."));
    m_redisPlaintext = new QCheckBox(tr("Allow an unencrypted connection to another machine"));
    m_redisPlaintext->setChecked(profile.redis.allowPlaintext);
    m_redisPlaintext->setToolTip(tr("Needed for Redis without TLS on a host other than this machine."));
    m_unencryptedKeys = new QCheckBox(tr("Allow provider keys over http:// or ws:// to other machines"));
    m_unencryptedKeys->setObjectName(QStringLiteral("allowUnencryptedKeys"));
    m_unencryptedKeys->setChecked(profile.allowUnencryptedKeys);
    m_unencryptedKeys->setToolTip(tr("Off: the Playground and key tests send a key only over TLS or to this machine. "
                                     "On: the status bar says so while this profile is open."));
    m_stripeApiBase = new QLineEdit(profile.stripeApiBase);
    m_stripeApiBase->setObjectName(QStringLiteral("stripeApiBase"));
    m_stripeApiBase->setAccessibleName(tr("Stripe API address"));
    m_stripeApiBase->setToolTip(tr("Stripe itself, or a proxy in front of it. The key is stored in the OS keychain "
                                   "from the Reconciliation page."));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);

    auto* pgBox = new QGroupBox(tr("PostgreSQL"));
    auto* pgForm = new QFormLayout(pgBox);
    pgForm->addRow(tr("Host"), m_pgHost);
    pgForm->addRow(tr("Port"), m_pgPort);
    pgForm->addRow(tr("Database"), m_pgDatabase);
    pgForm->addRow(tr("User"), m_pgUser);
    pgForm->addRow(tr("Password"), m_pgPassword);
    pgForm->addRow(tr("SSL mode"), m_sslMode);
    pgForm->addRow(tr("CA certificate"), m_sslRootCert);
    auto* redisBox = new QGroupBox(tr("Redis"));
    auto* redisForm = new QFormLayout(redisBox);
    redisForm->addRow(tr("Host"), m_redisHost);
    redisForm->addRow(tr("Port"), m_redisPort);
    redisForm->addRow(tr("ACL user"), m_redisUser);
    redisForm->addRow(tr("Password"), m_redisPassword);
    redisForm->addRow(QString(), m_redisCluster);
    redisForm->addRow(tr("Other nodes"), m_redisSeeds);
    redisForm->addRow(QString(), m_redisTls);
    redisForm->addRow(tr("CA certificate"), m_redisCaFile);
    redisForm->addRow(QString(), m_redisVerify);
    redisForm->addRow(QString(), m_redisPlaintext);
    redisForm->addRow(tr("BullMQ prefix"), m_queuePrefix);
    auto* providersBox = new QGroupBox(tr("Playground and keys"));
    auto* providersForm = new QFormLayout(providersBox);
    providersForm->addRow(QString(), m_unencryptedKeys);
    auto* billingBox = new QGroupBox(tr("Billing (Stripe)"));
    auto* billingForm = new QFormLayout(billingBox);
    billingForm->addRow(tr("API address"), m_stripeApiBase);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Profile name"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pgBox);
    layout->addWidget(redisBox);
    layout->addWidget(providersBox);
    layout->addWidget(billingBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.pg.host = m_pgHost->text().trimmed();
    profile.pg.port = m_pgPort->value();
    profile.pg.database = m_pgDatabase->text().trimmed();
    profile.pg.user = m_pgUser->text().trimmed();
    profile.pg.sslMode = m_sslMode->currentData().toString();
    profile.pg.sslRootCert = m_sslRootCert->text().trimmed();
    profile.redis.host = m_redisHost->text().trimmed();
    profile.redis.port = m_redisPort->value();
    profile.redis.user = m_redisUser->text().trimmed();
    profile.redis.tls = m_redisTls->isChecked();
    profile.redis.caFile = m_redisCaFile->text().trimmed();
    profile.redis.verifyPeer = m_redisVerify->isChecked();
    profile.redis.allowPlaintext = m_redisPlaintext->isChecked();
    profile.redis.cluster = m_redisCluster->isChecked();
    if (profile.redis.cluster) {
        QString ignored; // accept() checks the list and says what is wrong
        RedisConfig::parseSeeds(m_redisSeeds->text(), &profile.redis.seeds, &ignored);
    }
    profile.queuePrefix = m_queuePrefix->text().trimmed();
    profile.allowUnencryptedKeys = m_unencryptedKeys->isChecked();
    profile.stripeApiBase = m_stripeApiBase->text().trimmed();
    return profile;
}

ConnectionSecrets ConnectionDialog::secrets() const
{
    QString pg = m_pgPassword->text();
    QString redis = m_redisPassword->text();
    return {SecretBuffer::take(pg), SecretBuffer::take(redis)};
}

void ConnectionDialog::accept()
{
    QString error;
    QList<RedisConfig::Node> seeds;
    if (m_redisCluster->isChecked() && !RedisConfig::parseSeeds(m_redisSeeds->text(), &seeds, &error)) {
        m_error->setText(error);
        return;
    }
    if (!profile().isValid(&error)) {
        m_error->setText(error); // keep everything typed; say what to fix
        return;
    }
    QDialog::accept();
}
