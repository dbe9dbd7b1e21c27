#pragma once

#include "api/apitypes.h"
#include "models/breakdownmodel.h"
#include "models/dayseriesmodel.h"
#include "models/seriestotalsmodel.h"
#include "pages/analyticspage.h"

class BreakdownChart;
class DayLineChart;
class Panel;
class QComboBox;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

// Events: one line per custom event over the range (the top N, the rest as "Others"; legend
// clicks toggle lines), a sortable totals table, and for the selected event its properties
// (eventsprops) and the value breakdown of the chosen property (events/:event/:attr).
class EventsPage : public AnalyticsPage {
    Q_OBJECT
public:
    EventsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Events"); }
    void reload() override;

    DayLineChart *chart() const { return m_chart; }
    QTableView *totalsView() const { return m_table; }
    QComboBox *propertyBox() const { return m_property; }
    BreakdownChart *attributeChart() const { return m_attributeChart; }
    const BreakdownModel &attributeModel() const { return m_attribute; }
    Panel *chartPanel() const { return m_chartPanel; }
    Panel *attributePanel() const { return m_attributePanel; }
    void setTopCount(int count);
    // Shows an events answer (what a load does when it arrives; public for benchmarks).
    void showEvents(const DailySeries &events);
    void selectEvent(const QString &event);
    QString selectedEvent() const { return m_selectedEvent; }

private:
    void showSeries();
    void showProperties();
    void loadAttribute();

    DailySeries m_events;
    QVector<EventProperty> m_properties;
    QString m_selectedEvent;
    DaySeriesModel m_daily;
    SeriesTotalsModel m_totals;
    BreakdownModel m_attribute;
    QDateTime m_eventsAsOf; // set when the series shown came from the answer cache
    QSortFilterProxyModel *m_sorted;
    DayLineChart *m_chart;
    QSpinBox *m_top;
    QTableView *m_table;
    QComboBox *m_property;
    class QLabel *m_eventLabel;
    BreakdownChart *m_attributeChart;
    Panel *m_chartPanel, *m_totalsPanel, *m_attributePanel;
};
