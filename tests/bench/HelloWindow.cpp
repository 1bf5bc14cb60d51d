// The start-up benchmark's baseline: the plainest Qt Widgets window, reporting its first paint the
// same way TenantScope does (FirstPaintReport).
#include <app/FirstPaintReport.h>

#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel hello(QStringLiteral("Hello"));
    hello.resize(400, 300);
    FirstPaintReport::watch(&hello);
    hello.show();
    return QApplication::exec();
}
