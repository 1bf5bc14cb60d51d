#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <memory>

// A local Stripe for tests (QTcpServer on loopback, real HTTP/1.1), answering with the JSON shapes of
// Stripe's API reference (version 2024-06-20): customers, billing meters and their event summaries per
// UTC day, legacy usage record summaries, invoices (listed and upcoming); lists with has_more and
// starting_after; error objects for a wrong or expired key and a missing object; 429 on demand.
class StripePeer : public QObject
{
public:
    struct MeterEvent
    {
        QString customer;
        double value = 0;
        qint64 timestamp = 0; // seconds
        QString identifier;
    };

    static constexpr const char* kValidKey = "rk_test_TenantScopePeer0001";
    QString validKey = QString::fromLatin1(kValidKey);
    QSet<QString> expiredKeys;
    QSet<QString> customers;
    QSet<QString> deletedCustomers;
    QHash<QString, QString> meterFormulas; // meter id -> sum, count, last
    QVector<MeterEvent> meterEvents; // of every meter (each test peer has one)
    QHash<QString, QVector<QJsonObject>> usageRecordSummaries; // subscription item -> summaries
    QVector<QJsonObject> invoices;
    QHash<QString, QJsonObject> upcomingInvoices; // subscription -> invoice
    QHash<QString, QString> meterEventNames; // meter id -> the event name it counts (default tenantscope_tokens)
    QHash<QString, QJsonObject> idempotent; // Idempotency-Key -> the answer given the first time
    int posts = 0;
    int rateLimitNext = 0; // the next N requests are answered 429
    int requests = 0;
    int rateLimited = 0;
    QVector<QByteArray> paths;

    explicit StripePeer(quint16 port = 0) // 0: any free port
    {
        connect(&m_server, &QTcpServer::newConnection, this, &StripePeer::accept);
        m_server.listen(QHostAddress::LocalHost, port);
    }
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // A meter event as Stripe keeps it: one per identifier.
    void addMeterEvent(const MeterEvent& event)
    {
        for (const MeterEvent& held : meterEvents)
            if (!event.identifier.isEmpty() && held.identifier == event.identifier)
                return;
        meterEvents.append(event);
    }

    static QJsonObject invoice(const QString& id,
                               const QString& customer,
                               const QString& subscription,
                               const QString& status,
                               qint64 periodStart,
                               qint64 periodEnd,
                               double meteredQuantity,
                               qint64 amountDue)
    {
        const QJsonObject line{
            {QStringLiteral("id"), QStringLiteral("il_") + id.mid(3)},
            {QStringLiteral("object"), QStringLiteral("line_item")},
            {QStringLiteral("quantity"), meteredQuantity},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), double(periodStart)}, {QStringLiteral("end"), double(periodEnd)}}},
            {QStringLiteral("price"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("price_tokens")},
                         {QStringLiteral("object"), QStringLiteral("price")},
                         {QStringLiteral("recurring"),
                          QJsonObject{{QStringLiteral("interval"), QStringLiteral("month")},
                                      {QStringLiteral("usage_type"), QStringLiteral("metered")}}}}}};
        return {{QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("invoice")},
                {QStringLiteral("customer"), customer},
                {QStringLiteral("subscription"), subscription},
                {QStringLiteral("status"), status},
                {QStringLiteral("currency"), QStringLiteral("usd")},
                {QStringLiteral("amount_due"), double(amountDue)},
                {QStringLiteral("period_start"), double(periodStart)},
                {QStringLiteral("period_end"), double(periodEnd)},
                {QStringLiteral("created"), double(periodEnd)},
                {QStringLiteral("lines"),
                 QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                             {QStringLiteral("data"), QJsonArray{line}},
                             {QStringLiteral("has_more"), false}}}};
    }

private:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    static Reply error(int status, const QString& type, const QString& code, const QString& message)
    {
        QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
        if (!code.isEmpty()) {
            error.insert(QStringLiteral("code"), code);
            error.insert(QStringLiteral("doc_url"), QStringLiteral("https://stripe.com/docs/error-codes/") + code);
        }
        return {status, {{QStringLiteral("error"), error}}};
    }
    static Reply missing(const QString& what, const QString& id)
    {
        return error(404,
                     QStringLiteral("invalid_request_error"),
                     QStringLiteral("resource_missing"),
                     QStringLiteral("No such %1: '%2'").arg(what, id));
    }
    static QString masked(const QString& key) { return key.left(8) + QStringLiteral("*********") + key.right(4); }

    // A list page as Stripe gives it: at most `limit` items after `starting_after`.
    static Reply page(const QString& path, const QVector<QJsonObject>& items, const QUrlQuery& query)
    {
        const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100);
        const QString after = query.queryItemValue(QStringLiteral("starting_after"));
        int from = 0;
        if (!after.isEmpty()) {
            from = -1;
            for (int i = 0; i < items.size(); ++i)
                if (items.at(i).value(QStringLiteral("id")).toString() == after)
                    from = i + 1;
            if (from < 0)
                return error(400,
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("resource_missing"),
                             QStringLiteral("No such object: '%1'").arg(after));
        }
        QJsonArray data;
        for (int i = from; i < items.size() && data.size() < limit; ++i)
            data.append(items.at(i));
        return {200,
                {{QStringLiteral("object"), QStringLiteral("list")},
                 {QStringLiteral("url"), path},
                 {QStringLiteral("has_more"), from + data.size() < items.size()},
                 {QStringLiteral("data"), data}}};
    }

    Reply route(const QByteArray& method,
                const QString& path,
                const QUrlQuery& query,
                const QByteArray& authorization,
                const QByteArray& idempotencyKey)
    {
        if (rateLimitNext > 0) {
            --rateLimitNext;
            ++rateLimited;
            return error(429,
                         QStringLiteral("invalid_request_error"),
                         QStringLiteral("rate_limit"),
                         QStringLiteral("Request rate limit exceeded. Learn more about rate limits here "
                                        "https://stripe.com/docs/rate-limits."));
        }
        const QString key
            = QString::fromUtf8(authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray());
        if (key.isEmpty())
            return error(
                401, QStringLiteral("invalid_request_error"), {}, QStringLiteral("You did not provide an API key."));
        if (expiredKeys.contains(key))
            return error(401,
                         QStringLiteral("invalid_request_error"),
                         QStringLiteral("api_key_expired"),
                         QStringLiteral("Expired API Key provided: %1").arg(masked(key)));
        if (key != validKey)
            return error(401,
                         QStringLiteral("invalid_request_error"),
                         {},
                         QStringLiteral("Invalid API Key provided: %1").arg(masked(key)));
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // v1, ...
        if (method == "POST") {
            ++posts;
            // A key used before gets the first answer again, whatever this request says.
            const QString once = QString::fromUtf8(idempotencyKey);
            if (!once.isEmpty() && idempotent.contains(once))
                return {200, idempotent.value(once)};
            const Reply reply = post(path, parts, query);
            if (!once.isEmpty() && reply.status == 200)
                idempotent.insert(once, reply.body);
            return reply;
        }
        if (method == "GET" && parts.size() == 3 && parts.at(1) == QLatin1String("customers")) {
            const QString id = parts.at(2);
            if (deletedCustomers.contains(id))
                return {200,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("object"), QStringLiteral("customer")},
                         {QStringLiteral("deleted"), true}}};
            if (!customers.contains(id))
                return missing(QStringLiteral("customer"), id);
            return {200, {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("customer")}}};
        }
        if (method == "GET" && parts.size() >= 4 && parts.at(1) == QLatin1String("billing")
            && parts.at(2) == QLatin1String("meters")) {
            const QString id = parts.at(3);
            if (!meterFormulas.contains(id))
                return missing(QStringLiteral("billing.meter"), id);
            if (parts.size() == 4)
                return {200,
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("object"), QStringLiteral("billing.meter")},
                         {QStringLiteral("event_name"), QStringLiteral("tenantscope_tokens")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("default_aggregation"),
                          QJsonObject{{QStringLiteral("formula"), meterFormulas.value(id)}}}}};
            if (parts.size() == 5 && parts.at(4) == QLatin1String("event_summaries"))
                return summaries(path, id, query);
        }
        if (method == "GET" && parts.size() == 4 && parts.at(1) == QLatin1String("subscription_items")
            && parts.at(3) == QLatin1String("usage_record_summaries")) {
            if (!usageRecordSummaries.contains(parts.at(2)))
                return missing(QStringLiteral("subscription_item"), parts.at(2));
            return page(path, usageRecordSummaries.value(parts.at(2)), query);
        }
        if (method == "GET" && path == QLatin1String("/v1/invoices")) {
            QVector<QJsonObject> matching;
            for (const QJsonObject& invoice : invoices)
                if (invoice.value(QStringLiteral("customer")).toString()
                        == query.queryItemValue(QStringLiteral("customer"))
                    && invoice.value(QStringLiteral("subscription")).toString()
                        == query.queryItemValue(QStringLiteral("subscription"))
                    && invoice.value(QStringLiteral("created")).toDouble()
                        >= query.queryItemValue(QStringLiteral("created[gte]")).toDouble())
                    matching.append(invoice);
            return page(path, matching, query);
        }
        if (method == "GET" && path == QLatin1String("/v1/invoices/upcoming")) {
            const QString subscription = query.queryItemValue(QStringLiteral("subscription"));
            if (!upcomingInvoices.contains(subscription))
                return error(404,
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("invoice_upcoming_none"),
                             QStringLiteral("No upcoming invoices for customer: %1")
                                 .arg(query.queryItemValue(QStringLiteral("customer"))));
            return {200, upcomingInvoices.value(subscription)};
        }
        return error(404,
                     QStringLiteral("invalid_request_error"),
                     {},
                     QStringLiteral("Unrecognized request URL (%1: %2).").arg(QString::fromLatin1(method), path));
    }

    Reply post(const QString& path, const QStringList& parts, const QUrlQuery& form)
    {
        if (path == QLatin1String("/v1/billing/meter_events")) {
            const QString name = form.queryItemValue(QStringLiteral("event_name"));
            const QString customer = form.queryItemValue(QStringLiteral("payload[stripe_customer_id]"));
            bool numeric = false;
            const double value = form.queryItemValue(QStringLiteral("payload[value]")).toDouble(&numeric);
            const qint64 timestamp = form.queryItemValue(QStringLiteral("timestamp")).toLongLong();
            bool known = false;
            for (auto it = meterFormulas.cbegin(); it != meterFormulas.cend(); ++it)
                known = known || meterEventNames.value(it.key(), QStringLiteral("tenantscope_tokens")) == name;
            if (!known)
                return error(400,
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("parameter_invalid"),
                             QStringLiteral("No active meter was found for event_name '%1'.").arg(name));
            if (!customers.contains(customer))
                return missing(QStringLiteral("customer"), customer);
            if (!numeric)
                return error(400,
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("parameter_invalid"),
                             QStringLiteral("payload[value] must be a number."));
            const QString identifier = form.queryItemValue(QStringLiteral("identifier"));
            addMeterEvent({customer, value, timestamp, identifier});
            return {200,
                    {{QStringLiteral("object"), QStringLiteral("billing.meter_event")},
                     {QStringLiteral("created"), double(QDateTime::currentSecsSinceEpoch())},
                     {QStringLiteral("event_name"), name},
                     {QStringLiteral("identifier"), identifier},
                     {QStringLiteral("livemode"), false},
                     {QStringLiteral("payload"),
                      QJsonObject{{QStringLiteral("stripe_customer_id"), customer},
                                  {QStringLiteral("value"), form.queryItemValue(QStringLiteral("payload[value]"))}}},
                     {QStringLiteral("timestamp"), double(timestamp)}}};
        }
        if (parts.size() == 4 && parts.at(1) == QLatin1String("subscription_items")
            && parts.at(3) == QLatin1String("usage_records")) {
            const QString item = parts.at(2);
            if (!usageRecordSummaries.contains(item))
                return missing(QStringLiteral("subscription_item"), item);
            const double quantity = form.queryItemValue(QStringLiteral("quantity")).toDouble();
            const qint64 timestamp = form.queryItemValue(QStringLiteral("timestamp")).toLongLong();
            const QDate day = QDateTime::fromSecsSinceEpoch(timestamp, QTimeZone::utc()).date();
            const qint64 start
                = QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            for (QJsonObject& summary : usageRecordSummaries[item])
                if (qint64(summary.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toDouble())
                    == start)
                    summary.insert(QStringLiteral("total_usage"),
                                   summary.value(QStringLiteral("total_usage")).toDouble() + quantity);
            return {200,
                    {{QStringLiteral("id"), QStringLiteral("mbur_%1").arg(posts)},
                     {QStringLiteral("object"), QStringLiteral("usage_record")},
                     {QStringLiteral("livemode"), false},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("subscription_item"), item},
                     {QStringLiteral("timestamp"), double(timestamp)}}};
        }
        return error(404,
                     QStringLiteral("invalid_request_error"),
                     {},
                     QStringLiteral("Unrecognized request URL (POST: %1).").arg(path));
    }

    // One summary per UTC day with events, as value_grouping_window=day gives them.
    Reply summaries(const QString& path, const QString& meter, const QUrlQuery& query)
    {
        const qint64 start = query.queryItemValue(QStringLiteral("start_time")).toLongLong();
        const qint64 end = query.queryItemValue(QStringLiteral("end_time")).toLongLong();
        const QString customer = query.queryItemValue(QStringLiteral("customer"));
        if (customer.isEmpty() || start % 60 != 0 || end % 60 != 0 || end <= start)
            return error(400,
                         QStringLiteral("invalid_request_error"),
                         QStringLiteral("parameter_invalid"),
                         QStringLiteral("customer, start_time and end_time (aligned with minute boundaries) are "
                                        "required."));
        const bool byDay = query.queryItemValue(QStringLiteral("value_grouping_window")) == QLatin1String("day");
        QMap<qint64, double> windows;
        for (const MeterEvent& event : meterEvents)
            if (event.customer == customer && event.timestamp >= start && event.timestamp < end)
                windows[byDay ? event.timestamp - event.timestamp % 86400 : start] += event.value;
        QVector<QJsonObject> items;
        for (auto it = windows.cbegin(); it != windows.cend(); ++it)
            items.append({{QStringLiteral("id"), QStringLiteral("mtrusg_%1_%2").arg(customer).arg(it.key())},
                          {QStringLiteral("object"), QStringLiteral("billing.meter_event_summary")},
                          {QStringLiteral("aggregated_value"), it.value()},
                          {QStringLiteral("start_time"), double(it.key())},
                          {QStringLiteral("end_time"), double(byDay ? it.key() + 86400 : end)},
                          {QStringLiteral("livemode"), false},
                          {QStringLiteral("meter"), meter}});
        return page(path, items, query);
    }

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                QByteArray authorization;
                QByteArray idempotencyKey;
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    const QByteArray lower = line.toLower();
                    if (lower.startsWith("authorization:"))
                        authorization = line.mid(14).trimmed();
                    if (lower.startsWith("idempotency-key:"))
                        idempotencyKey = line.mid(16).trimmed();
                    if (lower.startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
                const QUrl target(QString::fromUtf8(first.value(1)));
                QUrlQuery query;
                const QUrlQuery sent
                    = first.value(0) == "POST" ? QUrlQuery(QString::fromUtf8(body)) : QUrlQuery(target);
                for (const auto& [name, value] : sent.queryItems(QUrl::FullyDecoded))
                    query.addQueryItem(name, value);
                ++requests;
                paths.append(first.value(1));
                const Reply reply = route(first.value(0), target.path(), query, authorization, idempotencyKey);
                const QByteArray json = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
                QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Stripe\r\n";
                response += "Content-Type: application/json\r\nConnection: close\r\nRequest-Id: req_peer"
                    + QByteArray::number(requests) + "\r\n";
                response += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
                socket->write(response);
                socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
};
