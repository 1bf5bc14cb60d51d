#include <models/common/ReadError.h>

#include <QCoreApplication>
#include <QRegularExpression>

QString readError(const PgResult& result)
{
    if (result.errorKind == PgErrorKind::Permission)
        return QCoreApplication::translate("ReadError",
                                           "Not permitted: the server refused this read for your login (%1).")
            .arg(result.error);
    if (result.errorKind == PgErrorKind::Cancelled && result.error.contains(QLatin1String("statement timeout")))
        return QCoreApplication::translate("ReadError",
                                           "Stopped: PostgreSQL ended this read at its time limit. Ask for less (a "
                                           "shorter range, a filter), or raise the limit (TS_PG_READ_TIMEOUT).");
    if (result.errorKind == PgErrorKind::Cancelled)
        return QCoreApplication::translate("ReadError", "Cancelled: the query was stopped before it finished (%1).")
            .arg(result.error);
    return result.error;
}

QString serverSentence(const PgResult& result)
{
    QString message = readError(result);
    const qsizetype context = message.indexOf(QLatin1String("\nCONTEXT:"));
    if (context >= 0)
        message.truncate(context);
    static const QRegularExpression prefix(QStringLiteral("^(ERROR|FATAL):\\s+"));
    message.remove(prefix);
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\([A-Z0-9]{5}\\)$"));
    message.remove(sqlState);
    return message.trimmed();
}

QString redisError(const RedisReply& reply)
{
    const QString text = QString::fromUtf8(reply.text).left(500);
    if (reply.text.startsWith("NOPERM"))
        return QCoreApplication::translate("ReadError",
                                           "Not permitted: the Redis user of this login may not do this (%1).")
            .arg(text);
    return QCoreApplication::translate("ReadError", "Redis refused: %1").arg(text);
}
