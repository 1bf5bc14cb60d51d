#include <SealedBoxOpener.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/keys/ProviderKeys.h>
#include <net/PgSession.h>
#include <net/SealedBox.h>

#include <QTest>

// Uploading a tenant's provider key: sealed here, stored and audited by provider_key_upload, opened only
// by the holder of the platform's private key (a test key here), never in the clear in the database.
class TestProviderKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    SealedBoxOpener m_platform;
    QString m_tenantA;
    QString m_tenantB;
    QStringList m_logins;
    QString m_savedPublicKey;
    QString m_savedKeyId;
    qint64 m_auditStart = 0;

    std::unique_ptr<PgSession> loginAs(const QString& group, const QString& tenant = {})
    {
        return TestServers::sessionOfNewLogin(m_admin.get(), QStringLiteral("ts_test_keys"), group, tenant, &m_logins);
    }

    template <typename T> Fetched<T> wait(QFuture<Fetched<T>> future)
    {
        if (!awaitFuture(future, 30000)) {
            Fetched<T> timedOut;
            timedOut.error = QStringLiteral("timed out");
            return timedOut;
        }
        return future.result();
    }

    void setSetting(const QString& key, const QString& value)
    {
        QVERIFY(TestServers::exec(m_admin.get(),
                                  QStringLiteral("INSERT INTO platform_settings (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                                  {key, value})
                    .ok());
    }

    // Every row of every table in the platform schema, as text (bytea as hex), searched for the key.
    qint64 rowsContaining(const QByteArray& needle)
    {
        const PgResult tables
            = TestServers::exec(m_admin.get(),
                                QStringLiteral("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                                               "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"));
        qint64 found = 0;
        for (const QVariantList& row : tables.rows) {
            // The name comes from the catalog, quoted by format('%I').
            const PgResult hits = TestServers::exec(
                m_admin.get(),
                QStringLiteral("SELECT count(*) FROM %1 x WHERE strpos(x::text, ?) > 0 OR strpos(x::text, ?) > 0")
                    .arg(row.first().toString()),
                {QString::fromUtf8(needle), QString::fromLatin1(needle.toHex())});
            found += hits.scalar().toLongLong();
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        const PgResult tenants = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT id::text FROM tenants WHERE status = 'active' ORDER BY name LIMIT 2"));
        QVERIFY2(tenants.ok() && tenants.rows.size() == 2, qPrintable(tenants.error + QStringLiteral(" (demo data?)")));
        m_tenantA = tenants.rows.at(0).at(0).toString();
        m_tenantB = tenants.rows.at(1).at(0).toString();
        const PgResult saved = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT (SELECT value FROM platform_settings WHERE key = 'byok.public_key'), "
                           "(SELECT value FROM platform_settings WHERE key = 'byok.key_id'), "
                           "(SELECT coalesce(max(id), 0) FROM audit_log)"));
        m_savedPublicKey = saved.rows.first().at(0).toString();
        m_savedKeyId = saved.rows.first().at(1).toString();
        m_auditStart = saved.rows.first().at(2).toLongLong();
        setSetting(QStringLiteral("byok.public_key"), QString::fromLatin1(m_platform.publicKeyPem()));
        setSetting(QStringLiteral("byok.key_id"), QStringLiteral("test-key-1"));
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        setSetting(QStringLiteral("byok.public_key"), m_savedPublicKey);
        setSetting(QStringLiteral("byok.key_id"), m_savedKeyId);
        TestServers::exec(m_admin.get(),
                          QStringLiteral("DELETE FROM sealed_provider_keys WHERE sealing_key_id = 'test-key-1'"));
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            TestServers::exec(m_admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // generated name
        }
    }

    void tenantAdminUploadsSealedAndAudited()
    {
        auto pg = loginAs(QStringLiteral("tenant_admin"), m_tenantA);
        QVERIFY(pg);
        SealedKeyRepository keys(pg.get());
        const QByteArray secret = "sk-proj-" + TestServers::randomSecret().toLatin1() + "Wx7Q";
        const auto uploaded = wait(keys.upload(
            m_tenantA, QStringLiteral("openai"), QStringLiteral("production"), {}, QString::fromLatin1(secret)));
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error));

        // The round trip: the platform's private key opens what was stored, bound to this tenant.
        const PgResult stored = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT encode(sealed, 'hex'), last4, fingerprint, created_by, sealing_key_id "
                           "FROM sealed_provider_keys WHERE id = ?::uuid"),
            {uploaded.value});
        QCOMPARE(stored.rows.size(), 1);
        const QByteArray blob = QByteArray::fromHex(stored.rows.first().at(0).toString().toLatin1());
        QString error;
        QCOMPARE(m_platform.open(blob, SealedBox::associatedData(m_tenantA, QStringLiteral("openai")), &error), secret);
        QVERIFY(
            m_platform.open(blob, SealedBox::associatedData(m_tenantB, QStringLiteral("openai")), &error).isEmpty());
        QCOMPARE(stored.rows.first().at(1).toString(), QStringLiteral("Wx7Q"));
        QCOMPARE(stored.rows.first().at(2).toString(), SealedBox::fingerprint(secret));
        QCOMPARE(stored.rows.first().at(3).toString(), m_logins.last());
        QCOMPARE(stored.rows.first().at(4).toString(), QStringLiteral("test-key-1"));

        // The plaintext, as text or as hex, is nowhere in the database: not in the table, not in the audit log.
        QCOMPARE(rowsContaining(secret), 0);
        QVERIFY(rowsContaining("Wx7Q") > 0); // the search works: the last four are stored on purpose

        const PgResult audit = TestServers::exec(
            m_admin.get(),
            QStringLiteral(
                "SELECT actor, after->>'last4', after->>'fingerprint', after->'sealed' IS NOT NULL FROM audit_log "
                "WHERE id > ? AND action = 'provider_key.upload' AND object_id = ?"),
            {m_auditStart, uploaded.value});
        QCOMPARE(audit.rows.size(), 1);
        QCOMPARE(audit.rows.first().at(0).toString(), m_logins.last());
        QCOMPARE(audit.rows.first().at(1).toString(), QStringLiteral("Wx7Q"));
        QCOMPARE(audit.rows.first().at(3).toBool(), false);

        // Its own keys listed, metadata only.
        const auto listed = wait(keys.list(m_tenantA));
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().last4, QStringLiteral("Wx7Q"));
        QVERIFY(listed.value.first().isActive());
    }

    void uploadingAgainRotatesAndRevokeIsAudited()
    {
        auto pg = loginAs(QStringLiteral("platform_admin"));
        QVERIFY(pg);
        SealedKeyRepository keys(pg.get());
        const auto first = wait(keys.upload(m_tenantB,
                                            QStringLiteral("anthropic"),
                                            QStringLiteral("ops"),
                                            {},
                                            QStringLiteral("sk-ant-first-key-AAAA")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        const auto second = wait(keys.upload(m_tenantB,
                                             QStringLiteral("anthropic"),
                                             QStringLiteral("ops"),
                                             {},
                                             QStringLiteral("sk-ant-second-key-BBBB")));
        QVERIFY2(second.ok(), qPrintable(second.error));
        const auto listed = wait(keys.list(m_tenantB));
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QCOMPARE(listed.value.size(), 2);
        QCOMPARE(listed.value.at(0).id, second.value); // active first
        QVERIFY(listed.value.at(0).isActive());
        QVERIFY(!listed.value.at(1).isActive());
        QCOMPARE(listed.value.at(1).revokedBy, m_logins.last());

        QVERIFY(!wait(keys.revoke(second.value, QStringLiteral("x"))).ok()); // a reason is required
        const auto revoked = wait(keys.revoke(second.value, QStringLiteral("leaked in a ticket")));
        QVERIFY2(revoked.ok(), qPrintable(revoked.error));
        const auto again = wait(keys.revoke(second.value, QStringLiteral("leaked in a ticket")));
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QLatin1String("already revoked")), qPrintable(again.error));
        QCOMPARE(TestServers::exec(m_admin.get(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND object_id = ? AND "
                                                  "action = 'provider_key.revoke' AND reason = 'leaked in a ticket'"),
                                   {m_auditStart, second.value})
                     .scalar()
                     .toInt(),
                 1);
        // Even a platform admin reads no sealed blob and writes the table only through the functions.
        QCOMPARE(TestServers::exec(pg.get(), QStringLiteral("SELECT sealed FROM sealed_provider_keys")).errorKind,
                 PgErrorKind::Permission);
        QCOMPARE(TestServers::exec(pg.get(), QStringLiteral("DELETE FROM sealed_provider_keys")).errorKind,
                 PgErrorKind::Permission);
    }

    void othersAreRefusedAndNothingIsStored()
    {
        const qint64 before
            = TestServers::exec(m_admin.get(), QStringLiteral("SELECT count(*) FROM sealed_provider_keys"))
                  .scalar()
                  .toLongLong();
        auto tenantAdmin = loginAs(QStringLiteral("tenant_admin"), m_tenantA);
        const auto otherTenant = wait(SealedKeyRepository(tenantAdmin.get())
                                          .upload(m_tenantB,
                                                  QStringLiteral("openai"),
                                                  QStringLiteral("x"),
                                                  {},
                                                  QStringLiteral("sk-not-theirs-1234")));
        QVERIFY(!otherTenant.ok());
        QVERIFY2(otherTenant.error.contains(QLatin1String("may not manage")), qPrintable(otherTenant.error));
        const auto othersList = wait(SealedKeyRepository(tenantAdmin.get()).list(m_tenantB));
        // Row-level security shows nothing, and the repository says why rather than show an empty list.
        QVERIFY(othersList.value.isEmpty());
        QVERIFY2(othersList.error.startsWith(QLatin1String("Not permitted")), qPrintable(othersList.error));

        auto support = loginAs(QStringLiteral("support"));
        const auto bySupport = wait(
            SealedKeyRepository(support.get())
                .upload(
                    m_tenantA, QStringLiteral("openai"), QStringLiteral("x"), {}, QStringLiteral("sk-support-1234")));
        QVERIFY(!bySupport.ok());
        QVERIFY(wait(SealedKeyRepository(support.get()).list(m_tenantA)).ok()); // metadata: yes

        auto finance = loginAs(QStringLiteral("finance"));
        const auto financeList = wait(SealedKeyRepository(finance.get()).list(m_tenantA));
        QVERIFY(!financeList.ok());
        QVERIFY2(financeList.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive),
                 qPrintable(financeList.error));

        QCOMPARE(TestServers::exec(m_admin.get(), QStringLiteral("SELECT count(*) FROM sealed_provider_keys"))
                     .scalar()
                     .toLongLong(),
                 before);
    }

    void staleOrMissingPlatformKeyIsRefused()
    {
        auto pg = loginAs(QStringLiteral("platform_admin"));
        // Another sealing key id than the platform's: sealed for a key the platform no longer uses.
        const QString stale = QStringLiteral("SELECT provider_key_upload(?::uuid, 'openai', 'x', NULL, 'abcd', NULL, "
                                             "decode(?, 'hex'), 'old-key')");
        const QByteArray blob = SealedBox::seal(m_platform.publicKeyPem(), "sk-abcd", "aad").blob;
        const PgResult refused = TestServers::exec(pg.get(), stale, {m_tenantA, QString::fromLatin1(blob.toHex())});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("reload and upload again")), qPrintable(refused.error));
        // Not a sealed box at all.
        const PgResult notABox = TestServers::exec(
            pg.get(),
            QStringLiteral(
                "SELECT provider_key_upload(?::uuid, 'openai', 'x', NULL, 'abcd', NULL, "
                "convert_to('sk-plaintext-key-abcd-padding-padding-padding-padding-pad', 'UTF8'), 'test-key-1')"),
            {m_tenantA});
        QVERIFY(!notABox.ok());
        QVERIFY2(notABox.error.contains(QLatin1String("TSB1")), qPrintable(notABox.error));

        setSetting(QStringLiteral("byok.public_key"), QString());
        const auto missing = wait(SealedKeyRepository(pg.get()).upload(
            m_tenantA, QStringLiteral("openai"), QStringLiteral("x"), {}, QStringLiteral("sk-abcdefgh")));
        setSetting(QStringLiteral("byok.public_key"), QString::fromLatin1(m_platform.publicKeyPem()));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("no public key")), qPrintable(missing.error));
    }
};

QTEST_GUILESS_MAIN(TestProviderKeys)
#include "TestProviderKeys.moc"
