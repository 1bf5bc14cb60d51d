#!/usr/bin/env bash
# Builds TenantScope-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin. They are downloaded
# AppImages themselves, which this machine cannot fetch, so CI does not run this; see docs/packaging.md.
#   LINUXDEPLOY=/path/linuxdeploy-x86_64.AppImage LINUXDEPLOY_QT=/path/linuxdeploy-plugin-qt-x86_64.AppImage \
#     installer/linux/appimage.sh [build-dir]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${1:-build}"
: "${LINUXDEPLOY:?path to linuxdeploy-x86_64.AppImage}"
: "${LINUXDEPLOY_QT:?path to linuxdeploy-plugin-qt-x86_64.AppImage}"

appdir="$build/AppDir"
rm -rf "$appdir"
cmake --build "$build" -j2
DESTDIR="$PWD/$appdir" cmake --install "$build" --prefix /usr

# The plugin finds the Qt modules from the binaries; the SQL driver and the TLS backend are loaded at
# run time, so they are named (the psql driver brings libpq with it).
export QMAKE="${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}"
export EXTRA_QT_PLUGINS="sqldrivers;tls;iconengines;imageformats"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so"
cp "$LINUXDEPLOY_QT" "$build/linuxdeploy-plugin-qt-x86_64.AppImage"
chmod +x "$build/linuxdeploy-plugin-qt-x86_64.AppImage" "$LINUXDEPLOY"
PATH="$PWD/$build:$PATH" "$LINUXDEPLOY" --appdir "$appdir" \
  --executable "$appdir/usr/bin/tenantscope" --executable "$appdir/usr/bin/tenantscope-cli" \
  --desktop-file "$appdir/usr/share/applications/io.tenantscope.TenantScope.desktop" \
  --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/tenantscope.png" \
  --plugin qt --output appimage
