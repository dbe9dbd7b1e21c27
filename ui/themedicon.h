#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// Icons drawn as one-colour SVG line art in resources (black strokes), coloured at run time
// with the palette's text colours: the same file reads well in light and dark mode, and white
// on the selection's highlight.
namespace ThemedIcon {
// Null when the SVG image plugin is missing: the caller shows its text alone. Each size and
// mode is drawn when first shown.
QIcon make(const QString &resource, const QPalette &palette);
} // namespace ThemedIcon
