// Writes TenantScope's icon as PNG files (hicolor/<size>x<size>/apps/tenantscope.png under the given
// folder) and, for the Windows installer, tenantscope.ico. Run at build time; see installer/CMakeLists.txt.
#include <ui/platform/AppIcon.h>

#include <QDir>
#include <QGuiApplication>
#include <QImageWriter>
#include <QTextStream>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: ts_make_icons OUTPUT_DIR\n";
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    QGuiApplication app(argc, argv);
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        if (!out.mkpath(dir) || !paintAppIcon(size).save(out.filePath(dir + QStringLiteral("/tenantscope.png")))) {
            QTextStream(stderr) << "ts_make_icons: cannot write " << out.filePath(dir) << "\n";
            return 1;
        }
    }
    // ICO through Qt's ico image plugin, when there is one.
    QImageWriter ico(out.filePath(QStringLiteral("tenantscope.ico")), "ico");
    if (ico.canWrite())
        ico.write(paintAppIcon(256));
    return 0;
}
