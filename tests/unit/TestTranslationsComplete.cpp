#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// German and French are complete: lupdate run over today's sources finds no string without a
// translation (a new tr() text fails here until it is translated), and every translation keeps the
// source's placeholders (%1, %2, ...) and its plural forms.
class TestTranslationsComplete : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString& path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages << current;
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        }
        return messages;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d+)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        found.removeDuplicates();
        found.sort();
        return found;
    }

private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("German") << QStringLiteral("de") << false;
        QTest::newRow("French") << QStringLiteral("fr") << false;
        // English is the source: its file holds only the plural forms of the "%n ...(s)" texts.
        QTest::newRow("English plurals") << QStringLiteral("en") << true;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        const QDir root(QStringLiteral(TS_SOURCE_DIR));
        const QString committed = root.filePath(QStringLiteral("translations/tenantscope_%1.ts").arg(language));
        QVERIFY2(QFile::exists(committed), qPrintable(committed));

        // Today's sources into a copy: what lupdate adds is what nobody has translated yet.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(committed).fileName());
        QVERIFY(QFile::copy(committed, copy));
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        // Every layer, feature folders included (ui/plans/, app/cli/, ...).
        for (const QString& layer : {QStringLiteral("app"),
                                     QStringLiteral("ui"),
                                     QStringLiteral("models"),
                                     QStringLiteral("net"),
                                     QStringLiteral("async")}) {
            QDirIterator sources(root.filePath(layer), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (sources.hasNext())
                arguments << sources.next();
        }
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(TS_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(warnings));
        // A tr() lupdate cannot place (a free function's) is never extracted, so never translated: use
        // QCoreApplication::translate("Context", ...) there.
        QStringList lost;
        for (const QString& line : warnings.split(u'\n')) {
            if (line.contains(QLatin1String("cannot be called without context")))
                lost << line;
        }
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));

        const QList<Message> messages = read(copy);
        QVERIFY(messages.size() > (pluralOnly ? 20 : 1000));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(70));
            if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << QStringLiteral("not translated: ") + where;
                continue;
            }
            if (pluralOnly && !m.numerus)
                problems << QStringLiteral("not a plural text: ") + where;
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("needs 2 plural forms: ") + where;
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + t.left(70);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (run lupdate, then translate):\n")
                                .arg(problems.size())
                                .arg(language)
                            + problems.mid(0, 30).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "TestTranslationsComplete.moc"
