// ts_stripe_peer [PORT]: the tests' local Stripe as a program, to try the Reconciliation page and the
// billing commands without a Stripe account. It holds what the demo's report log (PostgreSQL at TS_PG_URL)
// says was sent for the month before this one, and answers in Stripe's documented shapes on loopback.
// Point TenantScope at it with TS_STRIPE_API_BASE (or the profile's Stripe API address) and store its key.
#include <StripePeer.h>
#include <StripeSeed.h>
#include <TestServers.h>
#include <net/PgSession.h>

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    bool portOk = true;
    const quint16 port = argc > 1 ? QString::fromLocal8Bit(argv[1]).toUShort(&portOk) : 0;
    if (!portOk) {
        err << "usage: ts_stripe_peer [PORT]\n";
        return 2;
    }
    QString why;
    if (!TestServers::available(&why)) {
        err << why << '\n';
        return 1;
    }
    StripePeer peer(port);
    if (!peer.isListening()) {
        err << "port " << port << " is taken\n";
        return 1;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);
    auto admin = TestServers::adminPg();
    if (!StripeSeed::fromLedger(admin.get(), peer, month)) {
        err << "could not read billing_accounts and billing_usage_reports (load the demo data first)\n";
        return 1;
    }
    admin.reset();
    // The URL first, alone on its line: scripts and tests read it.
    QTextStream(stdout) << peer.url().toString() << '\n' << Qt::flush;
    err << "Stripe peer holding the demo's reports for " << month.toString(QStringLiteral("yyyy-MM"))
        << "; its key: " << peer.validKey << '\n'
        << Qt::flush;
    return app.exec();
}
