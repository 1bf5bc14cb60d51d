#include <app/AppTranslations.h>

#include <QCoreApplication>
#include <QTest>

// The window's translations for the language it runs in. English plural forms must hold also where the
// system names no language at all (the "C" locale of a server, a container, CI's virtual display): before,
// the app loaded nothing there and its counts read "200 tenant(s)".
class TestAppTranslations : public QObject
{
    Q_OBJECT

    static QString tenants(int n)
    {
        return QCoreApplication::translate("FlagsPanel", "On for %n tenant(s).", nullptr, n);
    }

private slots:
    void theCLocaleGetsEnglishPlurals()
    {
        const AppTranslations translations(QLocale::c(), QStringLiteral(TS_QM_DIR));
        QVERIFY2(translations.installed().endsWith(QLatin1String("tenantscope_en.qm")),
                 qPrintable(translations.installed()));
        QCOMPARE(tenants(1), QStringLiteral("On for 1 tenant."));
        QCOMPARE(tenants(200), QStringLiteral("On for 200 tenants."));
    }

    void englishGetsEnglishPlurals()
    {
        const AppTranslations translations(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral(TS_QM_DIR));
        QCOMPARE(tenants(2), QStringLiteral("On for 2 tenants."));
    }

    void germanGetsGerman()
    {
        const AppTranslations translations(QLocale(QLocale::German, QLocale::Germany), QStringLiteral(TS_QM_DIR));
        QVERIFY(translations.installed().endsWith(QLatin1String("tenantscope_de.qm")));
        QCOMPARE(tenants(2), QStringLiteral("An für 2 Mandanten."));
    }

    void nothingLingersOnceGone()
    {
        {
            const AppTranslations translations(QLocale::c(), QStringLiteral(TS_QM_DIR));
        }
        QCOMPARE(tenants(2), QStringLiteral("On for 2 tenant(s)."));
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "TestAppTranslations.moc"
