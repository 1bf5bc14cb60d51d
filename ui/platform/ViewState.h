#pragma once

#include <QString>

class QMainWindow;
class QStackedWidget;

// Where the user left things, per connection profile: the window's geometry, the page, and every
// page's splitter positions and column widths (QSettings, "view/<profile>/…"). Splitters and headers
// are keyed by the page's object name and by their order within it, so no other widget needs a name.
namespace ViewState
{
void save(const QMainWindow* window, const QStackedWidget* pages, const QString& profile);
// Returns the page to show, or -1 when nothing was saved for the profile.
int restore(QMainWindow* window, QStackedWidget* pages, const QString& profile);
// The last saved geometry of any profile, for the window's first show.
void restoreLastGeometry(QMainWindow* window);
} // namespace ViewState
