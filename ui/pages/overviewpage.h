#pragma once

#include "api/apitypes.h"
#include "models/breakdownmodel.h"
#include "models/dayseriesmodel.h"
#include "pages/analyticspage.h"

#include <optional>

class BreakdownChart;
class DayLineChart;
class Panel;
class QGridLayout;
class QLabel;
class QuickGlancePanel;

// Overview: quick-glance cards, daily usage / new users / active users with the previous period
// dashed, average session duration, totals, and the platform, version, language, country and
// RAM breakdowns. Its three requests (quick glance, this range, the previous range) run at once.
class OverviewPage : public AnalyticsPage {
    Q_OBJECT
public:
    enum Series {
        Usage,
        NewUsers,
        ActiveUsers,
        NonNewUsers,
        AvgDuration,
        PreviousUsage,
        PreviousNewUsers,
        PreviousActiveUsers
    };
    enum BreakdownKind { Platforms, Versions, Languages, Countries, Ram, BreakdownCount };

    OverviewPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void reload() override;

    QuickGlancePanel *quickGlance() const { return m_quickGlance; }
    DayLineChart *usageChart() const { return m_usageChart; }
    DayLineChart *newUsersChart() const { return m_newUsersChart; }
    DayLineChart *activeUsersChart() const { return m_activeUsersChart; }
    DayLineChart *durationChart() const { return m_durationChart; }
    BreakdownChart *breakdownChart(BreakdownKind kind) const { return m_breakdownCharts[kind]; }
    const BreakdownModel &breakdownModel(BreakdownKind kind) const { return m_breakdowns[kind]; }
    const DaySeriesModel &dailyModel() const { return m_daily; }
    QList<Panel *> panels() const;
    QString totalsText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns); // charts in one or two columns
    // An answer for one period, and when it was received if it came from the answer cache.
    struct Period {
        std::optional<DailyAnalytics> data;
        QDateTime asOf;
    };
    // Asks for `period`'s analytics over `range`; `shown` follows a stored answer.
    void loadPeriod(const QString &slot, const TimeRange &range, Period *period,
                    std::function<void()> shown, std::function<void(const ApiError &)> failed);
    void showBreakdowns();
    void currentFailed(const ApiError &error);
    void previousFailed(const ApiError &error);
    void showDaily();
    // "In this range: 4,726 users (+3.2 %) · …": each total with its change.
    QString rangeTotals() const;
    // Answers already waiting in the event queue are drawn together, once.
    void scheduleDaily();

    DaySeriesModel m_daily;
    BreakdownModel m_breakdowns[BreakdownCount];
    Period m_current, m_previous;
    bool m_currentFailed = false; // the range's analytics failed (m_current may be a kept one)
    QString m_previousFailure;    // why the comparison lines are missing or old, if they are
    QuickGlancePanel *m_quickGlance;
    DayLineChart *m_usageChart, *m_newUsersChart, *m_activeUsersChart, *m_durationChart;
    BreakdownChart *m_breakdownCharts[BreakdownCount];
    Panel *m_usagePanel, *m_newUsersPanel, *m_activeUsersPanel, *m_durationPanel;
    Panel *m_breakdownPanels[BreakdownCount];
    QLabel *m_totals;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    class QTimer *m_redraw;
    RequestTracker::Id m_drawRequest = 0; // the redraw that answers wait for
};
