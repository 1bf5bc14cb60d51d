// Peak memory of the whole window on the data the servers hold (run it on demo-data --size large):
// every page is visited and left to load, as a user clicking down the navigation would, then the
// process's peak RSS (VmHWM) is read. Baseline: the plain Qt hello window's peak RSS, same platform.
#include "BenchSupport.h"

#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <ui/platform/MainWindow.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace
{
void settle(PgSession* pg, int quietMs)
{
    // Until PostgreSQL has been idle for quietMs (pages load on their own when shown).
    QElapsedTimer quiet;
    quiet.start();
    QElapsedTimer limit;
    limit.start();
    while (quiet.elapsed() < quietMs && limit.elapsed() < 60000) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        if (pg->isBusy())
            quiet.restart();
    }
}

double helloPeakRssMb()
{
    QProcess hello;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TS_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    hello.setProcessEnvironment(environment);
    hello.setStandardErrorFile(QProcess::nullDevice());
    hello.start(QStringLiteral(TS_BENCH_HELLO_PATH), {});
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && !hello.readAllStandardOutput().contains("first-paint"))
        hello.waitForReadyRead(20);
    const double rss = Bench::statusMb(hello.processId(), "VmHWM:");
    hello.kill();
    hello.waitForFinished(3000);
    return rss;
}
} // namespace

int runMemoryBench()
{
    const ConnectionProfile profile = TestServers::adminProfile();
    auto services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
    const PgResult size = TestServers::exec(
        services->pg(),
        QStringLiteral("SELECT (SELECT count(*) FROM tenants), (SELECT count(*) FROM executions), "
                       "(SELECT sum(c.reltuples)::bigint FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid "
                       "WHERE i.inhparent = 'usage_events'::regclass)"));
    const double before = Bench::statusMb(0, "VmRSS:");
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto* status = new ConnectionStatus(services->pg(), services->redis(), &window);
    window.setServices(pageServicesOf(*services, status, profile.name));
    services->connectAll();
    QElapsedTimer clock;
    clock.start();
    QJsonObject perPage;
    for (int page = MainWindow::TenantsPageIndex; page <= MainWindow::LastPageIndex; ++page) {
        window.showPage(MainWindow::Page(page));
        settle(services->pg(), 1500);
        perPage.insert(window.navigationText(MainWindow::Page(page)), Bench::statusMb(0, "VmRSS:"));
    }
    const QJsonObject line{
        {QStringLiteral("bench"), QStringLiteral("memory_every_page")},
        {QStringLiteral("tenants"), size.rows.value(0).value(0).toDouble()},
        {QStringLiteral("executions"), size.rows.value(0).value(1).toDouble()},
        {QStringLiteral("usage_events_estimate"), size.rows.value(0).value(2).toDouble()},
        {QStringLiteral("rss_before_window_mb"), before},
        {QStringLiteral("rss_after_each_page_mb"), perPage},
        {QStringLiteral("peak_rss_mb"), Bench::statusMb(0, "VmHWM:")},
        {QStringLiteral("target_mb"), 250},
        {QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0},
        {QStringLiteral("baseline"), QStringLiteral("plain Qt hello window, peak RSS, same platform")},
        {QStringLiteral("baseline_peak_rss_mb"), helloPeakRssMb()},
    };
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    return Bench::statusMb(0, "VmHWM:") <= 250 ? 0 : 1;
}
