#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

// The interface language: the system's unless one is chosen (Help › Language), kept in QSettings and
// applied when TenantScope starts (text already on screen is not re-translated in place).
namespace LanguageSetting
{
struct Choice
{
    QString code; // "" = follow the system; "en", "de", "fr"
    QString name; // in its own language
};
QVector<Choice> choices();
QString chosen();
void choose(const QString& code);
// What the translators should load: the chosen language, else the system's.
QLocale effectiveLocale();
} // namespace LanguageSetting
