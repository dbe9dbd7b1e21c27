#include "charts/stackeddaychart.h"
#include "models/displayformat.h"

#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "charts/daylinechart.h"
#include "models/chartsummary.h"
#include "models/dayseriesmodel.h"
#include "models/quickglancesummary.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

StackedDayChart::StackedDayChart(const QString &title, QWidget *parent)
    : ChartWidget(title, parent)
    , m_axisX(new QDateTimeAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
{
    frameDays(m_axisX, m_axisY, 280);
    ChartTheme::apply(m_chart, palette());
}

void StackedDayChart::setModel(DaySeriesModel *model)
{
    m_model = model;
    followModel(model);
}

void StackedDayChart::setMarkedDays(const QVector<bool> &marked)
{
    m_marked = marked;
    rebuild();
}

void StackedDayChart::rebuild()
{
    // The areas go with the chart's series; their boundary lines with them (parented below).
    m_chart->removeAllSeries();
    m_layers.clear();
    m_marks = nullptr;
    if (!m_model)
        return;
    const auto &days = m_model->days();
    const auto &series = m_model->series();
    QVector<double> below(days.size(), 0.0);
    double maxY = 1;
    for (int k = 0; k < series.size(); ++k) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        QList<QPointF> lowerPoints, upperPoints;
        for (int row = 0; row < days.size(); ++row) {
            const double x = double(dayToAxisMs(days[row]));
            const double v = series[k].values[row].value_or(0);
            lowerPoints.append(QPointF(x, below[row]));
            below[row] += v;
            upperPoints.append(QPointF(x, below[row]));
            maxY = std::max(maxY, below[row]);
        }
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(DisplayFormat::chartName(series[k].name));
        QColor fill = ChartTheme::color(k, palette());
        area->setPen(QPen(fill, 1));
        fill.setAlphaF(0.75);
        area->setBrush(fill);
        m_chart->addSeries(area);
        // An area does not own its lines, and the chart owns only the area: without this every
        // rebuild (each range change, twice) left two lines per layer behind (the soak's growth).
        // Not before addSeries: until then the area is a child of `upper`.
        upper->setParent(area);
        lower->setParent(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_layers.append(area);
    }
    QList<QPointF> marks;
    for (int row = 0; row < days.size() && row < m_marked.size(); ++row) {
        if (m_marked[row])
            marks.append(QPointF(double(dayToAxisMs(days[row])), below[row]));
    }
    if (!marks.isEmpty()) {
        m_marks = new QScatterSeries;
        m_marks->setName(tr("Spike"));
        // The text colour stands apart from every series colour, in light and dark mode.
        m_marks->setColor(palette().color(QPalette::WindowText));
        m_marks->setBorderColor(palette().color(QPalette::Base));
        m_marks->setMarkerSize(11);
        m_marks->replace(marks);
        m_chart->addSeries(m_marks);
        m_marks->attachAxis(m_axisX);
        m_marks->attachAxis(m_axisY);
    }
    fitDayAxis(m_axisX, days);
    fitCountAxis(m_axisY, 0, maxY * 1.1);
    // Each layer's range and trend; a long stack names its first five and counts the rest.
    QStringList parts;
    for (int k = 0; k < series.size() && k < 5; ++k)
        parts.append(ChartSummary::daySeries(series[k].name, series[k].values, false,
                                             m_model->lastDayPartial()));
    if (series.size() > 5)
        parts.append(tr("%n more", nullptr, int(series.size()) - 5));
    if (!marks.isEmpty())
        parts.append(
            tr("%n day(s) far above the range's normal level", nullptr, int(marks.size())));
    setSummary(ChartSummary::days(m_title, days, parts));
}

int StackedDayChart::layerCount() const
{
    return int(m_layers.size());
}

int StackedDayChart::pointCount(int layer) const
{
    return layer >= 0 && layer < m_layers.size() ? int(m_layers[layer]->upperSeries()->count())
                                                 : -1;
}

int StackedDayChart::markedCount() const
{
    return m_marks ? int(m_marks->count()) : 0;
}

QString StackedDayChart::tooltipFor(int row) const
{
    if (!m_model || row < 0 || row >= m_model->days().size())
        return {};
    QStringList lines{dayTitle(*m_model, row)};
    double total = 0;
    for (const auto &s : m_model->series()) {
        const double v = s.values[row].value_or(0);
        total += v;
        lines.append(
            QStringLiteral("%1: %2").arg(DisplayFormat::chartName(s.name), formatCount(v)));
    }
    lines.append(tr("Total: %1").arg(formatCount(total)));
    if (row < m_marked.size() && m_marked[row])
        lines.append(tr("Far above this range's normal level"));
    return lines.join(QLatin1Char('\n'));
}

const QAbstractItemModel *StackedDayChart::exportModel() const
{
    return m_model.data();
}

int StackedDayChart::exportRole() const
{
    return DaySeriesModel::ValueRole;
}
