#pragma once

#include <QIcon>

// The navigation's page icons, painted (no image files): a line drawing in the palette's text colour
// (the highlighted text's when selected, the disabled text's when disabled), drawn at whatever size and
// device pixel ratio is asked, so it follows light and dark palettes and stays crisp on HiDPI screens.
enum class PageGlyph
{
    Home,
    Tenants,
    Usage,
    Costs,
    Executions,
    Queues,
    Plans,
    Flags,
    Alerts,
    Playground,
    Keys,
    Reconciliation,
};

QIcon pageIcon(PageGlyph glyph);
