#include <ui/common/AsOfLabel.h>

AsOfLabel::AsOfLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("asOf"));
    setEnabled(false); // the palette's quieter text: a note, not a figure
    hide();
}

void AsOfLabel::setFreshness(const Freshness& freshness)
{
    setText(freshness.text());
    setToolTip(freshness.fromStandby()
                   ? tr("These figures were read from the hot standby, which replays the primary's changes with a "
                        "delay. Writes and actions always go to the primary.")
                   : QString());
    // Past the bound it is a warning, not a note: full-strength text (the status bar offers the primary).
    setEnabled(freshness.pastBound);
    setVisible(freshness.fromStandby());
}
