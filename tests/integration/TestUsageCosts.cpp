#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/common/Decimal.h>
#include <models/costs/CostRepository.h>
#include <models/platform/RedisKeys.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QRandomGenerator>

#include <QTest>
#include <optional>

// Usage and cost numbers checked against independent sums over the raw events, on a tenant of the
// test's own with events placed on UTC boundaries, and on demo tenants.
class TestUsageCosts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    QString m_tenant; // ours: starter plan, events in January and February 2026
    QString m_emptyTenant;
    QStringList m_logins;

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }

    QString createTenant(const QString& slug)
    {
        const PgResult created
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("INSERT INTO tenants (slug, name, plan_id, status) VALUES (?, ?, "
                                               "'starter', 'active') RETURNING id::text"),
                                {slug, slug});
        return created.ok() ? created.scalar().toString() : QString();
    }

    void addEvent(
        const QString& tenant, const QString& ts, const QString& model, int prompt, int completion, bool byok = false)
    {
        // The cost as the platform computes it: tokens at the price in force, exact.
        const PgResult inserted = TestServers::exec(
            m_pg.get(),
            QStringLiteral("INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, "
                           "completion_tokens, cost_usd, byok) "
                           "SELECT ?::uuid, ?::timestamptz, p.model, p.provider, ?, ?, "
                           "round((?::numeric * p.input_per_mtok + ?::numeric * p.output_per_mtok) / 1000000, 8), ? "
                           "FROM model_prices p WHERE p.model = ? ORDER BY effective_from DESC LIMIT 1"),
            {tenant, ts, prompt, completion, prompt, completion, byok, model});
        QVERIFY2(inserted.ok() && inserted.rowsAffected == 1, qPrintable(inserted.error));
    }

    // Independent: straight from the events, grouped by UTC day (or month) and model.
    PgResult rawSums(const QString& tenant, const QString& from, const QString& to, const QString& unit)
    {
        return TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT to_char(date_trunc(?, ts AT TIME ZONE 'UTC'), 'YYYY-MM-DD\"T\"HH24:MI:SS'), model, "
                           "sum(prompt_tokens + completion_tokens), count(*), sum(cost_usd)::text FROM usage_events "
                           "WHERE tenant_id = ?::uuid AND (ts AT TIME ZONE 'UTC')::date BETWEEN ?::date AND ?::date "
                           "GROUP BY 1, 2 ORDER BY 1, 2"),
            {unit, tenant, from, to});
    }

    void compareWithRaw(const QString& tenant, const QString& from, const QString& to, UsageResolution resolution)
    {
        UsageRepository repository(m_pg.get(), m_redis.get());
        UsageQuery query{tenant, QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate), resolution};
        const auto series = wait(repository.series(query));
        QVERIFY2(series.ok(), qPrintable(series.error));
        const QString unit = UsageQuery::resolutionName(resolution);
        const PgResult raw = rawSums(tenant, from, to, unit);
        QVERIFY2(raw.ok(), qPrintable(raw.error));
        QVector<UsagePoint> points;
        for (const UsagePoint& point : series.value.points) {
            QVERIFY2(point.model != kLiveRemainder, "demo Redis counters equal PostgreSQL: nothing unattributed");
            points << point;
        }
        QCOMPARE(points.size(), raw.rows.size());
        for (int i = 0; i < points.size(); ++i) {
            const QString where = QStringLiteral("%1 %2 %3")
                                      .arg(tenant, raw.rows.at(i).at(0).toString(), raw.rows.at(i).at(1).toString());
            QCOMPARE(points.at(i).bucket.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                     raw.rows.at(i).at(0).toString());
            QCOMPARE(points.at(i).model, raw.rows.at(i).at(1).toString());
            QVERIFY2(points.at(i).tokens() == raw.rows.at(i).at(2).toLongLong(), qPrintable(where));
            QVERIFY2(points.at(i).requests == raw.rows.at(i).at(3).toLongLong(), qPrintable(where));
            QVERIFY2(Decimal::compare(points.at(i).costUsd, raw.rows.at(i).at(4).toString()) == 0, qPrintable(where));
        }
    }

    // A fresh tenant_admin login, member of the test tenant only, and an open session of it (nullptr when
    // the login could not be made).
    std::unique_ptr<PgSession> tenantAdminOfTheTestTenant(const QString& prefix)
    {
        const QString password = TestServers::randomSecret();
        const QString login = TestServers::createLogin(m_pg.get(), prefix, QStringLiteral("tenant_admin"), password);
        if (login.isEmpty())
            return nullptr;
        m_logins << login;
        if (!TestServers::exec(m_pg.get(),
                               QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
                               {m_tenant, login})
                 .ok())
            return nullptr;
        PgConfig config = TestServers::adminProfile().pg;
        config.user = login;
        auto session = std::make_unique<PgSession>(config, password);
        session->open();
        return session;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        const int suffix = QRandomGenerator::global()->bounded(1000000);
        m_tenant = createTenant(QStringLiteral("ts-usage-test-%1").arg(suffix));
        m_emptyTenant = createTenant(QStringLiteral("ts-usage-empty-%1").arg(suffix));
        QVERIFY(!m_tenant.isEmpty() && !m_emptyTenant.isEmpty());
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT ensure_usage_partitions('2026-01-01', '2026-02-28')"))
                .ok());
        // The last millisecond of January and the first of February, in UTC.
        addEvent(m_tenant, QStringLiteral("2026-01-31 23:59:59.999+00"), QStringLiteral("gpt-4o-mini"), 1000, 200);
        addEvent(m_tenant, QStringLiteral("2026-02-01 00:00:00+00"), QStringLiteral("gpt-4o-mini"), 3000, 500);
        // 23:30 in New York on the 10th is 04:30 UTC on the 11th.
        addEvent(m_tenant, QStringLiteral("2026-02-10 23:30:00-05"), QStringLiteral("claude-sonnet-4"), 1500, 700);
        addEvent(m_tenant, QStringLiteral("2026-02-11 04:59:00+00"), QStringLiteral("claude-sonnet-4"), 500, 100, true);
        // Enough for overage: 2,500,000 tokens in February against 2,000,000 included.
        addEvent(m_tenant, QStringLiteral("2026-02-20 12:00:00+00"), QStringLiteral("gpt-4o-mini"), 2000000, 490000);
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2026-01-31', '2026-02-28')"))
                .ok());
    }

    void cleanupTestCase()
    {
        if (!m_pg)
            return;
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login);
        }
        TestServers::exec(m_pg.get(),
                          QStringLiteral("DELETE FROM usage_events WHERE tenant_id IN (?::uuid, ?::uuid)"),
                          {m_tenant, m_emptyTenant});
        TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2026-01-31', '2026-02-28')"));
        TestServers::exec(m_pg.get(),
                          QStringLiteral("DELETE FROM tenants WHERE id IN (?::uuid, ?::uuid)"),
                          {m_tenant, m_emptyTenant});
    }

    void dayMonthAndHourMatchTheRawEventsAcrossUtcEdges()
    {
        compareWithRaw(m_tenant, QStringLiteral("2026-01-31"), QStringLiteral("2026-02-28"), UsageResolution::Day);
        compareWithRaw(m_tenant, QStringLiteral("2026-01-31"), QStringLiteral("2026-02-28"), UsageResolution::Month);
        compareWithRaw(m_tenant, QStringLiteral("2026-02-10"), QStringLiteral("2026-02-11"), UsageResolution::Hour);
        UsageRepository repository(m_pg.get(), m_redis.get());
        const auto days
            = wait(repository.series({m_tenant, QDate(2026, 1, 31), QDate(2026, 2, 11), UsageResolution::Day}));
        QStringList buckets;
        for (const UsagePoint& point : days.value.points)
            buckets << point.bucket.date().toString(Qt::ISODate);
        // January's last millisecond stays in January; New York's evening of the 10th is the 11th in UTC.
        QCOMPARE(
            buckets,
            QStringList({QStringLiteral("2026-01-31"), QStringLiteral("2026-02-01"), QStringLiteral("2026-02-11")}));
        QCOMPARE(days.value.includedTokens.value_or(-1), 2000000);
    }

    void demoTenantsMatchTheRawEvents()
    {
        const PgResult picks = TestServers::exec(
            m_pg.get(),
            QStringLiteral("(SELECT tenant_id::text FROM usage_monthly ORDER BY requests DESC LIMIT 1) UNION ALL "
                           "(SELECT tenant_id::text FROM usage_monthly ORDER BY requests LIMIT 1) UNION ALL "
                           "(SELECT tenant_id::text FROM usage_monthly ORDER BY tenant_id LIMIT 1)"));
        QCOMPARE(picks.rows.size(), 3);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString monthStart = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
        for (const auto& row : picks.rows) {
            const QString tenant = row.first().toString();
            compareWithRaw(
                tenant, today.addDays(-6).toString(Qt::ISODate), today.toString(Qt::ISODate), UsageResolution::Day);
            compareWithRaw(tenant, monthStart, today.toString(Qt::ISODate), UsageResolution::Day);
            compareWithRaw(
                tenant, today.addDays(-40).toString(Qt::ISODate), today.toString(Qt::ISODate), UsageResolution::Month);
            compareWithRaw(
                tenant, today.addDays(-1).toString(Qt::ISODate), today.toString(Qt::ISODate), UsageResolution::Hour);
        }
    }

    void todayIsReconciledWithTheLiveCounters()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString at = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        addEvent(m_tenant, at, QStringLiteral("gpt-4o-mini"), 400, 100);
        QVERIFY(TestServers::exec(m_pg.get(),
                                  QStringLiteral("SELECT refresh_usage_rollups(?::date, ?::date)"),
                                  {today.toString(Qt::ISODate), today.toString(Qt::ISODate)})
                    .ok());
        const PgResult pg = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT sum(cost_usd)::text FROM usage_daily WHERE tenant_id = ?::uuid AND day = ?::date"),
            {m_tenant, today.toString(Qt::ISODate)});
        const QString pgCost = pg.scalar().toString();
        const QByteArray key = RedisKeys::usageDaily(m_tenant, today);
        UsageRepository repository(m_pg.get(), m_redis.get());
        const UsageQuery query{m_tenant, today.addDays(-2), today, UsageResolution::Day};

        // Redis equal to PostgreSQL: the seam is invisible.
        TestServers::redis(m_redis.get(),
                           {"HSET",
                            key,
                            "prompt_tokens",
                            "400",
                            "completion_tokens",
                            "100",
                            "tokens",
                            "500",
                            "requests",
                            "1",
                            "cost_usd",
                            pgCost.toUtf8()});
        auto equal = wait(repository.series(query));
        QVERIFY2(equal.ok(), qPrintable(equal.error));
        QVERIFY(equal.value.liveMerged);
        for (const UsagePoint& point : equal.value.points)
            QVERIFY(point.model != kLiveRemainder);

        // The gateways counted 2 requests more than PostgreSQL has yet: they show as unattributed, and
        // today's totals equal the live counter exactly.
        const QString liveCost = Decimal::add(pgCost, QStringLiteral("0.01234567"));
        TestServers::redis(m_redis.get(),
                           {"HSET",
                            key,
                            "prompt_tokens",
                            "1400",
                            "completion_tokens",
                            "300",
                            "tokens",
                            "1700",
                            "requests",
                            "3",
                            "cost_usd",
                            liveCost.toUtf8()});
        auto ahead = wait(repository.series(query));
        QVERIFY2(ahead.ok(), qPrintable(ahead.error));
        qint64 tokens = 0;
        qint64 requests = 0;
        QString cost = QStringLiteral("0");
        bool sawRemainder = false;
        for (const UsagePoint& point : ahead.value.points) {
            if (point.bucket.date() != today)
                continue;
            tokens += point.tokens();
            requests += point.requests;
            cost = Decimal::add(cost, point.costUsd);
            if (point.model == kLiveRemainder) {
                sawRemainder = true;
                QCOMPARE(point.promptTokens, 1000);
                QCOMPARE(point.completionTokens, 200);
                QCOMPARE(point.requests, 2);
                QCOMPARE(Decimal::compare(point.costUsd, QStringLiteral("0.01234567")), 0);
            }
        }
        QVERIFY(sawRemainder);
        QCOMPARE(tokens, 1700);
        QCOMPARE(requests, 3);
        QCOMPARE(Decimal::compare(cost, liveCost), 0);
        TestServers::redis(m_redis.get(), {"DEL", key});
    }

    // All tenants' today: the platform's counter of the day when the gateways keep it (one read, whatever
    // the number of tenants), every tenant's counter when they do not. On a day of its own (2031-06-15,
    // no events), so the counters are only this test's.
    void allTenantsTodayReadsThePlatformCounterWhenKept()
    {
        const QDate day(2031, 6, 15);
        const QByteArray platformKey = RedisKeys::usagePlatformDaily(day);
        QCOMPARE(platformKey, QByteArray("usage:platform:daily:2031-06-15"));
        const QList<QByteArray> tenantKeys
            = {RedisKeys::usageDaily(m_tenant, day), RedisKeys::usageDaily(m_emptyTenant, day)};
        const auto counters = [](const QByteArray& key, int prompt, int completion, int requests, const char* cost) {
            return RedisCommand{"HSET",
                                key,
                                "prompt_tokens",
                                QByteArray::number(prompt),
                                "completion_tokens",
                                QByteArray::number(completion),
                                "tokens",
                                QByteArray::number(prompt + completion),
                                "requests",
                                QByteArray::number(requests),
                                "cost_usd",
                                cost};
        };
        TestServers::redis(m_redis.get(), counters(tenantKeys.at(0), 100, 10, 1, "0.00000100"));
        TestServers::redis(m_redis.get(), counters(tenantKeys.at(1), 200, 20, 2, "0.00000200"));
        const auto remainderOf = [&](UsageRepository& repository) {
            const auto fetched = wait(repository.series({QString(), day.addDays(-2), day, UsageResolution::Day}, day));
            std::optional<UsagePoint> remainder;
            if (!fetched.ok() || !fetched.value.liveMerged)
                qWarning("%s %s", qPrintable(fetched.error), qPrintable(fetched.value.liveError));
            for (const UsagePoint& point : fetched.value.points) {
                if (point.model == kLiveRemainder)
                    remainder = point;
            }
            return remainder;
        };

        // Kept: its figures, not the tenants' sum.
        TestServers::redis(m_redis.get(), counters(platformKey, 7000, 700, 70, "0.07000000"));
        UsageRepository kept(m_pg.get(), m_redis.get());
        const auto fromPlatform = remainderOf(kept);
        QVERIFY(fromPlatform);
        QCOMPARE(fromPlatform->promptTokens, 7000);
        QCOMPARE(fromPlatform->completionTokens, 700);
        QCOMPARE(fromPlatform->requests, 70);
        QCOMPARE(Decimal::compare(fromPlatform->costUsd, QStringLiteral("0.07")), 0);

        // Not kept: every tenant's counter, summed.
        TestServers::redis(m_redis.get(), {"DEL", platformKey});
        UsageRepository swept(m_pg.get(), m_redis.get());
        const auto fromTenants = remainderOf(swept);
        QVERIFY(fromTenants);
        QCOMPARE(fromTenants->promptTokens, 300);
        QCOMPARE(fromTenants->completionTokens, 30);
        QCOMPARE(fromTenants->requests, 3);
        QCOMPARE(Decimal::compare(fromTenants->costUsd, QStringLiteral("0.000003")), 0);
        for (const QByteArray& key : tenantKeys)
            TestServers::redis(m_redis.get(), {"DEL", key});
    }

    void emptyTenantAndEmptyRangeAreNotErrors()
    {
        UsageRepository repository(m_pg.get(), m_redis.get());
        const auto empty
            = wait(repository.series({m_emptyTenant, QDate(2026, 2, 1), QDate(2026, 2, 28), UsageResolution::Day}));
        QVERIFY2(empty.ok(), qPrintable(empty.error));
        QVERIFY(empty.value.points.isEmpty());
        const auto nothing
            = wait(repository.series({m_tenant, QDate(2025, 6, 1), QDate(2025, 6, 30), UsageResolution::Hour}));
        QVERIFY2(nothing.ok(), qPrintable(nothing.error));
        QVERIFY(nothing.value.points.isEmpty());
        const auto unknown = wait(repository.series({QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                                     QDate(2026, 2, 1),
                                                     QDate(2026, 2, 2),
                                                     UsageResolution::Day}));
        QVERIFY(!unknown.ok());
        const auto backwards
            = wait(repository.series({m_tenant, QDate(2026, 2, 2), QDate(2026, 2, 1), UsageResolution::Day}));
        QVERIFY(backwards.error.contains(QLatin1String("starts after it ends")));
    }

    void tenantWithOneEvent()
    {
        addEvent(m_emptyTenant, QStringLiteral("2026-01-15 10:20:00+00"), QStringLiteral("claude-3-5-haiku"), 120, 30);
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2026-01-15', '2026-01-15')"))
                .ok());
        UsageRepository repository(m_pg.get(), m_redis.get());
        for (UsageResolution resolution : {UsageResolution::Hour, UsageResolution::Day, UsageResolution::Month}) {
            const auto one
                = wait(repository.series({m_emptyTenant, QDate(2026, 1, 1), QDate(2026, 1, 31), resolution}));
            QVERIFY2(one.ok(), qPrintable(one.error));
            QCOMPARE(one.value.points.size(), 1);
            QCOMPARE(one.value.points.first().tokens(), 150);
            QCOMPARE(one.value.points.first().requests, 1);
        }
        TestServers::exec(
            m_pg.get(), QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {m_emptyTenant});
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2026-01-15', '2026-01-15')"))
                .ok());
    }

    // Every rollup and summary of a month nobody else uses, as text rows, for comparing two ways of
    // computing them.
    QStringList rollupsOf2031May(const QStringList& tenants)
    {
        const QString ids = QStringLiteral("{%1}").arg(tenants.join(u','));
        const QStringList queries = {
            QStringLiteral("SELECT tenant_id, day, model, provider, byok, requests, prompt_tokens, completion_tokens, "
                           "cost_usd FROM usage_daily WHERE tenant_id = ANY(?::uuid[]) ORDER BY 1, 2, 3, 4, 5"),
            QStringLiteral(
                "SELECT tenant_id, month, requests, prompt_tokens, completion_tokens, cost_usd, byok_cost_usd "
                "FROM usage_monthly WHERE tenant_id = ANY(?::uuid[]) ORDER BY 1, 2"),
            QStringLiteral("SELECT * FROM usage_daily_model WHERE day >= '2031-05-01' AND day < '2031-06-01' "
                           "AND ?::text IS NOT NULL ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT * FROM usage_hourly_model WHERE hour >= '2031-05-01' AND hour < '2031-06-01' "
                           "AND ?::text IS NOT NULL ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT * FROM usage_monthly_model WHERE month = '2031-05-01' AND ?::text IS NOT NULL "
                           "ORDER BY 1, 2, 3, 4"),
        };
        QStringList out;
        for (const QString& sql : queries) {
            const PgResult rows = TestServers::exec(m_pg.get(), sql, {ids});
            if (!rows.ok())
                return {rows.error};
            for (const QVariantList& row : rows.rows) {
                QStringList cells;
                for (const QVariant& cell : row)
                    cells << cell.toString();
                out << cells.join(u'|');
            }
            out << QStringLiteral("--");
        }
        return out;
    }

    // The platform's periodic refresh folds in only what arrived since its last run, and ends exactly where
    // a full recompute from the events ends: same rows, same tenant counts, across a UTC midnight, two
    // tenants on one model, BYOK and not, in one-row and many-row statements, in two rounds.
    void incrementalApplyEqualsTheFullRecompute()
    {
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT ensure_usage_partitions('2031-05-01', '2031-05-31')"))
                .ok());
        const int suffix = QRandomGenerator::global()->bounded(1000000);
        const QStringList tenants = {createTenant(QStringLiteral("ts-incr-a-%1").arg(suffix)),
                                     createTenant(QStringLiteral("ts-incr-b-%1").arg(suffix))};
        QVERIFY(!tenants.contains(QString()));
        // Whatever another run left pending in that month goes first, so this one starts from nothing.
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2031-05-01', '2031-05-31')"))
                .ok());
        const auto apply = [this] {
            const PgResult applied = TestServers::exec(m_pg.get(), QStringLiteral("SELECT apply_usage_events()"));
            QVERIFY2(applied.ok(), qPrintable(applied.error));
        };
        // Round one.
        addEvent(tenants.at(0), QStringLiteral("2031-05-10 23:59:59+00"), QStringLiteral("gpt-4o-mini"), 100, 10);
        addEvent(tenants.at(0), QStringLiteral("2031-05-11 00:00:00+00"), QStringLiteral("gpt-4o-mini"), 200, 20);
        addEvent(tenants.at(1), QStringLiteral("2031-05-11 00:30:00+00"), QStringLiteral("gpt-4o-mini"), 300, 30, true);
        const PgResult batch = TestServers::exec(
            m_pg.get(),
            QStringLiteral(
                "INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, completion_tokens, "
                "cost_usd, byok) SELECT t::uuid, '2031-05-11 08:00+00'::timestamptz + g * interval '1 minute', "
                "'claude-sonnet-4', 'anthropic', 1000 + g, 50, 0.00123456 * g, g % 2 = 0 "
                "FROM unnest(?::text[]) t CROSS JOIN generate_series(1, 90) g"),
            {QStringLiteral("{%1}").arg(tenants.join(u','))});
        QVERIFY2(batch.ok() && batch.rowsAffected == 180, qPrintable(batch.error));
        const PgResult pending = TestServers::exec(
            m_pg.get(), QStringLiteral("SELECT count(*) FROM usage_rollup_pending WHERE hour >= '2031-05-01'"));
        QVERIFY(pending.scalar().toInt() > 0);
        apply();
        QCOMPARE(TestServers::exec(
                     m_pg.get(), QStringLiteral("SELECT count(*) FROM usage_rollup_pending WHERE hour >= '2031-05-01'"))
                     .scalar()
                     .toInt(),
                 0);
        const QStringList incremental = rollupsOf2031May(tenants);
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2031-05-01', '2031-05-31')"))
                .ok());
        const QStringList full = rollupsOf2031May(tenants);
        QVERIFY2(incremental.size() > 10, qPrintable(incremental.join(u'\n')));
        QCOMPARE(incremental, full);

        // Round two, on top: more of the same keys and new ones (a new day, a tenant new to a model).
        addEvent(tenants.at(1), QStringLiteral("2031-05-11 09:15:00+00"), QStringLiteral("gpt-4o-mini"), 5, 5);
        addEvent(tenants.at(1), QStringLiteral("2031-05-20 12:00:00+00"), QStringLiteral("claude-sonnet-4"), 7, 7);
        addEvent(tenants.at(0), QStringLiteral("2031-05-20 12:00:00+00"), QStringLiteral("claude-3-5-haiku"), 9, 9);
        // A key known on one of its days and new on another (not new in the month), and a key new on two
        // days of one apply (new in the month once).
        addEvent(tenants.at(1), QStringLiteral("2031-05-25 08:00:00+00"), QStringLiteral("gpt-4o-mini"), 3, 3);
        addEvent(tenants.at(0), QStringLiteral("2031-05-26 08:00:00+00"), QStringLiteral("gpt-4o"), 4, 4);
        addEvent(tenants.at(0), QStringLiteral("2031-05-27 08:00:00+00"), QStringLiteral("gpt-4o"), 4, 4);
        apply();
        const QStringList incrementalAgain = rollupsOf2031May(tenants);
        QVERIFY(incrementalAgain != full);
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2031-05-01', '2031-05-31')"))
                .ok());
        QCOMPARE(incrementalAgain, rollupsOf2031May(tenants));

        // A full recompute takes the pending rows of its range with it: nothing is counted twice.
        addEvent(tenants.at(0), QStringLiteral("2031-05-21 10:00:00+00"), QStringLiteral("gpt-4o-mini"), 11, 11);
        QVERIFY(
            TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2031-05-21', '2031-05-21')"))
                .ok());
        const QStringList afterRefresh = rollupsOf2031May(tenants);
        apply();
        QCOMPARE(rollupsOf2031May(tenants), afterRefresh);

        TestServers::exec(m_pg.get(),
                          QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ANY(?::uuid[])"),
                          {QStringLiteral("{%1}").arg(tenants.join(u','))});
        TestServers::exec(m_pg.get(), QStringLiteral("SELECT refresh_usage_rollups('2031-05-01', '2031-05-31')"));
        TestServers::exec(m_pg.get(),
                          QStringLiteral("DELETE FROM tenants WHERE id = ANY(?::uuid[])"),
                          {QStringLiteral("{%1}").arg(tenants.join(u','))});
    }

    void marginIsExactDecimalArithmetic()
    {
        CostRepository costs(m_pg.get());
        const auto rows = wait(costs.breakdown(QDate(2026, 2, 1), CostGrouping::Tenant));
        QVERIFY2(rows.ok(), qPrintable(rows.error));
        const auto it = std::find_if(
            rows.value.begin(), rows.value.end(), [this](const CostRow& r) { return r.key == m_tenant; });
        QVERIFY(it != rows.value.end());
        // February: 3,500 + 2,200 + 600 + 2,490,000 = 2,496,300 tokens; 496,300 over the 2,000,000 included at
        // $0.02 per 1,000 = $9.926 -> $9.93; revenue $49.00 + $9.93.
        QCOMPARE(it->tokens, 2496300);
        QCOMPARE(*it->revenueUsd, QStringLiteral("58.93"));
        const PgResult cost = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT sum(cost_usd) FILTER (WHERE NOT byok)::text, sum(cost_usd) FILTER (WHERE "
                           "byok)::text FROM usage_events "
                           "WHERE tenant_id = ?::uuid AND ts >= '2026-02-01 00:00+00' AND ts < '2026-03-01 00:00+00'"),
            {m_tenant});
        QCOMPARE(Decimal::compare(it->platformCostUsd, cost.rows.first().at(0).toString()), 0);
        QCOMPARE(Decimal::compare(it->byokCostUsd, cost.rows.first().at(1).toString()), 0);
        QCOMPARE(Decimal::compare(*it->marginUsd,
                                  Decimal::subtract(QStringLiteral("58.93"), cost.rows.first().at(0).toString())),
                 0);

        // Totals are the sum of the rows, exactly.
        const auto totals = wait(costs.totals(QDate(2026, 2, 1)));
        QVERIFY2(totals.ok(), qPrintable(totals.error));
        QString revenue = QStringLiteral("0");
        for (const CostRow& row : rows.value)
            revenue = Decimal::add(revenue, *row.revenueUsd);
        QCOMPARE(Decimal::compare(totals.value.revenueUsd, revenue), 0);
    }

    void costsByModelAndProviderAddUp()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate month(today.year(), today.month(), 1);
        CostRepository costs(m_pg.get());
        const PgResult raw = TestServers::exec(
            m_pg.get(),
            QStringLiteral(
                "SELECT sum(cost_usd)::text FROM usage_events WHERE ts >= ?::date::timestamp AT TIME ZONE 'UTC' "
                "AND ts < (?::date + interval '1 month')::timestamp AT TIME ZONE 'UTC'"),
            {month.toString(Qt::ISODate), month.toString(Qt::ISODate)});
        for (CostGrouping grouping :
             {CostGrouping::Model, CostGrouping::Provider, CostGrouping::Day, CostGrouping::Tenant}) {
            const auto rows = wait(costs.breakdown(month, grouping));
            QVERIFY2(rows.ok(), qPrintable(rows.error));
            QString sum = QStringLiteral("0");
            for (const CostRow& row : rows.value) {
                sum = Decimal::add(sum, row.costUsd);
                QCOMPARE(Decimal::compare(row.costUsd, Decimal::add(row.byokCostUsd, row.platformCostUsd)), 0);
            }
            QVERIFY2(Decimal::compare(sum, raw.scalar().toString()) == 0,
                     qPrintable(CostRepository::groupingName(grouping) + u' ' + sum + u' ' + raw.scalar().toString()));
        }
    }

    void tenantPagesAddUpToTheWholeList()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate month(today.year(), today.month(), 1);
        CostRepository costs(m_pg.get());
        const auto all = wait(costs.breakdown(month, CostGrouping::Tenant));
        QVERIFY2(all.ok(), qPrintable(all.error));
        QVERIFY(all.value.size() > 150);
        QVector<CostRow> paged;
        for (int offset = 0;; offset += 50) {
            const auto page = wait(costs.breakdown(month, CostGrouping::Tenant, 50, offset));
            QVERIFY2(page.ok(), qPrintable(page.error));
            paged += page.value;
            if (page.value.size() < 50)
                break;
        }
        QCOMPARE(paged.size(), all.value.size()); // tenants without traffic this month included
        for (int i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged.at(i).key, all.value.at(i).key);
            QCOMPARE(*paged.at(i).marginUsd, *all.value.at(i).marginUsd);
        }
        const auto top = wait(costs.breakdown(month, CostGrouping::Tenant, 100));
        QCOMPARE(top.value.size(), 100);
        QCOMPARE(top.value.first().key, all.value.first().key);
        QCOMPARE(top.value.last().key, all.value.at(99).key);
    }

    // Migration 013 gives tenant_margins two paths (a page from the month's most expensive tenants, read
    // from an index; everyone by the full join); every column of every row, as text, is what the earlier
    // definition (migration 006) gave, for every size of "top" around the number of tenants with traffic
    // (each side of the switch between the paths), this month and a past one.
    void marginsFromTheTopEqualTheEarlierDefinition()
    {
        const PgResult created = TestServers::exec(m_pg.get(), QStringLiteral(R"(
CREATE FUNCTION pg_temp.tenant_margins_006(p_month date, p_top integer DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, status text, requests bigint, tokens bigint,
               included_tokens bigint, overage_tokens bigint, revenue_usd numeric, cost_usd numeric,
               platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric)
LANGUAGE sql STABLE AS $$
    SELECT t.id, t.name, t.plan_id, t.status, coalesce(m.requests, 0)::bigint, x.tokens, x.included,
           y.overage_tokens, r.revenue, coalesce(m.cost_usd, 0), coalesce(m.cost_usd - m.byok_cost_usd, 0),
           coalesce(m.byok_cost_usd, 0), r.revenue - coalesce(m.cost_usd - m.byok_cost_usd, 0)
    FROM tenants t
    JOIN plans p ON p.id = t.plan_id
    LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now())
    LEFT JOIN usage_monthly m ON m.tenant_id = t.id AND m.month = date_trunc('month', p_month)::date
    CROSS JOIN LATERAL (SELECT coalesce(m.prompt_tokens + m.completion_tokens, 0)::bigint AS tokens,
                               coalesce(o.included_tokens, p.included_tokens) AS included) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.included IS NULL THEN 0
                                    ELSE greatest(0, x.tokens - x.included) END::bigint AS overage_tokens) y
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'active'
                                    THEN p.base_price + round(y.overage_tokens * p.overage_per_1k / 1000, 2)
                                    ELSE 0 END AS revenue) r
    WHERE p_top IS NULL
       OR p_top >= (SELECT count(*) FROM usage_monthly u WHERE u.month = date_trunc('month', p_month)::date)
       OR t.id IN (SELECT u.tenant_id FROM usage_monthly u WHERE u.month = date_trunc('month', p_month)::date
                   ORDER BY u.cost_usd DESC LIMIT p_top)
    ORDER BY coalesce(m.cost_usd, 0) DESC, t.id
