#pragma once

#include <QJsonValue>
#include <QString>

// Takes credentials out of data that leaves TenantScope (a support snapshot): values under names that
// hold secrets ("api_key", "password", "authorization", ...) and text shaped like a credential (provider
// keys, bearer tokens, JWTs, passwords in connection URLs, "secret=..." pairs). What it replaces becomes
// "[redacted]"; it counts what it replaced so the reader can see that it did. It errs towards removing:
// a snapshot is read by people outside the tenant.
class SecretRedactor
{
public:
    static const QString& marker(); // "[redacted]"

    QJsonValue value(const QJsonValue& value);
    QString text(const QString& text);
    // Text that may hold JSON (a node's input, a job's data): redacted as JSON when it is, else as text.
    QString jsonText(const QString& text);

    static bool isSecretName(const QString& name);
    int redactions() const { return m_redactions; }

private:
    QString onePass(const QString& text);

    int m_redactions = 0;
};
