#pragma once

#include <QIcon>
#include <QImage>

// TenantScope's icon, painted (no image files to ship or keep in step): a blue rounded square with
// three usage bars and a magnifier. The same drawing gives the window icon and, through
// ts_make_icons, the PNGs the installers place in the icon themes; installer/linux/tenantscope.svg
// is its scalable twin.
QImage paintAppIcon(int size);
QIcon appIcon();
