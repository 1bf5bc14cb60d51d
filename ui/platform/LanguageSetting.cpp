#include <ui/platform/LanguageSetting.h>

#include <QCoreApplication>
#include <QSettings>

namespace
{
const QString kKey = QStringLiteral("language");
}

namespace LanguageSetting
{
QVector<Choice> choices()
{
    return {{QString(), QCoreApplication::translate("LanguageSetting", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString chosen()
{
    const QString code = QSettings().value(kKey).toString();
    for (const Choice& choice : choices()) {
        if (choice.code == code)
            return code;
    }
    return {}; // unknown or edited by hand: the system's
}

void choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale effectiveLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale() : QLocale(code);
}
} // namespace LanguageSetting
