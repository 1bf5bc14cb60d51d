#include <models/platform/AppLink.h>

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

std::optional<AppLink> AppLink::parse(const QString& text, QString* error)
{
    const auto refuse = [error](const QString& why) -> std::optional<AppLink> {
        *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0)
        return refuse(QCoreApplication::translate("AppLink", "Not a TenantScope link: %1").arg(text.left(200)));
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasQuery() || url.hasFragment())
        return refuse(QCoreApplication::translate("AppLink",
                                                  "A TenantScope link has no user, port, query or "
                                                  "fragment: %1")
                          .arg(text.left(200)));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString id = path.mid(1);
    const QUuid uuid = QUuid::fromString(id);
    if (!path.startsWith(QLatin1Char('/')) || uuid.isNull() || id.size() != 36)
        return refuse(
            QCoreApplication::translate("AppLink", "The link does not end in an id (a UUID): %1").arg(text.left(200)));
    const QString kind = url.host(); // QUrl lower-cases the host
    const QString canonical = uuid.toString(QUuid::WithoutBraces);
    if (kind == QLatin1String("tenant"))
        return tenant(canonical);
    if (kind == QLatin1String("execution"))
        return execution(canonical);
    return refuse(QCoreApplication::translate("AppLink",
                                              "TenantScope links open a tenant or an execution, not "
                                              "\"%1\"")
                      .arg(kind.left(100)));
}

QString AppLink::toString() const
{
    return QStringLiteral("%1://%2/%3")
        .arg(kScheme, kind == Kind::Tenant ? QStringLiteral("tenant") : QStringLiteral("execution"), id);
}
