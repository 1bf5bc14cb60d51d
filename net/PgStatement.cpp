#include <net/PgStatement.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <vector>

#include <libpq-fe.h>

namespace
{
// pg_type OIDs, as QPSQL groups them (catalog/pg_type_d.h is a server header).
enum : unsigned int
{
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kRegproc = 24,
    kInt4 = 23,
    kXid = 28,
    kCid = 29,
    kFloat4 = 700,
    kFloat8 = 701,
    kAbstime = 702,
    kReltime = 703,
    kDate = 1082,
    kTime = 1083,
    kTimestamp = 1114,
    kTimestampTz = 1184,
    kTimeTz = 1266,
    kNumeric = 1700,
    kVoid = 2278, // QPSQL's "QOIDOID"
};

QMetaType metaTypeOf(unsigned int oid)
{
    switch (oid) {
    case kBool:
        return QMetaType::fromType<bool>();
    case kInt8:
        return QMetaType::fromType<qlonglong>();
    case kInt2:
    case kInt4:
    case kVoid:
    case kRegproc:
    case kXid:
    case kCid:
        return QMetaType::fromType<int>();
    case kNumeric:
    case kFloat4:
    case kFloat8:
        return QMetaType::fromType<double>();
    case kAbstime:
    case kReltime:
    case kDate:
        return QMetaType::fromType<QDate>();
    case kTime:
    case kTimeTz:
        return QMetaType::fromType<QTime>();
    case kTimestamp:
    case kTimestampTz:
        return QMetaType::fromType<QDateTime>();
    case kBytea:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QString withSqlState(const QString& message, const QString& state)
{
    // The same text QPSQL gave: libpq's message, then the SQLSTATE in brackets.
    return state.isEmpty() ? message.trimmed() : (message + QLatin1Char('(') + state + QLatin1Char(')')).trimmed();
}

PgResult failure(pg_conn* connection, const PGresult* result)
{
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const QString message = QString::fromUtf8(PQerrorMessage(connection));
    PgErrorKind kind = PgResult::kindForSqlState(state);
    if (PQstatus(connection) == CONNECTION_BAD)
        kind = PgErrorKind::NotConnected;
    return PgResult::failure(kind, withSqlState(message, state), state);
}

// "?" placeholders as "$1", "$2", ...; a "?" inside '...' or "..." is text, not a placeholder.
QByteArray positional(const QString& sql)
{
    QString text;
    text.reserve(sql.size() + 16);
    QChar closingQuote;
    int placeholders = 0;
    for (const QChar ch : sql) {
        if (!closingQuote.isNull()) {
            if (ch == closingQuote)
                closingQuote = QChar();
            text += ch;
        } else if (ch == u'?') {
            text += QLatin1Char('$') + QString::number(++placeholders);
        } else {
            if (ch == u'\'' || ch == u'"')
                closingQuote = ch;
            text += ch;
        }
    }
    return text.toUtf8();
}

// A bound value as PostgreSQL's text input (binary for QByteArray, as bytea); *isNull for SQL NULL.
QByteArray textOf(const QVariant& value, bool* isNull, bool* binary)
{
    *isNull = false;
    *binary = false;
    const int type = value.metaType().id();
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        *isNull = true;
        return {};
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArrayLiteral("NaN");
        if (std::isinf(number))
            return number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
        return QByteArray::number(number, 'g', 17);
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        *isNull = !date.isValid();
        return date.toString(Qt::ISODate).toLatin1();
    }
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        *isNull = !time.isValid();
        return time.toString(Qt::ISODateWithMs).toLatin1();
    }
    case QMetaType::QDateTime: {
        const QDateTime moment = value.toDateTime();
        *isNull = !moment.isValid();
        // An instant, written in UTC: a timestamptz parameter keeps it, a timestamp one (no zone) reads
        // the same wall time the session's UTC gives it.
        return moment.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        *isNull = bytes.isNull();
        *binary = true;
        return bytes;
    }
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces).toLatin1();
    case QMetaType::QJsonObject:
        return QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact);
    case QMetaType::QJsonArray:
        return QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact);
    case QMetaType::QJsonDocument:
        return value.toJsonDocument().toJson(QJsonDocument::Compact);
    default: {
        const QString text = value.toString();
        *isNull = text.isNull() && type != QMetaType::QString;
        return text.toUtf8();
    }
    }
}

