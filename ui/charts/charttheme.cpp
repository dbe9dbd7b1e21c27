#include "charts/charttheme.h"

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
