#include <QProcess>
#include <QtTest>

// The executables skip OpenSSL's exit cleanup (net/OpenSslLifetime.h): a thread still ending at
// exit freed its OpenSSL state a second time in test_readme under AddressSanitizer.
class TestOpenSslExit : public QObject
{
    Q_OBJECT

    static QString probeOutput(const QString& mode)
    {
        QProcess probe;
        probe.start(QCoreApplication::applicationDirPath() + QStringLiteral("/openssl_exit_probe"), {mode});
        if (!probe.waitForFinished(30000))
            return QStringLiteral("probe did not finish: ") + probe.errorString();
        return QString::fromUtf8(probe.readAllStandardOutput());
    }

private slots:
    void withoutTheCallOpenSslCleansUpAtExit()
    {
        // The probe can see the cleanup: otherwise the next test could not fail.
        QCOMPARE(probeOutput(QStringLiteral("default")), QStringLiteral("exiting\ncleanup ran\n"));
    }

    void theExecutablesCallSkipsTheCleanup()
    {
        QCOMPARE(probeOutput(QStringLiteral("skip")), QStringLiteral("exiting\n"));
    }
};

QTEST_GUILESS_MAIN(TestOpenSslExit)
#include "TestOpenSslExit.moc"
