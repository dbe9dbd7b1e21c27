#include "charts/daylinechart.h"
#include "models/displayformat.h"

#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "models/chartsummary.h"
#include "models/dayseriesmodel.h"
#include "models/quickglancesummary.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

DayLineChart::DayLineChart(const QString &title, QWidget *parent)
    : ChartWidget(title, parent)
    , m_axisX(new QDateTimeAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_format([](double v) { return formatCount(v); })
{
    frameDays(m_axisX, m_axisY, 240);
    ChartTheme::apply(m_chart, palette());
}

void DayLineChart::setModel(DaySeriesModel *model, const QVector<Line> &lines)
{
    m_model = model;
    m_lines = lines;
    followModel(model);
}

void DayLineChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_format = std::move(formatter);
}

void DayLineChart::setAxisScale(double scale, const QString &unit)
{
    m_scale = scale;
    m_axisY->setTitleText(unit);
    rebuild();
}

void DayLineChart::rebuild()
{
    if (!m_model)
        return;
    const auto &days = m_model->days();
    const auto &series = m_model->series();
    QVector<Line> lines = m_lines;
    if (lines.isEmpty()) {
        for (int i = 0; i < series.size(); ++i)
            lines.append({i, false});
    }
    // Keep the QLineSeries when the shape is unchanged: only their points are replaced.
    QVector<bool> hidden;
    if (m_seriesLine.size() != lines.size()) {
        for (QLineSeries *s : std::as_const(m_series))
            hidden.append(!s->isVisible());
        m_chart->removeAllSeries();
        m_series.clear();
        for (int i = 0; i < lines.size(); ++i) {
            auto *s = new QLineSeries;
            m_chart->addSeries(s);
            s->attachAxis(m_axisX);
            s->attachAxis(m_axisY);
            m_series.append(s);
        }
        const auto markers = m_chart->legend()->markers();
        for (QLegendMarker *marker : markers) {
            connect(marker, &QLegendMarker::clicked, this, [this, marker] {
                const int line =
                    int(m_series.indexOf(qobject_cast<QLineSeries *>(marker->series())));
                setLineVisible(line, !isLineVisible(line));
            });
        }
    }
    m_seriesLine.clear();

    double minY = 0, maxY = 1;
    for (int i = 0; i < lines.size(); ++i) {
        const int index = lines[i].series;
        m_seriesLine.append(index);
        QLineSeries *s = m_series[i];
        QList<QPointF> points;
        if (index >= 0 && index < series.size()) {
            s->setName(DisplayFormat::chartName(series[index].name));
            points.reserve(days.size());
            for (int row = 0; row < days.size(); ++row) {
                const OptNumber v = series[index].values[row];
                if (!v)
                    continue; // "no data" (durations): no point rather than a false zero
                const double y = *v * m_scale;
                points.append(QPointF(double(dayToAxisMs(days[row])), y));
                minY = std::min(minY, y);
                maxY = std::max(maxY, y);
            }
        }
        QPen pen = s->pen();
        pen.setWidthF(2.0);
        QColor color = ChartTheme::color(lines[i].color >= 0 ? lines[i].color : i, palette());
        if (lines[i].dashed) {
            pen.setStyle(Qt::DashLine);
            color.setAlphaF(0.55);
        }
        pen.setColor(color);
        s->setPen(pen);
        s->clearPointsConfiguration(); // before the points change: it names point indexes
        s->replace(points);
        // A day not over yet ends the line with a dot (and its tooltip says "so far"), so its
        // drop reads as "still counting", not as a collapse. Comparison lines are whole days.
        const bool partial = m_model->lastDayPartial() && !lines[i].dashed && !points.isEmpty() &&
                             points.last().x() == double(dayToAxisMs(days.last()));
        // Qt draws a point's marker only when the series shows markers at all: the others get
        // size 0 (cheaper than configuring each of them away).
        s->setPointsVisible(partial);
        if (partial) {
            s->setMarkerSize(0);
            s->setPointConfiguration(int(points.size()) - 1,
                                     {{QXYSeries::PointConfiguration::Size, 4.0}});
        }
    }
    fitDayAxis(m_axisX, days);
    fitCountAxis(m_axisY, minY, maxY * 1.08);
    for (int i = 0; i < hidden.size() && i < m_series.size(); ++i)
        setLineVisible(i, !hidden[i]);
    QStringList parts;
    for (const Line &line : std::as_const(lines)) {
        if (line.series >= 0 && line.series < series.size())
            parts.append(ChartSummary::daySeries(
                series[line.series].name, series[line.series].values,
                series[line.series].isDuration, m_model->lastDayPartial() && !line.dashed));
    }
    setSummary(ChartSummary::days(m_title, days, parts));
}

