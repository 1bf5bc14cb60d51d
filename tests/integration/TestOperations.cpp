#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/KeyOperations.h>
#include <models/operations/Operations.h>
#include <models/operations/PlanOperations.h>
#include <models/operations/QueueOperations.h>
#include <models/plans/PlanRepository.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/TenantRepository.h>

#include <QJsonArray>
#include <QTest>

// The operations that chain several reads, on demo data: each one's answer equals the steps done by hand
// (so a shell calling it loses nothing), and each refuses what it should with a sentence.
class TestOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_operations;

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }

    QString firstTenant()
    {
        TenantRepository::Page page;
        page.limit = 1;
        const auto tenants = wait(m_operations->tenants()->list(page));
        return tenants.value.isEmpty() ? QString() : tenants.value.constFirst().id;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!TestServers::available(&why))
            QFAIL(qPrintable(why));
        m_operations = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_operations->connectAll();
    }

    void queueOverviewEqualsDiscoveryThenCounts()
    {
        const auto overview = wait(m_operations->queueOperations()->overview());
        QVERIFY2(overview.ok(), qPrintable(overview.error));
        const auto names = wait(m_operations->queues()->discoverQueues());
        QVERIFY(!names.value.isEmpty());
        const auto counts = wait(m_operations->queues()->counts(names.value));
        QCOMPARE(overview.value.size(), counts.value.size());
        for (int i = 0; i < counts.value.size(); ++i) {
            QCOMPARE(overview.value.at(i).queue, counts.value.at(i).queue);
            QCOMPARE(overview.value.at(i).byState, counts.value.at(i).byState);
        }
    }

    void jobsAcrossStatesKeepTheLimitAndTheStateOrder()
    {
        const QString queue = wait(m_operations->queues()->discoverQueues()).value.value(0);
        const auto overview = wait(m_operations->queueOperations()->overview()).value;
        qint64 total = 0;
        for (const QueueCounts& c : overview)
            if (c.queue == queue)
                for (const QString& state : JobState::all())
                    total += c.count(state);
        QVERIFY2(total > 3, "the demo queue needs a few jobs");
        const auto some = wait(m_operations->queueOperations()->jobs(queue, {}, {}, 3));
        QVERIFY2(some.ok(), qPrintable(some.error));
        QCOMPARE(some.value.size(), 3);
        const auto all = wait(m_operations->queueOperations()->jobs(queue, {}, {}, 1000));
        QCOMPARE(qint64(all.value.size()), qMin<qint64>(total, 1000));
        // State by state, in JobState::all()'s order.
        int lastState = -1;
        for (const JobSummary& job : all.value) {
            const int state = int(JobState::all().indexOf(job.state));
            QVERIFY2(state >= lastState, qPrintable(job.state));
            lastState = state;
        }
        const auto failedOnly
            = wait(m_operations->queueOperations()->jobs(queue, {QStringLiteral("failed")}, {}, 1000));
        for (const JobSummary& job : failedOnly.value)
            QCOMPARE(job.state, QStringLiteral("failed"));
    }

    void failedGroupsOfEveryQueueAddUp()
    {
        const auto every = wait(m_operations->queueOperations()->failedGroups({}, {}));
        QVERIFY2(every.ok(), qPrintable(every.error));
        qint64 fromEvery = 0;
        for (const FailedJobGroup& g : every.value)
            fromEvery += g.count;
        qint64 byQueue = 0;
        for (const QString& queue : wait(m_operations->queues()->discoverQueues()).value)
            for (const FailedJobGroup& g : wait(m_operations->queueOperations()->failedGroups(queue, {})).value)
                byQueue += g.count;
        QVERIFY(fromEvery > 0);
        QCOMPARE(fromEvery, byQueue);
    }

    void tenantOverviewHasTheRowAndTheLiveCounters()
    {
        const QString tenant = firstTenant();
        QVERIFY(!tenant.isEmpty());
        const auto overview = wait(m_operations->tenantOverview(tenant));
        QVERIFY2(overview.ok(), qPrintable(overview.error));
        QCOMPARE(overview.value.detail.summary.id, tenant);
        QVERIFY2(overview.value.live.available, qPrintable(overview.value.live.error));
        QVERIFY(overview.value.toJson().contains(QStringLiteral("live")));
        const auto unknown = wait(m_operations->tenantOverview(QStringLiteral("00000000-0000-0000-0000-0000000000ff")));
        QVERIFY(!unknown.ok());
    }

    void changePlanSavesOnlyWhatDiffers()
    {
        PlanOperations& plans = *m_operations->planOperations();
        const auto missing = wait(plans.changePlan(
            QStringLiteral("no-such-plan"), {{QStringLiteral("max_concurrent"), 3}}, QStringLiteral("test")));
        QVERIFY(missing.error.contains(QLatin1String("does not exist")));

        const auto badModel = wait(plans.changePlan(QStringLiteral("starter"),
                                                    {{QStringLiteral("allowed_models"), QJsonArray{QStringLiteral("no-such-model")}}},
                                                    QStringLiteral("test")));
        QVERIFY2(!badModel.ok(), "a model missing from the price table is refused before saving");

        Plan before;
        for (const Plan& p : wait(m_operations->plans()->plans()).value)
            if (p.id == QLatin1String("starter"))
                before = p;
        QVERIFY(before.version > 0);
        const QJsonObject same{
            {QStringLiteral("max_concurrent"), before.fields.value(QStringLiteral("max_concurrent"))}};
        const auto unchanged = wait(plans.changePlan(QStringLiteral("starter"), same, QStringLiteral("test")));
        QVERIFY2(unchanged.ok(), qPrintable(unchanged.error));
        QVERIFY(unchanged.value.diff.isEmpty());

        const int concurrent = before.fields.value(QStringLiteral("max_concurrent")).toInt();
        const QJsonObject changed{{QStringLiteral("max_concurrent"), concurrent + 1}};
        const auto saved
            = wait(plans.changePlan(QStringLiteral("starter"), changed, QStringLiteral("operations test")));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.value.diff.size(), 1);
        QCOMPARE(saved.value.change.saved.version, before.version + 1);
        QVERIFY2(saved.value.change.pushed(), qPrintable(saved.value.change.pushError));
        // Put it back, through the same operation.
        const auto restored = wait(plans.changePlan(
            QStringLiteral("starter"), {{QStringLiteral("max_concurrent"), concurrent}}, QStringLiteral("restore")));
        QVERIFY2(restored.ok(), qPrintable(restored.error));
    }

    void removeOverrideRefusesATenantWithoutOne()
    {
        QString tenant;
        const auto overrides = wait(m_operations->plans()->overrides()).value;
        TenantRepository::Page page;
        page.limit = 50;
        for (const TenantSummary& t : wait(m_operations->tenants()->list(page)).value) {
            bool has = false;
            for (const LimitOverride& o : overrides)
                has = has || o.tenantId == t.id;
            if (!has) {
                tenant = t.id;
                break;
            }
        }
        QVERIFY(!tenant.isEmpty());
        const auto refused = wait(m_operations->planOperations()->removeOverride(tenant, QStringLiteral("test")));
        QCOMPARE(refused.error, QStringLiteral("tenant %1 has no override").arg(tenant));

        // Set one, then remove it: the success path.
        const auto set = wait(m_operations->planOperations()->mergeOverride(
            tenant, {{QStringLiteral("max_concurrent"), 2}}, {}, QStringLiteral("operations test")));
        QVERIFY2(set.ok(), qPrintable(set.error));
        const auto removed = wait(m_operations->planOperations()->removeOverride(tenant, QStringLiteral("test")));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        for (const LimitOverride& o : wait(m_operations->plans()->overrides()).value)
            QVERIFY(o.tenantId != tenant);
    }

    void keysResolveFromTheEnvironmentThenTheKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        KeyOperations keys(QStringLiteral("operations-test"), false);
        const QString secret = TestServers::randomSecret();
        const auto refused = wait(keys.set(QStringLiteral("anthropic"), QStringLiteral("has space"), {}));
        QVERIFY(!refused.ok());
        QVERIFY2(wait(keys.set(QStringLiteral("anthropic"), secret, {})).ok(), "stored");
        qunsetenv("ANTHROPIC_API_KEY");
        auto fromKeychain = wait(keys.resolve(QStringLiteral("anthropic")));
        QVERIFY2(fromKeychain.ok(), qPrintable(fromKeychain.error));
        QCOMPARE(fromKeychain.value.key, secret);
        QCOMPARE(fromKeychain.value.source, QStringLiteral("keychain"));
        qputenv("ANTHROPIC_API_KEY", "from-the-environment");
        const auto fromEnvironment = wait(keys.resolve(QStringLiteral("anthropic")));
        qunsetenv("ANTHROPIC_API_KEY");
        QCOMPARE(fromEnvironment.value.key, QStringLiteral("from-the-environment"));
        QCOMPARE(fromEnvironment.value.source, QStringLiteral("ANTHROPIC_API_KEY"));
        QVERIFY(wait(keys.remove(QStringLiteral("anthropic"))).ok());
        QVERIFY(!wait(keys.resolve(QStringLiteral("anthropic"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "TestOperations.moc"
