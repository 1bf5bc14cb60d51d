#pragma once

#include <QPalette>
#include <QString>

class QWidget;

// The pictures of docs/screenshots, made by the GUI tests that reach each state (scripts/screenshots runs
// them). Nothing is saved unless TS_SCREENSHOT_DIR names a folder. TS_SCREENSHOT_LOOK chooses the look:
// "light" (the default: NAME.png), "dark" (a dark palette: NAME-dark.png) or "de" (German: NAME-de.png).
// With a folder set, the look is applied before the test's first window (the translation) and as the
// event loop first runs (the palette); English plural forms are loaded for the light and dark looks, so
// counts read as the app shows them.
namespace Screenshots
{
// Saves `widget` (a window or a dialog) as NAME[-look].png once pending paints are done.
void save(QWidget* widget, const QString& name);
bool wanted();
// The dark look's palette (with the Fusion style, which follows it on every platform).
QPalette darkPalette();
} // namespace Screenshots
