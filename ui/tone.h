#pragma once

class QWidget;

// Colours a label's text as good news, bad news (and warnings), or plainly, in the colour of
// ChartTheme that reads at WCAG AA on the palette in use, and again after every light/dark
// switch (no fixed colour is readable on both).
namespace Tone {
enum class Kind { Plain, Good, Bad };
void set(QWidget *label, Kind kind);
} // namespace Tone