int DayLineChart::seriesCount() const
{
    return int(m_series.size());
}

int DayLineChart::pointCount(int line) const
{
    return line >= 0 && line < m_series.size() ? int(m_series[line]->count()) : -1;
}

QString DayLineChart::lineName(int line) const
{
    return line >= 0 && line < m_series.size() ? m_series[line]->name() : QString();
}

bool DayLineChart::isLineVisible(int line) const
{
    return line >= 0 && line < m_series.size() && m_series[line]->isVisible();
}

void DayLineChart::setLineVisible(int line, bool visible)
{
    if (line < 0 || line >= m_series.size())
        return;
    m_series[line]->setVisible(visible);
    // The legend entry stays, greyed out, so the line can be brought back.
    const auto markers = m_chart->legend()->markers(m_series[line]);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(true);
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(label);
    }
}

QString DayLineChart::tooltipFor(int line, int row) const
{
    if (!m_model || line < 0 || line >= m_seriesLine.size() || row < 0 ||
        row >= m_model->days().size())
        return {};
    const auto &series = m_model->series().value(m_seriesLine[line]);
    const OptNumber v = series.values.value(row);
    const QString value = v ? m_format(*v) : tr("no data");
    return QStringLiteral("%1\n%2: %3")
        .arg(dayTitle(*m_model, row, m_lines.value(line).dashed), series.name, value);
}

QPoint DayLineChart::pointPosition(int line, int row) const
{
    if (!m_model || !isLineVisible(line) || row < 0 || row >= m_model->days().size())
        return {};
    const OptNumber v = m_model->series().value(m_seriesLine[line]).values.value(row);
    if (!v)
        return {};
    const QPointF value(double(dayToAxisMs(m_model->days()[row])), *v * m_scale);
    const QPointF inChart = m_chart->mapToPosition(value, m_series[line]);
    return m_view->viewport()->mapTo(this, m_view->mapFromScene(m_chart->mapToScene(inChart)));
}

QString DayLineChart::dayTooltip(int row) const
{
    if (!m_model || row < 0 || row >= m_model->days().size())
        return {};
    // Every shown line's value that day; a dashed line (the previous period) also says how
    // the solid line before it changed against it.
    QStringList lines{dayTitle(*m_model, row)};
    for (int i = 0; i < m_seriesLine.size(); ++i) {
        if (!isLineVisible(i))
            continue;
        const auto &series = m_model->series().value(m_seriesLine[i]);
        const OptNumber v = series.values.value(row);
        lines.append(QStringLiteral("%1: %2").arg(DisplayFormat::chartName(series.name),
                                                  v ? m_format(*v) : tr("no data")));
        if (m_lines.value(i).dashed && i > 0 && !m_lines.value(i - 1).dashed) {
            MetricChange change;
            change.current = m_model->series().value(m_seriesLine[i - 1]).values.value(row);
            change.previous = v;
            lines.append(tr("Change: %1").arg(change.changeText()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

const QAbstractItemModel *DayLineChart::exportModel() const
{
    return m_model.data();
}

int DayLineChart::exportRole() const
{
    return DaySeriesModel::ValueRole;
}
