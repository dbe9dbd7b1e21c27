#pragma once

#include <QPointer>
#include <QWidget>

class BreakdownModel;
class QChart;
class QChartView;

// A breakdown (platforms, versions, an event attribute's values) as horizontal bars or as a
// donut, with shares in percent. Shows the largest rows and sums the rest into "Other".
class BreakdownChart : public QWidget {
    Q_OBJECT
public:
    enum class Style { Bars, Donut };

    BreakdownChart(const QString &title, Style style, QWidget *parent = nullptr);
    void setModel(BreakdownModel *model);
    void setMaximumRows(int rows) { m_maxRows = rows; }

    int shownCount() const { return m_shown; }
    QStringList shownLabels() const { return m_labels; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();

    QPointer<BreakdownModel> m_model;
    QString m_title;
    Style m_style;
    int m_maxRows = 8;
    int m_shown = 0;
    QStringList m_labels;
    QChart *m_chart;
    QChartView *m_view;
};
