#pragma once

#include <QColor>
#include <QPalette>

class QChart;

// Colours and chart styling that follow the widget palette, so charts read well in light and
// dark mode alike.
namespace ChartTheme {
void apply(QChart *chart, const QPalette &palette);
QColor color(int index, const QPalette &palette);
bool isDark(const QPalette &palette);
} // namespace ChartTheme

namespace ChartTheme {
// A dark palette for the Fusion style (`screenshot --palette dark`, and systems whose theme
// gives Qt no dark palette of its own).
QPalette darkPalette();
} // namespace ChartTheme
