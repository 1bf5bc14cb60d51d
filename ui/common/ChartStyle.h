#pragma once

#include <QApplication>
#include <QChart>
#include <QPalette>

// Charts follow the system's light or dark palette (Qt Charts draws its own background, so a light
// chart would glare in a dark window). Applied when a chart is built, before its series get colours.
namespace ChartStyle
{
inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline void apply(QChart* chart)
{
    const QPalette palette = QApplication::palette();
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
}
} // namespace ChartStyle
