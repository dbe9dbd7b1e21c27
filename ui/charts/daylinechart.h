#pragma once

#include "charts/chartwidget.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>

class DaySeriesModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Lines over the days of a DaySeriesModel, with a date axis showing every day of the range.
// Series are replaced in one go when the model resets (never appended point by point); hover
// shows the exact value and date; clicking a legend entry hides or shows its line; right-click
// exports PNG or CSV.
class DayLineChart : public ChartWidget {
    Q_OBJECT
public:
    struct Line {
        int series = 0;      // index into the model's series()
        bool dashed = false; // e.g. the previous period, for comparison
        int color = -1;      // palette index; -1: the line's own position
    };

    explicit DayLineChart(const QString &title, QWidget *parent = nullptr);

    // No `lines`: one solid line per series of the model.
    void setModel(DaySeriesModel *model, const QVector<Line> &lines = {});
    void setValueFormatter(std::function<QString(double)> formatter);
    // Plots value x scale (e.g. seconds as minutes) with `unit` as the axis title; tooltips
    // keep the exact value.
    void setAxisScale(double scale, const QString &unit);

    int seriesCount() const;
    int pointCount(int line) const;
    QString lineName(int line) const;
    bool isLineVisible(int line) const;
    void setLineVisible(int line, bool visible);
    // The tooltip text for the point nearest `day` on `line` (what hovering shows).
    QString tooltipFor(int line, int row) const;
    // Where the value of `line` on day `row` is drawn, in this widget's coordinates (where a
    // pointer hovering shows its tooltip); null for a hidden line or a day without a value.
    QPoint pointPosition(int line, int row) const;

protected:
    QString dayTooltip(int row) const override;

private:
    void rebuild() override;
    const QAbstractItemModel *exportModel() const override;
    int exportRole() const override;

    QPointer<DaySeriesModel> m_model;
    QVector<Line> m_lines;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QVector<QLineSeries *> m_series;
    QVector<int> m_seriesLine; // model series shown by each QLineSeries
    std::function<QString(double)> m_format;
    double m_scale = 1.0;
};
