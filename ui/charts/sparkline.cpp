#include "charts/sparkline.h"

#include "charts/charttheme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(48);
}

void Sparkline::setValues(const QVector<double> &values)
{
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -8, -4);
    QColor line = ChartTheme::color(0, palette());
    if (m_values.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter,
                   m_values.isEmpty() ? tr("waiting for the first count")
                                      : tr("more points after the next poll"));
        return;
    }
    const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double min = std::min(0.0, *lo), max = std::max(*hi, min + 1);
    auto point = [&](int i) {
        const double x = area.left() + area.width() * i / double(m_values.size() - 1);
        const double y = area.bottom() - area.height() * (m_values[i] - min) / (max - min);
        return QPointF(x, y);
    };
    QPainterPath path(point(0));
    for (int i = 1; i < m_values.size(); ++i)
        path.lineTo(point(i));
    QPainterPath fill = path;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    QColor shade = line;
    shade.setAlphaF(0.18);
    p.fillPath(fill, shade);
    p.setPen(QPen(line, 2));
    p.drawPath(path);
    p.setBrush(line);
    p.drawEllipse(point(int(m_values.size()) - 1), 3.5, 3.5);
}
