#pragma once

#include <QLocale>
#include <QTranslator>

// The window's translations for `language`, installed on the application while this object lives: Qt's own
// texts, and TenantScope's. A language TenantScope has no translation for (English itself, or a bare system's
// "C" locale) still gets the English plural forms, so a count reads "1 tenant", "2 tenants", never
// "2 tenant(s)". `directory` holds tenantscope_<lang>.qm (":/i18n" in the app).
class AppTranslations
{
public:
    AppTranslations(const QLocale& language, const QString& directory);
    ~AppTranslations();
    AppTranslations(const AppTranslations&) = delete;
    AppTranslations& operator=(const AppTranslations&) = delete;

    // The file that was installed (":/i18n/tenantscope_de.qm"), empty when none could be.
    QString installed() const { return m_ours.filePath(); }

private:
    QTranslator m_qt;
    QTranslator m_ours;
};
