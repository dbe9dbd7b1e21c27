#pragma once

#include "api/apitypes.h"
#include "models/dayseriesmodel.h"
#include "models/seriestotalsmodel.h"
#include "pages/analyticspage.h"

class Panel;
class QSortFilterProxyModel;
class QTableView;

// The base of the pages of named daily series, Events and Errors: the API's series drawn per
// day (the biggest names each on their own, the rest summed), and a sortable, exportable table
// of every name's totals. Their two panels load, fail and show old data together.
class SeriesPage : public AnalyticsPage {
    Q_OBJECT
public:
    QTableView *totalsView() const { return m_table; }
    Panel *chartPanel() const { return m_chartPanel; }
    Panel *totalsPanel() const { return m_totalsPanel; }
    const DaySeriesModel &dailyModel() const { return m_daily; }

protected:
    // What the page calls things, in its own words (translated in its context).
    struct Words {
        QString series;    // "Events": what could not be loaded
        QString tableName; // "Event totals": the exported table's file name
        QString others;    // "Others": the names summed into one
        QString empty;     // "No events in this range."
    };
    // ApiClient::events or ApiClient::errors.
    using Fetch = ApiClient::CallId (ApiClient::*)(const QString &, const TimeRange &, QObject *,
                                                   ApiClient::Callback<DailySeries>);
    SeriesPage(ApiClient *client, DashboardState *state, Fetch fetch, Words words, QWidget *parent);

    // The chart panel around `chartArea` and the totals panel; Retry on either reloads.
    void makePanels(QWidget *chartArea, const QString &chartTitle, const QString &totalsTitle);
    // Asks for the range's series under `slot`; the answer is kept and shown.
    void loadSeries(const QString &slot);
    // Shows the kept series: the chart, the table, the panels' state.
    void showSeries();
    // How many names the chart draws on their own.
    virtual int namesDrawn() const = 0;
    // After the series are shown, over `days`: what the page adds (Errors marks its spikes).
    virtual void seriesShown(const QVector<QDate> & /*days*/) {}

    DailySeries m_series;
    QDateTime m_seriesAsOf; // set when the series came from the answer cache
    DaySeriesModel m_daily;
    SeriesTotalsModel m_totals;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    Panel *m_chartPanel = nullptr;
    Panel *m_totalsPanel = nullptr;

private:
    Fetch m_fetch;
    Words m_words;
};
