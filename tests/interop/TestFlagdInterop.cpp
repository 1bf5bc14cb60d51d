#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/AiConfigOperations.h>
#include <models/operations/Operations.h>
#include <net/PgSession.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// TenantScope's OpenFeature flagd export, served by flagd's own evaluation engine (@openfeature/flagd-core,
// from npm, in Node): it passes flagd's strict schema validation, and every flag evaluates for every tenant
// exactly as PostgreSQL's ai_effective_config does, for each kind of rollout the demo plants (a percentage,
// plans, a tenant list, every tenant, off). A tampered export is caught, so the comparison is live.
class TestFlagdInterop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<PgSession> m_admin;
    QTemporaryDir m_dir;

    struct NodeRun
    {
        int exitCode = -1;
        QJsonObject summary;
        QByteArray errors;
    };

    NodeRun evaluate(const QString& flagSet, const QString& expected)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("flagd_interop.mjs"), flagSet, expected});
        if (!node.waitForFinished(60000))
            node.kill();
        NodeRun run;
        run.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
        run.summary = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        run.errors = node.readAllStandardError();
        return run;
    }

    static bool write(const QString& path, const QJsonObject& json)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_admin = TestServers::adminPg();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_services->connectAll();
    }

    void flagdServesExactlyWhatPostgresEvaluates()
    {
        const QString flagSetPath = m_dir.filePath(QStringLiteral("flags.flagd.json"));
        auto written = m_services->aiConfigOperations()->writeFlagdExport(flagSetPath);
        QVERIFY(awaitFuture(written, 60000));
        QVERIFY2(written.result().ok(), qPrintable(written.result().error));
        // Every kind of rollout is in the set being checked.
        const PgResult kinds = TestServers::exec(
            m_admin.get(),
            QStringLiteral(
                "SELECT count(DISTINCT CASE WHEN NOT enabled THEN 'off' ELSE rollout END) FROM feature_flags"));
        QCOMPARE(kinds.scalar().toInt(), 5);

        const PgResult expected = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT json_object_agg(id, ai_effective_config(id) -> 'flags')::text, count(*) * "
                           "(SELECT count(*) FROM feature_flags) FROM tenants"));
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        const QString expectedPath = m_dir.filePath(QStringLiteral("expected.json"));
        QVERIFY(write(expectedPath, QJsonDocument::fromJson(expected.scalar().toString().toUtf8()).object()));

        const NodeRun run = evaluate(flagSetPath, expectedPath);
        qInfo("flagd-core: %s", QJsonDocument(run.summary).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(run.exitCode == 0, run.errors.constData());
        QCOMPARE(run.summary.value(QStringLiteral("mismatched")).toInt(-1), 0);
        QCOMPARE(run.summary.value(QStringLiteral("flags")).toInt(), written.result().value);
        QCOMPARE(qint64(run.summary.value(QStringLiteral("evaluations")).toInteger()),
                 expected.rows.first().at(1).toLongLong());

        // One tenant dropped from the percentage rollout's list: flagd-core must disagree for exactly it.
        QFile file(flagSetPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject flagSet = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject flags = flagSet.value(QStringLiteral("flags")).toObject();
        QJsonObject rag = flags.value(QStringLiteral("rag-v2")).toObject();
        QJsonObject targeting = rag.value(QStringLiteral("targeting")).toObject();
        QJsonArray ifRule = targeting.value(QStringLiteral("if")).toArray();
        QJsonObject in = ifRule.at(0).toObject();
        QJsonArray args = in.value(QStringLiteral("in")).toArray();
        QJsonArray tenants = args.at(1).toArray();
        QVERIFY(!tenants.isEmpty());
        tenants.removeFirst();
        args[1] = tenants;
        in[QStringLiteral("in")] = args;
        ifRule[0] = in;
        targeting[QStringLiteral("if")] = ifRule;
        rag[QStringLiteral("targeting")] = targeting;
        flags[QStringLiteral("rag-v2")] = rag;
        flagSet[QStringLiteral("flags")] = flags;
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
        QVERIFY(write(tampered, flagSet));
        const NodeRun caught = evaluate(tampered, expectedPath);
        QCOMPARE(caught.exitCode, 1);
        QCOMPARE(caught.summary.value(QStringLiteral("mismatched")).toInt(), 1);

        // Not a flag set flagd accepts: refused by its schema validation.
        flagSet[QStringLiteral("flags")]
            = QJsonObject{{QStringLiteral("broken"), QJsonObject{{QStringLiteral("state"), QStringLiteral("MAYBE")}}}};
        QVERIFY(write(tampered, flagSet));
        QVERIFY(evaluate(tampered, expectedPath).exitCode != 0);
    }
};

QTEST_MAIN(TestFlagdInterop)
#include "TestFlagdInterop.moc"
