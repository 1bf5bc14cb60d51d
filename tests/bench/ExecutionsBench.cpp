// The Executions and Queues pages: what they ask of the servers, each against a baseline measured in the
// same run. Builds its own 10,000-node execution and 49 extra queues, and removes them afterwards.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/executions/ExecutionRepository.h>
#include <models/executions/TraceModel.h>
#include <models/queues/QueueRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/executions/TraceView.h>

#include "BenchSupport.h"

#include <QApplication>
#include <QDateTime>
#include <QPixmap>
#include <QTableView>

int runExecutionsBench()
{
    using namespace Bench;
    auto pg = TestServers::adminPg();
    auto redis = TestServers::adminRedis();
    ExecutionRepository repository(pg.get());
    const qint64 executionCount
        = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM executions")).scalar().toLongLong();
    const qint64 failedCount
        = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed'"))
              .scalar()
              .toLongLong();
    const QJsonObject data{{QStringLiteral("executions"), double(executionCount)},
                           {QStringLiteral("failed"), double(failedCount)}};
    const int runs = 50;
    const Stats bare = measure(runs, [&] { TestServers::exec(pg.get(), QStringLiteral("SELECT 1")); });
    const auto list = [&](const ExecutionRepository::Filter& filter) {
        auto future = repository.list(filter);
        awaitFuture(future);
        if (!future.result().ok())
            qFatal("%s", qPrintable(future.result().error));
    };

    // The first screen: the newest 200, all tenants.
    ExecutionRepository::Filter first;
    first.limit = 200;
    report(QStringLiteral("executions.first_screen"),
           measure(runs, [&] { list(first); }),
           QStringLiteral("round_trip_select_1"),
           bare,
           data);

    // Error-text search across tenants ("429"), through the trigram index, against the same query with
    // index scans switched off (what a table without the index costs).
    ExecutionRepository::Filter search;
    search.errorText = QStringLiteral("Too Many Requests");
    search.limit = 200;
    const Stats searched = measure(runs, [&] { list(search); });
    const QString plainSql
        = QStringLiteral("SELECT e.id FROM executions e WHERE e.error_message ILIKE '%Too Many Requests%' "
                         "ORDER BY e.created_at DESC, e.id DESC LIMIT 200");
    const Stats noIndex = measure(10, [&] {
        auto future = pg->transaction({{QStringLiteral("SET LOCAL enable_bitmapscan = off"), {}},
                                       {QStringLiteral("SET LOCAL enable_indexscan = off"), {}},
                                       {plainSql, {}}});
        awaitFuture(future);
    });
    report(QStringLiteral("executions.error_search"),
           searched,
           QStringLiteral("same_search_without_index_scans"),
           noIndex,
           data);
    // "All 429s in the last hour" and the failures of the last 7 days grouped by cause.
    ExecutionRepository::Filter lastHour = search;
    lastHour.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    report(QStringLiteral("executions.error_search_last_hour"),
           measure(runs, [&] { list(lastHour); }),
           QStringLiteral("round_trip_select_1"),
           bare,
           data);
    ExecutionRepository::Filter week;
    week.from = QDateTime::currentDateTimeUtc().addDays(-7);
    report(QStringLiteral("executions.failure_groups_7_days"),
           measure(20,
                   [&] {
                       auto future = repository.errorGroups(week);
                       awaitFuture(future);
                   }),
           QStringLiteral("round_trip_select_1"),
           bare,
           data);

    // Scrolling deep: the page after row 100,000 (or 90 % down) by keyset, against OFFSET.
    const qint64 deep = std::min<qint64>(100000, executionCount * 9 / 10);
    const PgResult cursor = TestServers::exec(
        pg.get(),
        QStringLiteral("SELECT created_at::text, id::text FROM executions ORDER BY created_at DESC, id DESC "
                       "OFFSET ? LIMIT 1"),
        {deep});
    ExecutionRepository::Filter deepPage;
    deepPage.beforeCursor = cursor.rows.value(0).value(0).toString();
    deepPage.beforeId = cursor.rows.value(0).value(1).toString();
    deepPage.limit = 200;
    const Stats keyset = measure(runs, [&] { list(deepPage); });
    const Stats offset = measure(10, [&] {
        TestServers::exec(pg.get(),
                          QStringLiteral("SELECT e.id, t.name, w.name FROM executions e JOIN tenants t ON t.id = "
                                         "e.tenant_id JOIN workflows w ON w.id = e.workflow_id ORDER BY e.created_at "
                                         "DESC, e.id DESC OFFSET ? LIMIT 200"),
                          {deep});
    });
    report(QStringLiteral("executions.deep_page_keyset"),
           keyset,
           QStringLiteral("offset_paging"),
           offset,
           QJsonObject{{QStringLiteral("depth"), double(deep)}});

    // A 10,000-node trace: read, modelled and painted in the trace view, against a typical trace.
    const QString big
        = TestServers::exec(pg.get(),
                            QStringLiteral("INSERT INTO executions (tenant_id, workflow_id, status, started_at, "
                                           "finished_at, error_code, error_message) SELECT tenant_id, id, 'failed', "
                                           "now() - interval '1 hour', now(), 'timeout', 'bench' FROM workflows "
                                           "ORDER BY id LIMIT 1 RETURNING id::text"))
              .scalar()
              .toString();
    TestServers::exec(pg.get(),
                      QStringLiteral("INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, "
                                     "status, started_at, finished_at, model, prompt_tokens, completion_tokens, "
                                     "cost_usd, input, output) "
                                     "SELECT e.id, s, e.tenant_id, 'node_' || s, 'llm', CASE WHEN s = 10000 THEN "
                                     "'failed' ELSE 'succeeded' END, e.started_at + s * interval '300 ms', "
                                     "e.started_at + s * interval '300 ms' + interval '250 ms', 'gpt-4o-mini', 300, "
                                     "40, 0.0001, jsonb_build_object('messages', jsonb_build_array(jsonb_build_object("
                                     "'role', 'user', 'content', 'step ' || s))), jsonb_build_object('content', "
                                     "'answer ' || s) FROM executions e, generate_series(1, 10000) s "
                                     "WHERE e.id = ?::uuid"),
                      {big});
    const QString typical = TestServers::exec(pg.get(),
                                              QStringLiteral("SELECT id::text FROM executions WHERE status = 'failed' "
                                                             "AND id <> ?::uuid ORDER BY created_at DESC LIMIT 1"),
                                              {big})
                                .scalar()
                                .toString();
    TraceView view;
    view.resize(1200, 700);
    view.show();
    const auto open = [&](const QString& id) {
        auto future = repository.detail(id);
        awaitFuture(future);
        view.setTrace(future.result().value);
        view.grab(); // paints every visible row, as the first frame would
    };
    const Stats bigTrace = measure(10, [&] { open(big); });
    const Stats smallTrace = measure(10, [&] { open(typical); });
    report(QStringLiteral("executions.open_trace_10000_nodes"),
           bigTrace,
           QStringLiteral("open_trace_typical"),
           smallTrace,
           QJsonObject{{QStringLiteral("nodes"), 10000}});
    // Scrolling it: paint after a jump to the middle and to the end.
    const Stats scroll = measure(20, [&] {
        view.table()->scrollTo(view.model()->index(5000, 0));
        view.grab();
        view.table()->scrollToBottom();
        view.grab();
    });
    report(QStringLiteral("executions.scroll_trace_10000_nodes"),
           scroll,
           QStringLiteral("open_trace_typical"),
           smallTrace);
    TestServers::exec(pg.get(), QStringLiteral("DELETE FROM executions WHERE id = ?::uuid"), {big});

    // Queue counts of 50 queues: one pipelined round trip, against one round trip per command.
    QueueRepository queues(redis.get());
    auto found = queues.discoverQueues();
    awaitFuture(found);
    QStringList names = found.result().value;
    QStringList extra;
    for (int i = 0; names.size() + extra.size() < 50; ++i) {
        const QString name = QStringLiteral("bench-queue-%1").arg(i, 2, 10, QLatin1Char('0'));
        const QByteArray prefix = "bull:" + name.toUtf8() + ':';
        TestServers::redis(redis.get(), {"HSET", prefix + "meta", "opts.maxLenEvents", "10000"});
        TestServers::redis(redis.get(), {"LPUSH", prefix + "wait", "1", "2", "3"});
        TestServers::redis(redis.get(), {"ZADD", prefix + "failed", "1", "4", "2", "5"});
        extra << name;
    }
    names += extra;
    const Stats pipelined = measure(runs, [&] {
        auto future = queues.counts(names);
        awaitFuture(future);
        if (!future.result().ok() || future.result().value.size() != names.size())
            qFatal("queue counts failed");
    });
    const Stats oneByOne = measure(10, [&] {
        for (const QString& name : std::as_const(names))
            for (const QString& state : JobState::all())
                TestServers::redis(redis.get(),
                                   {JobState::isList(state) ? QByteArray("LLEN") : QByteArray("ZCARD"),
                                    "bull:" + name.toUtf8() + ':' + state.toUtf8()});
    });
    report(QStringLiteral("queues.counts_50_queues"),
           pipelined,
           QStringLiteral("one_round_trip_per_command"),
           oneByOne,
           QJsonObject{{QStringLiteral("queues"), int(names.size())},
                       {QStringLiteral("commands"), int(names.size() * (JobState::all().size() + 1))},
                       {QStringLiteral("round_trips"), 1}});
    for (const QString& name : std::as_const(extra))
        for (const char* suffix : {"meta", "wait", "failed"})
            TestServers::redis(redis.get(), {"DEL", "bull:" + name.toUtf8() + ':' + suffix});

    // Per-tenant counts of the demo queue: the first time (every job's data read once) and a refresh.
    QueueRepository fresh(redis.get());
    QElapsedTimer cold;
    cold.start();
    auto firstRead = fresh.tenantCounts(QStringLiteral("workflow-runs"));
    awaitFuture(firstRead);
    const double coldMs = double(cold.nsecsElapsed()) / 1e6;
    const Stats warm = measure(20, [&] {
        auto future = fresh.tenantCounts(QStringLiteral("workflow-runs"));
        awaitFuture(future);
    });
    report(QStringLiteral("queues.tenant_counts_refresh"),
           warm,
           QStringLiteral("round_trip_select_1"),
           bare,
           QJsonObject{{QStringLiteral("first_read_ms"), coldMs},
                       {QStringLiteral("tenants"), int(firstRead.result().value.size())}});
    return 0;
}
