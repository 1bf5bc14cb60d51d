#include <app/AfterFirstPaint.h>
#include <app/AppTranslations.h>
#include <app/CrashDumps.h>
#include <app/FirstPaintReport.h>
#include <app/PageServicesOf.h>
#include <app/ProfileStore.h>
#include <app/QuitOnSignal.h>
#include <app/SingleInstance.h>
#include <models/operations/Operations.h>
#include <net/OpenSslLifetime.h>
#include <net/SecretStore.h>

#include <async/Guarded.h>
#include <models/platform/ConnectionStatus.h>
#include <models/snapshot/SupportSnapshot.h>
#include <ui/platform/AppIcon.h>
#include <ui/platform/ConnectionDialog.h>
#include <ui/platform/LanguageSetting.h>
#include <ui/platform/MainWindow.h>
#include <ui/platform/ViewState.h>
#include <ui/snapshot/SnapshotWindow.h>

#include <models/platform/AppLink.h>

#include <QApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QUrl>

#include <memory>

namespace
{
// Wires the main window to a service layer once a profile and its passwords are known.
class AppController : public QObject
{
public:
    explicit AppController(MainWindow* window)
        : m_window(window)
    {
        connect(window, &MainWindow::connectionDialogRequested, this, &AppController::askForProfile);
    }

    void start()
    {
        ConnectionProfile profile;
        ConnectionSecrets secrets;
        QString error;
        if (profileFromEnvironment(&profile, &secrets, &error)) {
            use(profile, secrets);
            return;
        }
        if (!error.isEmpty()) {
            m_window->showConnectionError(error);
            return;
        }
        const QString last = m_profiles.lastUsed();
        if (!last.isEmpty() && m_profiles.load(last, &profile)) {
            connectWithKeychain(profile);
            return;
        }
        m_window->showConnectionError(tr("No connection profile yet. Choose File > Connect… to add one."));
        QMetaObject::invokeMethod(this, &AppController::askForProfile, Qt::QueuedConnection);
    }

private:
    void connectWithKeychain(const ConnectionProfile& profile)
    {
        QList<QFuture<SecretResult>> reads
            = {m_secrets.read(SecretStore::profileKey(profile.name, QStringLiteral("postgres"))),
               m_secrets.read(SecretStore::profileKey(profile.name, QStringLiteral("redis")))};
        QtFuture::whenAll(reads.begin(), reads.end())
            .then(QCoreApplication::instance(),
                  guarded(this, [this, profile](const QList<QFuture<SecretResult>>& results) {
                      ConnectionSecrets secrets;
                      for (const auto& future : results) {
                          const SecretResult result = future.result();
                          if (result.status == SecretResult::Status::Unavailable
                              || result.status == SecretResult::Status::Error)
                              m_window->showConnectionError(result.error);
                      }
                      secrets.pgPassword = results.at(0).result().secret;
                      secrets.redisPassword = results.at(1).result().secret;
                      use(profile, secrets);
                  }));
    }

    void askForProfile()
    {
        ConnectionProfile current;
        if (m_services)
            current = m_services->profile();
        else
            m_profiles.load(m_profiles.lastUsed(), &current);
        ConnectionDialog dialog(current, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ConnectionProfile profile = dialog.profile();
        const ConnectionSecrets secrets = dialog.secrets();
        m_profiles.save(profile);
        m_profiles.setLastUsed(profile.name);
        // Passwords go to the keychain only; if there is none, say so and keep them for this session.
        const QList<QPair<QString, Secret>> toStore
            = {{QStringLiteral("postgres"), secrets.pgPassword}, {QStringLiteral("redis"), secrets.redisPassword}};
        for (const auto& [kind, secret] : toStore) {
            if (!secret || secret->isEmpty())
                continue;
            m_secrets.write(SecretStore::profileKey(profile.name, kind), QString::fromUtf8(secret->view()))
                .then(QCoreApplication::instance(), guarded(this, [this](const SecretResult& result) {
                          if (!result.ok())
                              QMessageBox::warning(m_window, tr("Password not saved"), result.error);
                      }));
        }
        use(profile, secrets);
    }

    void use(const ConnectionProfile& profile, const ConnectionSecrets& secrets)
    {
        // A new profile replaces the whole service layer; the window swaps its pages first, so nothing
        // of the old connection is called back.
        auto services = std::make_unique<Operations>(profile, secrets);
        auto* status = services->newConnectionStatus(this);
        status->setUnencryptedKeysAllowed(services->profile().allowUnencryptedKeys);
        m_window->setServices(pageServicesOf(*services, status, profile.name));
        delete m_status;
        m_status = status;
        m_services = std::move(services);
        m_services->connectAll();
    }

    MainWindow* m_window;
    ProfileStore m_profiles;
    SecretStore m_secrets;
    std::unique_ptr<Operations> m_services;
    ConnectionStatus* m_status = nullptr;
};
// tenantscope:// links from the command line (the desktop runs `tenantscope %u`), from later launches
// (SingleInstance) and, on macOS, from the system (QFileOpenEvent) all end in MainWindow::openLink.
class LinkOpener : public QObject
{
public:
    explicit LinkOpener(MainWindow* window)
        : QObject(window)
        , m_window(window)
    {
    }

