#include <DocTable.h>
#include <TestServers.h>
#include <net/PgSession.h>

#include <QTest>

// What PostgreSQL lets each role of the contract do beyond reading its rows, asked of the server: the role
// x function table of docs/security.md (has_function_privilege for every function of the platform schema),
// nobody creating objects where the definer functions resolve names, and the audit log written only by
// the functions that act (forgeries tried under real logins of every role, and the log checked after).
class TestSqlPrivileges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    QStringList m_logins;
    QHash<QString, std::shared_ptr<PgSession>> m_sessions; // by role
    QString m_tenantA; // the tenant admin's
    QString m_tenantB;

    static const QStringList& roles() { return TestServers::roles(); }

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_admin.get(), statement, params);
    }

    PgResult as(const QString& role, const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_sessions.value(role).get(), statement, params);
    }

    qint64 auditCount(const QString& tenant)
    {
        return sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id IS NOT DISTINCT FROM ?::uuid"),
                   {tenant.isEmpty() ? QVariant() : QVariant(tenant)})
            .scalar()
            .toLongLong();
    }

    // audit_redis_action(tenant, action, ...) with a fixed object and reason.
    static QString redisAction()
    {
        return QStringLiteral("SELECT audit_redis_action(?::uuid, ?, 'queue/1', NULL, NULL, 'forgery test')");
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        const PgResult tenants = sql(QStringLiteral("SELECT id::text FROM tenants ORDER BY created_at, id LIMIT 2"));
        QVERIFY2(tenants.rows.size() == 2, "needs two tenants (demo data)");
        m_tenantA = tenants.rows.at(0).at(0).toString();
        m_tenantB = tenants.rows.at(1).at(0).toString();
        for (const QString& role : roles()) {
            const QString password = TestServers::randomSecret();
            const QString login = TestServers::createLogin(m_admin.get(), QStringLiteral("ts_priv"), role, password);
            QVERIFY(!login.isEmpty());
            m_logins << login;
            if (role == QLatin1String("tenant_admin"))
                sql(QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
                    {m_tenantA, login});
            PgConfig config = TestServers::adminProfile().pg;
            config.user = login;
            auto session = std::make_shared<PgSession>(config, password);
            session->open();
            m_sessions.insert(role, session);
            QVERIFY2(as(role, QStringLiteral("SELECT 1")).ok(), qPrintable(role));
        }
    }

    void cleanupTestCase()
    {
        m_sessions.clear();
        for (const QString& login : std::as_const(m_logins)) {
            sql(QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            sql(QStringLiteral("DROP ROLE IF EXISTS ") + login);
        }
    }

    // Every function of the platform schema (not an extension's), with who may execute it. PUBLIC may run
    // none: each role gets exactly what it calls.
    void functionTableMatchesTheDocument()
    {
        const PgResult functions = sql(
            QStringLiteral("SELECT p.oid::regprocedure::text, p.prosecdef, "
                           "       EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
                           "               WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'), "
                           "       has_function_privilege('platform_admin', p.oid, 'EXECUTE'), "
                           "       has_function_privilege('support', p.oid, 'EXECUTE'), "
                           "       has_function_privilege('finance', p.oid, 'EXECUTE'), "
                           "       has_function_privilege('tenant_admin', p.oid, 'EXECUTE') "
                           "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND NOT EXISTS ("
                           "  SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND "
                           "d.deptype = 'e') "
                           "ORDER BY 1"));
        QVERIFY2(functions.ok() && functions.rows.size() > 20, qPrintable(functions.error));
        QString table = QStringLiteral("| Function | runs as | PUBLIC | ") + roles().join(QStringLiteral(" | "))
            + QStringLiteral(" |\n|---|---|---|---|---|---|---|\n");
        QStringList forPublic;
        QHash<QString, int> counts;
        for (const QVariantList& row : functions.rows) {
            QStringList cells{QStringLiteral("`%1`").arg(row.at(0).toString()),
                              row.at(1).toBool() ? QStringLiteral("owner") : QStringLiteral("caller"),
                              row.at(2).toBool() ? QStringLiteral("yes") : QStringLiteral("–")};
            if (row.at(2).toBool())
                forPublic << row.at(0).toString();
            for (int r = 0; r < roles().size(); ++r) {
                const bool may = row.at(3 + r).toBool();
                cells << (may ? QStringLiteral("yes") : QStringLiteral("–"));
                counts[roles().at(r)] += may ? 1 : 0;
            }
            table += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        QStringList totals;
        for (const QString& role : roles())
            totals << QStringLiteral("%1 %2").arg(role).arg(counts.value(role));
        table += QStringLiteral("\nExecutable, of %1 functions: %2; PUBLIC %3.\n")
                     .arg(functions.rows.size())
                     .arg(totals.join(QStringLiteral(", ")))
                     .arg(forPublic.size());
        qInfo("%s", qPrintable(table));
        QVERIFY2(forPublic.isEmpty(), qPrintable(QStringLiteral("PUBLIC may run ") + forPublic.join(u' ')));
        TS_VERIFY_DOC_TABLE(QStringLiteral("function-table"), table);
    }

    // A definer function resolves names in public: nobody of ours may create there (a function or table
    // shadowing one the definer calls), nor new schemas.
    void noRoleCreatesInThePlatformSchema()
    {
        // PUBLIC is no role name has_schema_privilege knows: read the schema's ACL for it.
        const PgResult publicCreate = sql(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM aclexplode((SELECT nspacl FROM pg_namespace WHERE nspname = 'public')) a "
            "WHERE a.grantee = 0 AND a.privilege_type = 'CREATE')"));
        QVERIFY(publicCreate.ok());
        QCOMPARE(publicCreate.scalar().toBool(), false);
        for (const QString& role : roles()) {
            const PgResult may = sql(QStringLiteral("SELECT has_schema_privilege(?, 'public', 'CREATE'), "
                                                    "has_database_privilege(?, current_database(), 'CREATE')"),
                                     {role, role});
            QCOMPARE(may.rows.value(0).value(0).toBool(), false);
            QCOMPARE(may.rows.value(0).value(1).toBool(), false);
            for (const char* statement :
                 {"CREATE TABLE public.ts_priv_probe (x integer)",
                  "CREATE FUNCTION public.ts_member_tenants(p integer) RETURNS uuid[] LANGUAGE sql AS 'SELECT "
                  "NULL::uuid[]'",
                  "CREATE FUNCTION public.pg_has_role(a name, b text, c text) RETURNS boolean LANGUAGE sql AS "
                  "'SELECT true'",
                  "CREATE VIEW public.ts_priv_probe_view AS SELECT 1",
                  "CREATE SCHEMA ts_priv_probe"}) {
                const PgResult tried = as(role, QString::fromLatin1(statement));
                QVERIFY2(!tried.ok(), qPrintable(role + QStringLiteral(" could: ") + QString::fromLatin1(statement)));
                QCOMPARE(tried.sqlState, QStringLiteral("42501"));
            }
        }
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 'ts_priv_probe%'")).scalar().toInt(),
            0);
    }

    // Forgeries under every role: nothing is written to another tenant's trail (or any trail) but what the
    // caller's role records, for tenants it may act on.
    void auditForgeriesAreRefusedAndChangeNothing()
    {
        const qint64 beforeA = auditCount(m_tenantA);
        const qint64 beforeB = auditCount(m_tenantB);
        const qint64 beforeNone = auditCount({});
        for (const QString& role : roles()) {
            // The old way in: the general writer, with a staff action on another tenant.
            PgResult tried = as(role,
                                QStringLiteral("SELECT audit_write(?::uuid, 'plan.update', 'plan', 'starter', NULL, "
                                               "NULL, 'forged')"),
                                {m_tenantB});
            QVERIFY2(!tried.ok() && tried.sqlState == QLatin1String("42501"), qPrintable(role + tried.error));
            tried = as(role,
                       QStringLiteral("INSERT INTO audit_log (tenant_id, action, object_type) VALUES (?::uuid, "
                                      "'execution.retry', 'execution')"),
                       {m_tenantB});
            QVERIFY2(!tried.ok(), qPrintable(role));
            // Staff actions are written by the functions that perform them, never by this one.
            for (const QString& action : {QStringLiteral("plan.update"),
                                          QStringLiteral("override.set"),
                                          QStringLiteral("execution.cancel"),
                                          QStringLiteral("provider_key.upload"),
                                          QStringLiteral("alert.ack")}) {
                tried = as(role, redisAction(), {m_tenantB, action});
                QVERIFY2(!tried.ok() && tried.sqlState == QLatin1String("42501"), qPrintable(role + u' ' + action));
            }
        }
        // Redis-side actions only for the roles that perform them.
        for (const QString& role : {QStringLiteral("finance"), QStringLiteral("tenant_admin")})
            for (const QString& tenant : {m_tenantA, m_tenantB}) {
                const PgResult tried = as(role, redisAction(), {tenant, QStringLiteral("job.retry")});
                QVERIFY2(!tried.ok() && tried.sqlState == QLatin1String("42501"), qPrintable(role));
            }
        const PgResult supportMakesUsers
            = as(QStringLiteral("support"), redisAction(), {QVariant(), QStringLiteral("redis_acl.set_user")});
        QVERIFY(!supportMakesUsers.ok() && supportMakesUsers.sqlState == QLatin1String("42501"));
        // A reason is required, as for every other record.
        const PgResult noReason = as(QStringLiteral("support"),
                                     QStringLiteral("SELECT audit_redis_action(?::uuid, 'job.retry', 'queue/1', NULL, "
                                                    "NULL, '')"),
                                     {m_tenantB});
        QVERIFY(!noReason.ok());

        QCOMPARE(auditCount(m_tenantA), beforeA);
        QCOMPARE(auditCount(m_tenantB), beforeB);
        QCOMPARE(auditCount({}), beforeNone);
    }

    // The same function's success path: what it records, and that the actor is the login.
    void redisActionsAreRecordedForTheirRoles()
    {
        const PgResult retried = as(QStringLiteral("support"), redisAction(), {m_tenantB, QStringLiteral("job.retry")});
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        const PgResult row = sql(QStringLiteral("SELECT actor, tenant_id::text, action, object_type, object_id, reason "
                                                "FROM audit_log WHERE id = ?"),
                                 {retried.scalar()});
        QCOMPARE(row.rows.value(0),
                 (QVariantList{m_logins.at(1),
                               m_tenantB,
                               QStringLiteral("job.retry"),
                               QStringLiteral("bullmq_job"),
                               QStringLiteral("queue/1"),
                               QStringLiteral("forgery test")}));
        const PgResult madeUser
            = as(QStringLiteral("platform_admin"), redisAction(), {m_tenantA, QStringLiteral("redis_acl.set_user")});
        QVERIFY2(madeUser.ok(), qPrintable(madeUser.error));
        QCOMPARE(sql(QStringLiteral("SELECT object_type FROM audit_log WHERE id = ?"), {madeUser.scalar()}).scalar(),
                 QVariant(QStringLiteral("redis_user")));
    }
};

QTEST_GUILESS_MAIN(TestSqlPrivileges)
#include "TestSqlPrivileges.moc"
