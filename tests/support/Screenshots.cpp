#include "Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

namespace
{
QString look()
{
    const QString chosen = qEnvironmentVariable("TS_SCREENSHOT_LOOK");
    return chosen.isEmpty() ? QStringLiteral("light") : chosen;
}
} // namespace

QPalette Screenshots::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf2));
    return dark;
}

namespace
{
// Runs as the application is made, before any test function: the translation must be in before the
// first window builds its texts.
void applyLook()
{
    if (!Screenshots::wanted())
        return;
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString language = look() == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en");
    if (translator->load(QStringLiteral(TS_QM_DIR "/tenantscope_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(translator);
    if (look() == QLatin1String("de")) // numbers, dates and money as a German user sees them
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    if (look() == QLatin1String("dark")) {
        // QApplication is not finished yet while this runs: the palette goes in on the first turn of events.
        QTimer::singleShot(0, [] {
            if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
                QApplication::setStyle(QStringLiteral("Fusion"));
                QApplication::setPalette(Screenshots::darkPalette());
            }
        });
    }
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(applyLook)

bool Screenshots::wanted()
{
    return !qEnvironmentVariableIsEmpty("TS_SCREENSHOT_DIR");
}

void Screenshots::save(QWidget* widget, const QString& name)
{
    if (!wanted())
        return;
    QTest::qWait(250); // layouts, charts' animations and pending paints
    const QString suffix = look() == QLatin1String("light") ? QString() : u'-' + look();
    const QString path
        = QDir(qEnvironmentVariable("TS_SCREENSHOT_DIR")).filePath(name + suffix + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}
