#pragma once

#include <QDate>
#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

class DaySeriesModel;
class QAbstractAxis;
class QAbstractItemModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
class QGraphicsLineItem;

// What every chart of ours shares: a QChart in a QChartView, the palette-following style
// (restyled on a light/dark switch), and right-click export of the picture and of the data of
// the model behind it. Subclasses draw in rebuild().
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    ~ChartWidget() override;
    QChart *chart() const { return m_chart; }
    // What the tooltip following the pointer says now (empty when it is hidden).
    QString hoverText() const { return m_hoverText; }
    // The chart in words, as a screen reader tells it ("Daily usage, 29 Oct to 27 Nov: ...").
    QString summary() const;

protected:
    ChartWidget(const QString &title, QWidget *parent);

    virtual void rebuild() = 0;
    // Draws again (rebuild()) whenever `model` resets, and no longer for the model before it;
    // draws now.
    void followModel(QAbstractItemModel *model);
    // The frame of a chart over days: the days along the bottom, whole counts up the left, the
    // legend under the plot, at least `minHeight` px tall.
    void frameDays(QDateTimeAxis *days, QValueAxis *counts, int minHeight);
    // The model and role whose data "Export data as CSV" writes.
    virtual const QAbstractItemModel *exportModel() const = 0;
    virtual int exportRole() const = 0;

    // The tooltip of the day under the pointer: the pointer anywhere over the plot picks the
    // nearest day, so no one has to aim at a 2 px line. Empty: no tooltip.
    virtual QString dayTooltip(int row) const
    {
        Q_UNUSED(row);
        return {};
    }

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Shows every day of `days` on a date axis (half a day of margin on both ends), with as
    // many dated ticks as fit the chart's width unclipped (kept so as the chart is resized).
    void fitDayAxis(QDateTimeAxis *axis, const QVector<QDate> &days);
    // Makes the chart measure `axis`'s labels again after its range or categories changed.
    // QtCharts keeps the size it measured for the labels of the old range when the change
    // comes while the chart is not laid out (a panel still showing its placeholder), and then
    // draws the new, wider labels as "…" (seen on Qt 6.4 and 6.8).
    static void remeasureLabels(QAbstractAxis *axis);
    // A value axis of whole numbers ("%.0f") from `min` to `max` with round ticks: when the
    // values are small (at most 2 events a day), one tick per whole number, so no two ticks
    // read the same ("0, 1, 1, 2"). Remeasures its labels.
    static void fitCountAxis(QValueAxis *axis, double min, double max);

    // "Wed 27 Nov 2026" for a tooltip, with ", so far (the day is not over)" for a last day
    // still counting (`wholeDays`: the line shows whole days, e.g. the previous period).
    static QString dayTitle(const DaySeriesModel &model, int row, bool wholeDays = false);
    // What the chart shows in words (ChartSummary), told to screen readers as the description
    // of the chart's view, whose name is the title. Subclasses call it after each rebuild().
    void setSummary(const QString &summary);

    QString m_title; // for exported file names; the panel around the chart shows the title
    QChart *m_chart;
    QChartView *m_view;

private:
    QPointer<QAbstractItemModel> m_followed;
    void fitDayTicks();
    void showFocus(bool focused);
    // The pointer moved to `viewPos`: the nearest day's tooltip and a guide line, or none.
    void hoverAt(const QPoint &viewPos, const QPoint &globalPos);
    void endHover();

    QDateTimeAxis *m_dayAxis = nullptr;
    int m_dayCount = 0;
    QDate m_firstDay;
    QGraphicsLineItem *m_guide = nullptr; // the hovered day's vertical line
    QString m_hoverText;
    bool m_exporting = false; // the context menu (export) is open: no focus outline
};

// Milliseconds since the epoch of a day's local noon: where a day's point sits on date axes
// (every day chart's, and their tooltips').
qint64 dayToAxisMs(const class QDate &day);
