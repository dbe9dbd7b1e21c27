#include "charts/charttheme.h"

#include <cmath>

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

bool ChartTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartTheme::color(int index, const QPalette &palette)
{
    // Distinct hues of similar weight; brighter variants on dark backgrounds.
    static const QColor light[] = {
        QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728), QColor(0x9467bd),
        QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22), QColor(0x17becf)};
    static const QColor dark[] = {
        QColor(0x6cb6ff), QColor(0xffa657), QColor(0x7ee787), QColor(0xff7b72), QColor(0xd2a8ff),
        QColor(0xe3b341), QColor(0xf778ba), QColor(0xb1bac4), QColor(0xd4d76a), QColor(0x56d4dd)};
    const int n = int(sizeof(light) / sizeof(light[0]));
    const int i = ((index % n) + n) % n;
    return isDark(palette) ? dark[i] : light[i];
}

void ChartTheme::apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->setBackgroundPen(Qt::NoPen); // outlined only while it has the keyboard's focus
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleBrush(text);
    }
}

QPalette ChartTheme::darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x25), base(0x17, 0x19, 0x1c), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, text.darker(160));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(180));
    return p;
}

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t) // t = 0: a, t = 1: b
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}
} // namespace

double ChartTheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartTheme::readable(const QColor &color, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    const auto ok = [&](const QColor &c) {
        return contrast(c, window) >= 4.5 && contrast(c, base) >= 4.5;
    };
    for (double t = 0; t <= 1.0; t += 0.05) {
        const QColor c = mix(color, text, t);
        if (ok(c))
            return c;
    }
    return text;
}

QColor ChartTheme::goodNews(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37), palette);
}

QColor ChartTheme::badNews(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e), palette);
}

QColor ChartTheme::mutedText(const QPalette &palette)
{
    // Halfway between text and background reads as "secondary"; readable() darkens (or
    // lightens) it just enough for AA.
    return readable(mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.5),
                    palette);
}
