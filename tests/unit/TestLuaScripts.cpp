#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Our Lua scripts name every key they touch in KEYS, as Redis requires of scripts (a Redis Cluster routes
// a script by its KEYS; a key built inside the script may live on another node). Checked in the text:
// every key argument of every redis.call is KEYS[n] or a local that holds one; none is built with "..".
// test_queue_repository runs both scripts as a Redis user allowed exactly those keys.
class TestLuaScripts : public QObject
{
    Q_OBJECT

    static QStringList arguments(const QString& call)
    {
        QStringList args;
        for (const QString& arg : call.split(u','))
            args << arg.trimmed();
        return args;
    }

private slots:
    void everyKeyComesFromKeys()
    {
        const QDir folder(QStringLiteral(TS_SOURCE_DIR "/resources/lua"));
        const QStringList scripts = folder.entryList({QStringLiteral("*.lua")}, QDir::Files);
        QVERIFY(scripts.size() >= 2);
        // Commands whose every argument is a key, and those whose first argument only is.
        const QStringList allKeys{QStringLiteral("DEL"), QStringLiteral("EXISTS"), QStringLiteral("UNLINK")};
        static const QRegularExpression call(QStringLiteral("redis\\.call\\(([^()]*)\\)"));
        static const QRegularExpression fromKeys(QStringLiteral("^KEYS\\[[0-9a-z +]+\\]$"));
        static const QRegularExpression localFromKeys(QStringLiteral("local (\\w+) = KEYS\\[[0-9]+\\]"));
        int calls = 0;
        for (const QString& name : scripts) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QStringList keyLocals;
            for (auto it = localFromKeys.globalMatch(text); it.hasNext();)
                keyLocals << it.next().captured(1);
            for (auto it = call.globalMatch(text); it.hasNext();) {
                const QStringList args = arguments(it.next().captured(1));
                QVERIFY2(args.size() >= 2, qPrintable(name + u':' + args.join(u',')));
                QString command = args.first();
                command.remove(u'\'').remove(u'"');
                const int keyCount = allKeys.contains(command.toUpper()) ? int(args.size()) - 1
                    : command.toUpper() == QLatin1String("RENAME")       ? 2
                                                                         : 1;
                for (int k = 1; k <= keyCount; ++k) {
                    const QString& key = args.at(k);
                    QVERIFY2(
                        fromKeys.match(key).hasMatch() || keyLocals.contains(key),
                        qPrintable(
                            QStringLiteral("%1: %2 takes the key %3, not from KEYS").arg(name, args.first(), key)));
                }
                ++calls;
            }
        }
        qInfo("%d redis.call sites in %lld scripts checked", calls, qint64(scripts.size()));
    }
};

QTEST_GUILESS_MAIN(TestLuaScripts)
#include "TestLuaScripts.moc"
