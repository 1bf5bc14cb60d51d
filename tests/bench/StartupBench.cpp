// Launch to first paint of the real tenantscope binary under Xvfb (xcb, as on a desktop), several
// times each: with the private servers, and with both servers on an address that never answers
// (connections must open after the first paint). Baseline: a plain Qt "hello" window built in the
// same tree, measured in the same run. Also reports each process's peak RSS at that moment.
#include "BenchSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

namespace
{
struct Launches
{
    QVector<double> ms;
    QVector<double> peakRssMb;
    int failed = 0;
};

Launches launch(const QString& program, const QProcessEnvironment& environment, int runs)
{
    Launches result;
    for (int i = 0; i <= runs; ++i) { // the first is a warm-up (file cache)
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(program);
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        process.start();
        bool painted = false;
        while (!painted && clock.elapsed() < 10000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(20);
            painted = process.readAllStandardOutput().contains("first-paint");
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double rss = Bench::statusMb(process.processId(), "VmHWM:");
        process.kill();
        process.waitForFinished(5000);
        if (i == 0)
            continue;
        if (!painted) {
            ++result.failed;
            continue;
        }
        result.ms << ms;
        result.peakRssMb << rss;
    }
    std::sort(result.ms.begin(), result.ms.end());
    return result;
}

QJsonObject summary(const Launches& launches)
{
    if (launches.ms.isEmpty())
        return {{QStringLiteral("failed"), launches.failed}};
    return {
        {QStringLiteral("min_ms"), launches.ms.first()},
        {QStringLiteral("median_ms"), launches.ms.at(launches.ms.size() / 2)},
        {QStringLiteral("max_ms"), launches.ms.last()},
        {QStringLiteral("runs"), int(launches.ms.size())},
        {QStringLiteral("failed"), launches.failed},
        {QStringLiteral("peak_rss_mb_max"), *std::max_element(launches.peakRssMb.begin(), launches.peakRssMb.end())}};
}
} // namespace

int runStartupBench()
{
    const int runs = qEnvironmentVariableIntValue("TS_BENCH_STARTUP_RUNS") > 0
        ? qEnvironmentVariableIntValue("TS_BENCH_STARTUP_RUNS")
        : 10;
    QString display = qEnvironmentVariable("DISPLAY");
    QProcess xvfb;
    if (display.isEmpty()) {
        display = QStringLiteral(":%1").arg(80 + QRandomGenerator::global()->bounded(10));
        xvfb.start(QStringLiteral("Xvfb"),
                   {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1600x1000x24")});
        if (!xvfb.waitForStarted(5000)) {
            QTextStream(stderr) << "startup: Xvfb did not start" << Qt::endl;
            return 1;
        }
        QThread::msleep(1000);
    }
    // A desktop has a session bus. Without one, the first D-Bus client of each launch (Qt's theme and
    // accessibility, the keychain) makes libdbus spawn dbus-launch to start a bus of its own, which is
    // an artefact of a headless machine, not start-up work: the bench gives both windows a private bus.
    QProcess bus;
    QString busAddress = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (busAddress.isEmpty()) {
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (bus.waitForStarted(5000) && bus.waitForReadyRead(5000))
            busAddress = QString::fromUtf8(bus.readLine()).trimmed();
    }
    QTemporaryDir config; // no saved profile, no settings from this machine
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(QStringLiteral("DISPLAY"), display);
    base.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    base.insert(QStringLiteral("TS_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (!busAddress.isEmpty())
        base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

    const Launches hello = launch(QStringLiteral(TS_BENCH_HELLO_PATH), base, runs);

    QJsonObject out{{QStringLiteral("bench"), QStringLiteral("startup_first_paint")},
                    {QStringLiteral("display"), QStringLiteral("Xvfb, xcb")},
                    {QStringLiteral("session_bus"),
                     busAddress.isEmpty() ? QStringLiteral("none") : QStringLiteral("private dbus-daemon")},
                    {QStringLiteral("target_ms"), 300},
                    {QStringLiteral("baseline"), QStringLiteral("plain Qt hello window")},
                    {QStringLiteral("hello"), summary(hello)}};
    int failures = 0;
    const auto variant = [&](const QString& name, const QProcessEnvironment& environment) {
        const Launches app = launch(QStringLiteral(TS_APP_PATH), environment, runs);
        out.insert(name, summary(app));
        if (app.ms.isEmpty() || app.failed > 0 || app.ms.at(app.ms.size() / 2) > 300)
            ++failures;
    };
    if (!base.value(QStringLiteral("TS_PG_URL")).isEmpty())
        variant(QStringLiteral("tenantscope_private_servers"), base);
    // A network that never answers: 192.0.2.1 is TEST-NET-1 (RFC 5737), routed nowhere.
    QProcessEnvironment silent = base;
    silent.insert(QStringLiteral("TS_PG_URL"),
                  QStringLiteral("postgresql://ts@192.0.2.1:5432/tenantscope?sslmode=require"));
    silent.insert(QStringLiteral("TS_REDIS_URL"), QStringLiteral("redis://192.0.2.1:6379?plaintext=allowed"));
    variant(QStringLiteral("tenantscope_silent_network"), silent);

    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    for (QProcess* helper : {&xvfb, &bus}) {
        if (helper->state() != QProcess::NotRunning) {
            helper->terminate();
            helper->waitForFinished(3000);
        }
    }
    return failures;
}
