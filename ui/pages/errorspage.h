#pragma once

#include "api/apitypes.h"
#include "models/dayseriesmodel.h"
#include "models/seriestotalsmodel.h"
#include "pages/analyticspage.h"

class Panel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class StackedDayChart;

// Errors: errors per type per day stacked, days far above the range's normal level marked and
// listed, and a sortable totals table.
class ErrorsPage : public AnalyticsPage {
    Q_OBJECT
public:
    ErrorsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Errors"); }
    void reload() override;

    StackedDayChart *chart() const { return m_chart; }
    QTableView *totalsView() const { return m_table; }
    Panel *chartPanel() const { return m_chartPanel; }
    Panel *totalsPanel() const { return m_totalsPanel; }
    QString spikeText() const;
    const DaySeriesModel &dailyModel() const { return m_daily; }

private:
    void show(const DailySeries &errors, const QDateTime &asOf);

    DaySeriesModel m_daily;
    SeriesTotalsModel m_totals;
    QSortFilterProxyModel *m_sorted;
    StackedDayChart *m_chart;
    QLabel *m_spikes;
    QTableView *m_table;
    Panel *m_chartPanel, *m_totalsPanel;
};