    void open(const QString& text)
    {
        QString error;
        if (const auto link = AppLink::parse(text, &error))
            m_window->openLink(*link);
        else
            m_window->statusBar()->showMessage(error, 10000);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QUrl url = static_cast<QFileOpenEvent*>(event)->url();
            if (url.scheme() == AppLink::kScheme) {
                open(url.toString());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
};
} // namespace

int main(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "tenantscope " << TS_VERSION << Qt::endl;
            return 0;
        }
    }
    skipOpenSslCleanupAtExit(); // before anything touches OpenSSL
    keepSecretsOutOfCrashDumps(); // before a password can be read
    QApplication app(argc, argv);
    QuitOnSignal quitOnSignal; // SIGTERM (a logout) closes the windows and exits normally
    QString linkArgument;
    QString snapshotArgument;
    for (const QString& argument : QCoreApplication::arguments().mid(1)) {
        if (argument.startsWith(AppLink::kScheme + QLatin1Char(':'), Qt::CaseInsensitive))
            linkArgument = argument;
        else if (argument.endsWith(QLatin1Char('.') + SupportSnapshot::fileSuffix(), Qt::CaseInsensitive))
            snapshotArgument = argument; // a path, or a file:// URL from a file manager
    }
    // A link goes to the TenantScope already running, if there is one; this process then has no job.
    if (!linkArgument.isEmpty() && SingleInstance::forwardToRunning(linkArgument))
        return 0;
    SingleInstance instance;
    if (snapshotArgument.isEmpty()) // a snapshot viewer has no pages to open links in
        instance.listen();
    QApplication::setOrganizationName(QStringLiteral("TenantScope"));
    QApplication::setApplicationName(QStringLiteral("TenantScope"));
    QApplication::setApplicationVersion(QStringLiteral(TS_VERSION));
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.tenantscope.TenantScope"));

    // The system's language, or the one chosen under Help › Language.
    const QLocale language = LanguageSetting::effectiveLocale();
    QLocale::setDefault(language);
    const AppTranslations translations(language, QStringLiteral(":/i18n"));

    // A support snapshot opens on its own, read-only and offline: no profile, no connection.
    if (!snapshotArgument.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(snapshotArgument, QDir::currentPath(), QUrl::AssumeLocalFile);
        SnapshotWindow::open(url.isLocalFile() ? url.toLocalFile() : snapshotArgument, nullptr);
        return QApplication::exec();
    }

    MainWindow window;
    ViewState::restoreLastGeometry(&window);
    FirstPaintReport::watch(&window);
    window.show();
    auto* links = new LinkOpener(&window);
    app.installEventFilter(links);
    QObject::connect(&instance, &SingleInstance::messageReceived, links, &LinkOpener::open);
    AppController controller(&window);
    // The window's first frame first (navigation, status bar, "Waiting for a connection…"); then the
    // profile, its pages and connections, and a link from the command line.
    AfterFirstPaint::run(&window, [&controller, links, linkArgument] {
        controller.start();
        if (!linkArgument.isEmpty())
            links->open(linkArgument);
    });
    return QApplication::exec();
}
