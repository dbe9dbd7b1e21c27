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
// WCAG 2 contrast ratio of two colours (1 to 21; text needs 4.5 for level AA).
double contrast(const QColor &a, const QColor &b);
// `color`, or the nearest mix of it with the palette's text colour that reads at 4.5:1 or more
// on both the palette's Window and Base (a platform's palette can be anything).
QColor readable(const QColor &color, const QPalette &palette);
// Text colours of the window, each AA on Window and Base in light and dark mode: good news (a
// metric moving the right way), bad news and warnings, and muted text (notes, "as of").
QColor goodNews(const QPalette &palette);
QColor badNews(const QPalette &palette);
QColor mutedText(const QPalette &palette);

// A dark palette for the Fusion style (`screenshot --palette dark`, and systems whose theme
// gives Qt no dark palette of its own).
QPalette darkPalette();
} // namespace ChartTheme