QVariant nullOf(unsigned int typeOid)
{
    return QVariant(metaTypeOf(typeOid), nullptr);
}

// A value of the type with this OID, from its text output, as QPSQL converts it.
QVariant valueOf(unsigned int typeOid, const char* text, int length)
{
    const QByteArrayView view(text, length);
    switch (metaTypeOf(typeOid).id()) {
    case QMetaType::Bool:
        return QVariant(length > 0 && text[0] == 't');
    case QMetaType::LongLong:
        // Non-negative as unsigned, as QPSQL gives them (QVariant compares and converts either way).
        if (length > 0 && text[0] == '-')
            return QVariant(view.toLongLong());
        return QVariant(view.toULongLong());
    case QMetaType::Int:
        return QVariant(view.toInt());
    case QMetaType::Double: {
        if (typeOid == kNumeric)
            return QVariant(QString::fromLatin1(view)); // exact: money is never a double
        bool ok = false;
        const double number = view.toDouble(&ok);
        if (ok)
            return QVariant(number);
        if (qstrnicmp(text, length, "NaN") == 0)
            return QVariant(qQNaN());
        if (qstrnicmp(text, length, "Infinity") == 0)
            return QVariant(qInf());
        if (qstrnicmp(text, length, "-Infinity") == 0)
            return QVariant(-qInf());
        return QVariant();
    }
    case QMetaType::QDate:
        return QVariant(QDate::fromString(QString::fromLatin1(view), Qt::ISODate));
    case QMetaType::QTime:
        return QVariant(QTime::fromString(QString::fromLatin1(view), Qt::ISODate));
    case QMetaType::QDateTime:
        // As Qt 6.4's QPSQL reads it: in local time (a timestamptz carries its offset; the session's zone
        // is UTC, so a timestamp without one is read as that wall time in local time).
        return QVariant(QDateTime::fromString(QString::fromLatin1(view), Qt::ISODate).toLocalTime());
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        QByteArray array(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(array);
    }
    default:
        return QVariant(QString::fromUtf8(view));
    }
}
} // namespace

namespace PgStatement
{

PgResult run(pg_conn* connection, const PgQuery& statement)
{
    PGresult* answer = nullptr;
    if (statement.params.isEmpty()) {
        answer = PQexec(connection, statement.sql.toUtf8().constData());
    } else {
        const QByteArray sql = positional(statement.sql);
        const int count = int(statement.params.size());
        std::vector<QByteArray> texts(static_cast<size_t>(count));
        std::vector<const char*> values(size_t(count), nullptr);
        std::vector<int> lengths(size_t(count), 0);
        std::vector<int> formats(size_t(count), 0);
        for (int i = 0; i < count; ++i) {
            bool isNull = false;
            bool binary = false;
            texts[size_t(i)] = textOf(statement.params.at(i), &isNull, &binary);
            if (!isNull)
                values[size_t(i)] = texts[size_t(i)].constData();
            lengths[size_t(i)] = int(texts[size_t(i)].size());
            formats[size_t(i)] = binary ? 1 : 0;
        }
        answer = PQexecParams(
            connection, sql.constData(), count, nullptr, values.data(), lengths.data(), formats.data(), 0);
    }
    const ExecStatusType status = answer ? PQresultStatus(answer) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) {
        PgResult failed = failure(connection, answer);
        PQclear(answer);
        return failed;
    }
    PgResult result;
    const char* affected = PQcmdTuples(answer);
    result.rowsAffected = affected && *affected ? QByteArrayView(affected).toInt() : 0;
    if (status == PGRES_TUPLES_OK) {
        const int columns = PQnfields(answer);
        const int rows = PQntuples(answer);
        std::vector<unsigned int> types(static_cast<size_t>(columns));
        result.columns.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            result.columns << QString::fromUtf8(PQfname(answer, c));
            types[size_t(c)] = PQftype(answer, c);
        }
        result.rows.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(answer, r, c))
                    row << nullOf(types[size_t(c)]);
                else
                    row << valueOf(types[size_t(c)], PQgetvalue(answer, r, c), PQgetlength(answer, r, c));
            }
            result.rows << std::move(row);
        }
    }
    PQclear(answer);
    return result;
}

} // namespace PgStatement
