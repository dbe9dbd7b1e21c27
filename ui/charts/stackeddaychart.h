#pragma once

#include "charts/chartwidget.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class DaySeriesModel;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QScatterSeries;
class QValueAxis;

// Series of a DaySeriesModel stacked as areas over the days (errors per type per day), with
// marked days (spikes) drawn as red points on top. Rebuilt on model reset; hover shows the
// day's value of every series; right-click exports.
class StackedDayChart : public ChartWidget {
    Q_OBJECT
public:
    explicit StackedDayChart(const QString &title, QWidget *parent = nullptr);

    void setModel(DaySeriesModel *model);
    // One flag per day of the model: days to highlight.
    void setMarkedDays(const QVector<bool> &marked);

    int layerCount() const;
    int pointCount(int layer) const;
    int markedCount() const;
    QString tooltipFor(int row) const;

protected:
    QString dayTooltip(int row) const override { return tooltipFor(row); }

private:
    void rebuild() override;
    const QAbstractItemModel *exportModel() const override;
    int exportRole() const override;

    QPointer<DaySeriesModel> m_model;
    QVector<bool> m_marked;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QVector<QAreaSeries *> m_layers;
    QScatterSeries *m_marks = nullptr;
};
