#pragma once

#include "charts/chartwidget.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class BreakdownModel;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QPieSeries;
class QValueAxis;

// A breakdown (platforms, versions, an event attribute's values) as horizontal bars or as a
// donut, with shares in percent. Shows the largest rows and sums the rest into "Other". The
// chart items are made once; a model reset only replaces their values.
class BreakdownChart : public ChartWidget {
    Q_OBJECT
public:
    enum class Style { Bars, Donut };

    BreakdownChart(const QString &title, Style style, QWidget *parent = nullptr);
    void setModel(BreakdownModel *model);
    void setMaximumRows(int rows) { m_maxRows = rows; }

    int shownCount() const { return int(m_shown.size()); }
    QStringList shownLabels() const { return m_labels; }

private:
    void rebuild() override;
    const QAbstractItemModel *exportModel() const override;
    int exportRole() const override;
    QString tooltip(int row) const;

    QPointer<BreakdownModel> m_model;
    Style m_style;
    int m_maxRows = 8;
    double m_total = 0;
    QVector<std::pair<QString, double>> m_shown; // label and count, largest first
    QStringList m_tooltipNames;                  // "Germany (DE)", row by row with m_shown
    QStringList m_labels;                        // "win · 51.9 %"
    QPieSeries *m_pie = nullptr;
    QHorizontalBarSeries *m_bars = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};