$$)"));
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const QDate month : {QDate(today.year(), today.month(), 1), QDate(2026, 2, 1)}) {
            const QString first = month.toString(Qt::ISODate);
            const int withTraffic
                = TestServers::exec(
                      m_pg.get(), QStringLiteral("SELECT count(*) FROM usage_monthly WHERE month = ?::date"), {first})
                      .scalar()
                      .toInt();
            QVERIFY(withTraffic > 0);
            QVariantList tops{QVariant(), 1, 7, withTraffic, withTraffic + 3, 100000};
            if (withTraffic > 1)
                tops << withTraffic - 1; // the last page the top path answers
            for (const QVariant& top : std::as_const(tops)) {
                // The rows in order, each as one text; the earlier definition may return more rows than
                // "top" (all tenants once top reaches the tenants with traffic), so the first ones count.
                const QString rowsOf
                    = QStringLiteral("SELECT string_agg(m::text, E'\n' ORDER BY ordinality) FROM %1(?::date, ?::int) "
                                     "WITH ORDINALITY m WHERE ordinality <= coalesce(?::int, 1000000)");
                const PgResult now
                    = TestServers::exec(m_pg.get(), rowsOf.arg(QStringLiteral("tenant_margins")), {first, top, top});
                const PgResult before = TestServers::exec(
                    m_pg.get(), rowsOf.arg(QStringLiteral("pg_temp.tenant_margins_006")), {first, top, top});
                QVERIFY2(now.ok() && before.ok(), qPrintable(now.error + before.error));
                QVERIFY2(!now.scalar().toString().isEmpty(),
                         qPrintable(QStringLiteral("%1, top %2: no rows").arg(first, top.toString())));
                QVERIFY2(now.scalar().toString() == before.scalar().toString(),
                         qPrintable(QStringLiteral("%1, top %2").arg(first, top.toString())));
            }
        }
    }

    // tenant_margin_totals (migration 013) is the sum of tenant_margins' rows, value for value, as text:
    // this month and a past one, for staff and for a tenant admin (row-level security on both).
    void marginTotalsAreTheSumOfTheRows()
    {
        const auto tenantAdmin = tenantAdminOfTheTestTenant(QStringLiteral("ts_test_totals"));
        QVERIFY(tenantAdmin);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (PgSession* session : {m_pg.get(), tenantAdmin.get()}) {
            for (const QDate month : {QDate(today.year(), today.month(), 1), QDate(2026, 2, 1)}) {
                const QVariantList first{month.toString(Qt::ISODate)};
                const PgResult summed = TestServers::exec(
                    session,
                    QStringLiteral(
                        "SELECT concat_ws(' ', coalesce(sum(revenue_usd), 0), coalesce(sum(platform_cost_usd), "
                        "0), coalesce(sum(byok_cost_usd), 0), coalesce(sum(margin_usd), 0), count(*), "
                        "count(*) FILTER (WHERE margin_usd < 0)) FROM tenant_margins(?::date, NULL)"),
                    first);
                const PgResult totals = TestServers::exec(
                    session,
                    QStringLiteral("SELECT concat_ws(' ', revenue_usd, platform_cost_usd, byok_cost_usd, margin_usd, "
                                   "tenants, negative_margin_tenants) FROM tenant_margin_totals(?::date)"),
                    first);
                QVERIFY2(summed.ok() && totals.ok(), qPrintable(summed.error + totals.error));
                QCOMPARE(totals.scalar().toString(), summed.scalar().toString());
            }
        }
        // The tenant admin's totals cover its one tenant; the staff's every tenant, some losing money.
        const auto mine = wait(CostRepository(tenantAdmin.get()).totals(QDate(2026, 2, 1)));
        QVERIFY2(mine.ok(), qPrintable(mine.error));
        QCOMPARE(mine.value.tenants, 1);
        const auto all = wait(CostRepository(m_pg.get()).totals(QDate(2026, 2, 1)));
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.value.tenants,
                 TestServers::exec(m_pg.get(), QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt());
    }

    // The kept totals of a month (migration 014) against the computation over every tenant, as text; empty
    // when they agree and the kept row is in use (present, not stale, still valid).
    QString keptTotalsDiffer(const QString& month)
    {
        const PgResult compared = TestServers::exec(
            m_pg.get(),
            QStringLiteral(
                "SELECT concat_ws(' ', s.revenue_usd, s.platform_cost_usd, s.byok_cost_usd, s.tenants, "
                "s.negative_margin_tenants), concat_ws(' ', c.revenue_usd, c.platform_cost_usd, c.byok_cost_usd, "
                "c.tenants, c.negative_margin_tenants), s.stale OR coalesce(s.valid_until <= now(), false) "
                "FROM tenant_margin_month_totals s CROSS JOIN LATERAL tenant_margin_totals_computed(s.month) c "
                "WHERE s.month = ?::date"),
            {month});
        if (!compared.ok())
            return compared.error;
        if (compared.rows.isEmpty())
            return QStringLiteral("no kept row for ") + month;
        const QVariantList& row = compared.rows.first();
        if (row.at(2).toBool())
            return QStringLiteral("the kept row is stale or expired");
        return row.at(0) == row.at(1)
            ? QString()
            : QStringLiteral("kept %1, computed %2").arg(row.at(0).toString(), row.at(1).toString());
    }

    // Every change that moves a month's margin totals keeps the kept row exact: usage folded in, a tenant
    // created, moved to another plan, suspended, deleted; a plan or an override changed (stale, computed
    // until the next apply rebuilds it); an override that expires (the row's validity ends with it).
    void keptMarginTotalsFollowEveryChange()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString month = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
        const auto run = [this](const QString& sql, const QVariantList& params = {}) {
            const PgResult result = TestServers::exec(m_pg.get(), sql, params);
            if (!result.ok())
                qWarning("%s: %s", qPrintable(sql), qPrintable(result.error));
            return result;
        };
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok()); // rebuilds what needs it
        QCOMPARE(keptTotalsDiffer(month), QString());

        const int suffix = QRandomGenerator::global()->bounded(1000000);
        const QString tenant = createTenant(QStringLiteral("ts-kept-%1").arg(suffix));
        QVERIFY(!tenant.isEmpty());
        QCOMPARE(keptTotalsDiffer(month), QString());
        // Usage: a new monthly row, then an update of it, with overage on the starter plan.
        addEvent(
            tenant, today.toString(Qt::ISODate) + QStringLiteral(" 00:00:01+00"), QStringLiteral("gpt-4o"), 900, 90);
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        addEvent(tenant,
                 today.toString(Qt::ISODate) + QStringLiteral(" 00:00:02+00"),
                 QStringLiteral("gpt-4o-mini"),
                 2500000,
                 10);
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        // The tenant's plan and status.
        const QString otherPlan
            = run(QStringLiteral("SELECT id FROM plans WHERE id <> 'starter' ORDER BY id LIMIT 1")).scalar().toString();
        QVERIFY(!otherPlan.isEmpty());
        QVERIFY(run(QStringLiteral("UPDATE tenants SET plan_id = ? WHERE id = ?::uuid"), {otherPlan, tenant}).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        QVERIFY(run(QStringLiteral("UPDATE tenants SET status = 'suspended' WHERE id = ?::uuid"), {tenant}).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        QVERIFY(run(QStringLiteral("UPDATE tenants SET status = 'active', plan_id = 'starter' WHERE id = ?::uuid"),
                    {tenant})
                    .ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        // A recompute of today (deletes and inserts monthly rows).
        QVERIFY(run(QStringLiteral("SELECT refresh_usage_rollups(?::date, ?::date)"),
                    {today.toString(Qt::ISODate), today.toString(Qt::ISODate)})
                    .ok());
        QCOMPARE(keptTotalsDiffer(month), QString());

        // An override: stale until the next apply, and the read computes meanwhile.
        QVERIFY(
            run(QStringLiteral("INSERT INTO tenant_limit_overrides (tenant_id, included_tokens, reason, expires_at) "
                               "VALUES (?::uuid, 100, 'kept totals test', now() + interval '3 seconds')"),
                {tenant})
                .ok());
        QCOMPARE(keptTotalsDiffer(month), QStringLiteral("the kept row is stale or expired"));
        const auto totalsText = [&] {
            return run(QStringLiteral("SELECT concat_ws(' ', revenue_usd, platform_cost_usd, byok_cost_usd, tenants, "
                                      "negative_margin_tenants) FROM tenant_margin_totals(?::date)"),
                       {month})
                .scalar()
                .toString();
        };
        const auto computedText = [&] {
            return run(QStringLiteral("SELECT concat_ws(' ', revenue_usd, platform_cost_usd, byok_cost_usd, tenants, "
                                      "negative_margin_tenants) FROM tenant_margin_totals_computed(?::date)"),
                       {month})
                .scalar()
                .toString();
        };
        QCOMPARE(totalsText(), computedText());
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        const QString withOverride = totalsText();
        // The override expires: the kept row stops being used at that moment.
        QTest::qWait(3500);
        QCOMPARE(keptTotalsDiffer(month), QStringLiteral("the kept row is stale or expired"));
        QCOMPARE(totalsText(), computedText());
        QVERIFY(totalsText() != withOverride);
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());

        // The kept row is what staff read: a wrong kept row shows (for this check only), while a tenant
        // admin's totals are still computed from its own rows.
        const QString password = TestServers::randomSecret();
        const QString login
            = TestServers::createLogin(m_pg.get(), QStringLiteral("ts_test_kept"), QStringLiteral("finance"), password);
        QVERIFY(!login.isEmpty());
        m_logins << login;
        PgConfig config = TestServers::adminProfile().pg;
        config.user = login;
        PgSession finance(config, password);
        finance.open();
        const auto tenantAdmin = tenantAdminOfTheTestTenant(QStringLiteral("ts_test_kept_admin"));
        QVERIFY(tenantAdmin);
        const auto adminTenants
            = [&] { return wait(CostRepository(tenantAdmin.get()).totals(QDate::fromString(month, Qt::ISODate))); };
        QVERIFY(
            run(QStringLiteral("UPDATE tenant_margin_month_totals SET tenants = tenants + 1000 WHERE month = ?::date"),
                {month})
                .ok());
        const auto seen = wait(CostRepository(&finance).totals(QDate::fromString(month, Qt::ISODate)));
        QVERIFY2(seen.ok(), qPrintable(seen.error));
        QCOMPARE(seen.value.tenants, run(QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt() + 1000);
        const auto own = adminTenants();
        QVERIFY2(own.ok(), qPrintable(own.error));
        QCOMPARE(own.value.tenants, 1);
        QVERIFY(!keptTotalsDiffer(month).isEmpty());
        QVERIFY(run(QStringLiteral("UPDATE tenant_margin_month_totals SET stale = true")).ok());
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());

        // Deleted (with its usage).
        QVERIFY(run(QStringLiteral("DELETE FROM tenant_limit_overrides WHERE tenant_id = ?::uuid"), {tenant}).ok());
        QVERIFY(run(QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {tenant}).ok());
        QVERIFY(run(QStringLiteral("SELECT refresh_usage_rollups(?::date, ?::date)"),
                    {today.toString(Qt::ISODate), today.toString(Qt::ISODate)})
                    .ok());
        QVERIFY(run(QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        QVERIFY(run(QStringLiteral("DELETE FROM tenants WHERE id = ?::uuid"), {tenant}).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
    }

    // A tenant's change and its usage's change in two transactions at once: the second to take the kept
    // totals' lock sees the first's committed change, so the two differences add up to the true one.
    void keptMarginTotalsStayExactUnderConcurrentChanges()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString month = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
        QVERIFY(TestServers::exec(m_pg.get(), QStringLiteral("SELECT apply_usage_events()")).ok());
        QCOMPARE(keptTotalsDiffer(month), QString());
        const QString tenant
            = createTenant(QStringLiteral("ts-kept-race-%1").arg(QRandomGenerator::global()->bounded(1000000)));
        QVERIFY(!tenant.isEmpty());
        addEvent(tenant,
                 today.toString(Qt::ISODate) + QStringLiteral(" 00:00:03+00"),
                 QStringLiteral("gpt-4o-mini"),
                 2500000,
                 10);

        auto changer = TestServers::adminPg();
        QVERIFY(TestServers::exec(changer.get(), QStringLiteral("BEGIN")).ok());
        QVERIFY(TestServers::exec(changer.get(),
                                  QStringLiteral("UPDATE tenants SET status = 'suspended' WHERE id = ?::uuid"),
                                  {tenant})
                    .ok());
        // The apply waits for the changer's lock...
        auto applier = TestServers::adminPg();
        QFuture<PgResult> applied = applier->query(QStringLiteral("SELECT apply_usage_events()"));
        QTest::qWait(500);
        QVERIFY(!applied.isFinished());
        // ...and, once it commits, values the tenant's new usage at its new status.
        QVERIFY(TestServers::exec(changer.get(), QStringLiteral("COMMIT")).ok());
        QVERIFY(awaitFuture(applied, 60000));
        QVERIFY2(applied.result().ok(), qPrintable(applied.result().error));
        QCOMPARE(keptTotalsDiffer(month), QString());

        TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {tenant});
        TestServers::exec(m_pg.get(),
                          QStringLiteral("SELECT refresh_usage_rollups(?::date, ?::date)"),
                          {today.toString(Qt::ISODate), today.toString(Qt::ISODate)});
        TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM tenants WHERE id = ?::uuid"), {tenant});
        QCOMPARE(keptTotalsDiffer(month), QString());
    }

    // The month is a constant of the statement (migration 016): no condition of the margin functions'
    // plans computes date_trunc for each row, as the stable timestamptz version did before.
    void theMonthIsComputedOncePerStatement()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString month = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral("EXPLAIN SELECT * FROM tenant_margins(?::date, ?::int)"), {month, QVariant()}},
            {QStringLiteral("EXPLAIN SELECT * FROM tenant_margins(?::date, ?::int)"), {month, 500}},
            {QStringLiteral("EXPLAIN SELECT * FROM tenant_margin_totals_computed(?::date)"), {month}},
        };
        for (const auto& [sql, params] : statements) {
            const PgResult plan = TestServers::exec(m_pg.get(), sql, params);
            QVERIFY2(plan.ok(), qPrintable(plan.error));
            bool sawMonth = false;
            for (const QVariantList& row : plan.rows) {
                const QString line = row.first().toString();
                if (!line.contains(QLatin1String("Filter:")) && !line.contains(QLatin1String("Cond:")))
                    continue;
                QVERIFY2(!line.contains(QLatin1String("date_trunc")), qPrintable(sql + QStringLiteral(": ") + line));
                sawMonth = sawMonth || line.contains(QStringLiteral("month = '%1'::date").arg(month));
            }
            QVERIFY2(sawMonth, qPrintable(sql));
        }
    }

    void tenantAdminSeesOnlyItsOwnNumbers()
    {
        const auto session = tenantAdminOfTheTestTenant(QStringLiteral("ts_test_usage"));
        QVERIFY(session);
        PgSession& pg = *session;
        UsageRepository usage(&pg, m_redis.get());
        const auto own = wait(usage.series({m_tenant, QDate(2026, 2, 1), QDate(2026, 2, 28), UsageResolution::Day}));
        QVERIFY2(own.ok() && !own.value.points.isEmpty(), qPrintable(own.error));
        const PgResult other = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT tenant_id::text FROM usage_monthly WHERE tenant_id <> ?::uuid LIMIT 1"),
            {m_tenant});
        const auto denied = wait(
            usage.series({other.scalar().toString(), QDate(2026, 1, 1), QDate(2026, 12, 31), UsageResolution::Month}));
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error.contains(QLatin1String("not permitted")), qPrintable(denied.error));
        // All tenants' summaries are not a tenant admin's to read.
        const auto all = wait(usage.series({QString(), QDate(2026, 2, 1), QDate(2026, 2, 28), UsageResolution::Day}));
        QVERIFY(!all.ok());
        QVERIFY2(all.error.contains(QLatin1String("Not permitted")), qPrintable(all.error));

        CostRepository costs(&pg);
        const auto tenants = wait(costs.breakdown(QDate(2026, 2, 1), CostGrouping::Tenant));
        QVERIFY2(tenants.ok(), qPrintable(tenants.error));
        QCOMPARE(tenants.value.size(), 1);
        QCOMPARE(tenants.value.first().key, m_tenant);
        const auto models = wait(costs.breakdown(QDate(2026, 2, 1), CostGrouping::Model));
        QVERIFY2(models.ok(), qPrintable(models.error)); // from its own rows
        QString sum = QStringLiteral("0");
        for (const CostRow& row : models.value)
            sum = Decimal::add(sum, row.costUsd);
        QCOMPARE(Decimal::compare(sum, tenants.value.first().costUsd), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsageCosts)
#include "TestUsageCosts.moc"
