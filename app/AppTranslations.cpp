#include <app/AppTranslations.h>

#include <QCoreApplication>
#include <QLibraryInfo>

AppTranslations::AppTranslations(const QLocale& language, const QString& directory)
{
    if (m_qt.load(language,
                  QStringLiteral("qtbase"),
                  QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_ours.load(language, QStringLiteral("tenantscope"), QStringLiteral("_"), directory)
        || m_ours.load(QStringLiteral("tenantscope_en"), directory))
        QCoreApplication::installTranslator(&m_ours);
}

AppTranslations::~AppTranslations()
{
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
}
