#include <app/cli/KeySupport.h>

#include <async/AwaitFuture.h>
#include <models/keys/ProviderKeys.h>

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace KeySupport
{
QString readSecretLine(QTextStream& err, const QString& prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
#endif
    return line.trimmed();
}

QString jsonLine(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Fetched<QString> resolveKey(LocalKeyStore& keys, const QString& provider, QString* source)
{
    const QString variable = KeyProvider::environmentVariable(provider);
    if (!variable.isEmpty() && qEnvironmentVariableIsSet(qPrintable(variable))
        && !qEnvironmentVariable(qPrintable(variable)).isEmpty()) {
        *source = variable;
        return {QString(), qEnvironmentVariable(qPrintable(variable))};
    }
    *source = QStringLiteral("keychain");
    auto future = keys.key(provider);
    if (!awaitFuture(future, 20000))
        return {QCoreApplication::translate("Cli", "the keychain did not answer within 20 s"), {}};
    return future.result();
}

} // namespace KeySupport
