#include "appearance.h"

#include "charts/charttheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

namespace {
const QString kKey = QStringLiteral("appearance/scheme");
} // namespace

Appearance *Appearance::instance()
{
    static Appearance *one = new Appearance(qApp);
    return one;
}

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QApplication::palette())
{
    const int saved = QSettings().value(kKey, int(Scheme::System)).toInt();
    if (saved >= int(Scheme::System) && saved <= int(Scheme::Dark))
        m_scheme = Scheme(saved);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_scheme == Scheme::System)
            apply();
    });
#endif
    apply();
}

QString Appearance::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return tr("Light");
    case Scheme::Dark:
        return tr("Dark");
    case Scheme::System:
        break;
    }
    return tr("As the system");
}

void Appearance::setScheme(Scheme scheme)
{
    QSettings().setValue(kKey, int(scheme));
    applyForThisRun(scheme);
}

void Appearance::applyForThisRun(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    apply();
    emit schemeChanged(scheme);
}

bool Appearance::isDark() const
{
    return ChartTheme::isDark(QApplication::palette());
}

void Appearance::apply()
{
    bool dark = m_scheme == Scheme::Dark;
    if (m_scheme == Scheme::System) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
        dark = ChartTheme::isDark(m_platformPalette);
#endif
    }
    QPalette palette;
    if (dark)
        // The platform's own dark palette when it has one; ours where it gives none (X11
        // without a desktop theme, older Windows styles).
        palette =
            ChartTheme::isDark(m_platformPalette) ? m_platformPalette : ChartTheme::darkPalette();
    else
        palette = ChartTheme::isDark(m_platformPalette) ? QApplication::style()->standardPalette()
                                                        : m_platformPalette;
    // The Windows "vista" style draws with the system's colours whatever the palette says:
    // Fusion draws the palette it is given.
    if (dark && QApplication::style()->name() == QLatin1String("windowsvista"))
        QApplication::setStyle(QStringLiteral("Fusion"));
    // Muted text (notes, "as of", placeholders) at WCAG AA on this palette: Qt's default is the
    // text at half opacity, 2.8:1 on Fusion's light grey.
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setCurrentColorGroup(group);
        palette.setColor(group, QPalette::PlaceholderText, ChartTheme::mutedText(palette));
        // Selected rows' text at AA too (Fusion's light blue under white is 3.7:1).
        QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        for (int i = 0; i < 10 && ChartTheme::contrast(selected, highlight) < 4.5; ++i)
            highlight =
                selected.lightness() >= 128 ? highlight.darker(110) : highlight.lighter(110);
        palette.setColor(group, QPalette::Highlight, highlight);
    }
    palette.setCurrentColorGroup(QPalette::Active);
    QApplication::setPalette(palette);
}
