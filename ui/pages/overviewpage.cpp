#include "pages/overviewpage.h"

#include "api/apiclient.h"
#include "charts/breakdownchart.h"
#include "charts/daylinechart.h"
#include "core/dashboardstate.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "panel.h"
#include "quickglancepanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <numeric>

OverviewPage::OverviewPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_quickGlance(new QuickGlancePanel(client, &m_requests))
    , m_usageChart(new DayLineChart(tr("Daily usage (app starts)")))
    , m_newUsersChart(new DayLineChart(tr("New users")))
    , m_activeUsersChart(new DayLineChart(tr("Active users")))
    , m_durationChart(new DayLineChart(tr("Average session duration")))
    , m_totals(new QLabel)
    , m_redraw(new QTimer(this))
{
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(0); // after the answers already queued, before painting
    connect(m_redraw, &QTimer::timeout, this, &OverviewPage::showDaily);
    m_usageChart->setModel(&m_daily, {{Usage, false, 0}, {PreviousUsage, true, 0}});
    m_newUsersChart->setModel(&m_daily, {{NewUsers, false, 1}, {PreviousNewUsers, true, 1}});
    m_activeUsersChart->setModel(&m_daily,
                                 {{ActiveUsers, false, 2}, {PreviousActiveUsers, true, 2}});
    m_durationChart->setModel(&m_daily, {{AvgDuration, false, 4}});
    m_durationChart->setValueFormatter([](double v) { return formatDuration(v); });
    m_durationChart->setAxisScale(1.0 / 60.0, tr("minutes"));

    m_usagePanel = new Panel(tr("Daily usage (app starts)"), m_usageChart);
    m_newUsersPanel = new Panel(tr("New users"), m_newUsersChart);
    m_activeUsersPanel = new Panel(tr("Active users"), m_activeUsersChart);
    m_durationPanel = new Panel(tr("Average session duration"), m_durationChart);

    const QString names[BreakdownCount] = {tr("Platforms"), tr("Versions"), tr("Languages"),
                                           tr("Countries"), tr("RAM (GB)")};
    m_breakdowns[Ram].setOrder(BreakdownModel::Order::ByNumericValue);
    m_breakdowns[Platforms].setNames(CodeNames::Kind::Platform);
    m_breakdowns[Languages].setNames(CodeNames::Kind::Language);
    m_breakdowns[Countries].setNames(CodeNames::Kind::Country);
    for (int k = 0; k < BreakdownCount; ++k) {
        m_breakdownCharts[k] = new BreakdownChart(
            names[k], k == Platforms ? BreakdownChart::Style::Donut : BreakdownChart::Style::Bars);
        m_breakdownCharts[k]->setModel(&m_breakdowns[k]);
        m_breakdownPanels[k] = new Panel(names[k], m_breakdownCharts[k]);
    }

    auto *content = new QWidget;
    m_grid = new QGridLayout(content);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true); // a narrow window wraps it rather than widening the page
    arrange(2);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (Panel *panel : panels())
        connect(panel, &Panel::retryRequested, this, &OverviewPage::reload);
}

void OverviewPage::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    // Two charts side by side where they have room, one above the other where they do not
    // (a small window, a large scale factor): never a page wider than the window.
    m_grid->addWidget(m_quickGlance, 0, 0, 1, columns);
    m_grid->addWidget(m_totals, 1, 0, 1, columns);
    QList<Panel *> charts{m_usagePanel, m_activeUsersPanel, m_newUsersPanel, m_durationPanel};
    for (Panel *panel : m_breakdownPanels)
        charts.append(panel);
    for (int i = 0; i < charts.size(); ++i)
        m_grid->addWidget(charts[i], 2 + i / columns, i % columns);
    m_grid->setColumnStretch(1, columns > 1 ? 1 : 0);
    m_grid->setColumnStretch(0, 1);
    m_quickGlance->setColumns(columns > 1 ? 4 : 2);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    AnalyticsPage::resizeEvent(event);
    arrange(width() >= 760 ? 2 : 1);
}

QList<Panel *> OverviewPage::panels() const
{
    QList<Panel *> list{m_usagePanel, m_newUsersPanel, m_activeUsersPanel, m_durationPanel};
    for (Panel *panel : m_breakdownPanels)
        list.append(panel);
    return list;
}

QString OverviewPage::totalsText() const
{
    return m_totals->text();
}

void OverviewPage::reload()
{
    m_requests.supersedeAll();
    m_current = {};
    m_previous = {};
    m_previousFailure.clear();
    m_currentFailed = false;
    for (Panel *panel : panels())
        panel->showLoading();
    // All three at once: the page is ready after the slowest, not after their sum.
    m_quickGlance->setAppId(m_state->appId());
    loadPeriod(
        QStringLiteral("overview.analytics"), m_state->range(), &m_current,
        [this] {
            showBreakdowns();
            scheduleDaily();
        },
        [this](const ApiError &error) { currentFailed(error); });
    loadPeriod(
        QStringLiteral("overview.previous"), m_state->previousRange(), &m_previous,
        [this] {
            m_previousFailure.clear();
            scheduleDaily();
        },
        [this](const ApiError &error) { previousFailed(error); });
}

void OverviewPage::loadPeriod(const QString &slot, const TimeRange &range, Period *period,
                              std::function<void()> shown,
                              std::function<void(const ApiError &)> failed)
{
    request<DailyAnalytics>(
        slot,
        [&](auto done) { return m_client->dailyAnalytics(m_state->appId(), range, this, done); },
        [period, shown = std::move(shown)](const Result<DailyAnalytics> &answer) {
            period->data = answer.value();
            period->asOf = answer.asOf();
            shown();
        },
        std::move(failed));
}

void OverviewPage::showBreakdowns()
{
    const DailyAnalytics &a = *m_current.data;
    const Breakdown *lists[BreakdownCount] = {&a.platforms, &a.versions, &a.languages, &a.countries,
                                              &a.ram};
    for (int k = 0; k < BreakdownCount; ++k) {
        m_breakdowns[k].setBreakdown(*lists[k]);
        m_breakdownPanels[k]->showLoaded(!lists[k]->isEmpty(), tr("No data in this range."),
                                         m_current.asOf);
    }
}

void OverviewPage::currentFailed(const ApiError &error)
{
    if (m_current.data && m_redraw->isActive()) {
        // A kept answer waits to be drawn: drawn now, the failure marks it old.
        m_redraw->stop();
        showDaily();
    }
    m_currentFailed = true; // what is drawn (a kept answer, if any) stays old
    // One request feeds every panel below.
    showFailedRequest(tr("This range's figures"), error, m_usagePanel, panels());
}

void OverviewPage::previousFailed(const ApiError &error)
{
    // The current period is drawn all the same: the comparison lines are what is missing (or
    // old, when a kept answer draws them), and the line under the cards says so (once).
    m_previousFailure = m_previous.data && m_previous.asOf.isValid()
                            ? tr("previous period as of %1")
                                  .arg(Panel::shortTime(m_previous.asOf, m_state->zone(),
                                                        QDateTime::currentDateTimeUtc()))
                            : failureText(tr("The previous period"), error);
    scheduleDaily();
}

void OverviewPage::scheduleDaily()
{
    // Drawing counts as a request of the page: it has settled once what came is on screen.
    // Begun inside the answer's handler, so the page never looks idle in between.
    if (!m_requests.isCurrent(m_drawRequest)) {
        m_drawRequest = m_requests.begin(QStringLiteral("overview.draw"));
        // The timer, not the page: the tracker may end the request while the page is being
        // destroyed (its base's member), when the page's own members are gone.
        m_requests.setCancel(m_drawRequest, [timer = QPointer<QTimer>(m_redraw)] {
            if (timer)
                timer->stop();
        });
    }
    if (!m_redraw->isActive())
        m_redraw->start();
}

void OverviewPage::showDaily()
{
    const auto drawn = qScopeGuard([this] { m_requests.end(m_drawRequest, true); });
    if (!m_current.data)
        return; // the previous period alone has nothing to be compared with yet
    const TimeRange range = m_state->range();
    const QVector<QDate> days = range.days();
    const QVector<QDate> previousDays = m_state->previousRange().days();
    const DailyAnalytics &a = *m_current.data;
    auto zero = [&days](const DayValues &v) { return valuesForDays(v, days, MissingDay::Zero); };
    // The previous period, its day i drawn over day i of this one: the same day of the
    // month for the month presets (whose lengths can differ), the same distance back else.
    auto previous = [&](const DayValues DailyAnalytics::*field) {
        QVector<OptNumber> out(days.size());
        if (!m_previous.data)
            return out;
        const QVector<OptNumber> values =
            valuesForDays((*m_previous.data).*field, previousDays, MissingDay::Zero);
        for (int i = 0; i < days.size() && i < values.size(); ++i)
            out[i] = values[i];
        return out;
    };
    m_daily.setSeries(
        days,
        {{tr("Usage"), zero(a.usage)},
         {tr("New users"), zero(a.newUsers)},
         {tr("Active users"), zero(a.activeUsers)},
         {tr("Returning users"), zero(a.nonNewUsers)},
         {tr("Avg session"), valuesForDays(a.avgSessionDuration, days, MissingDay::NoData), true},
         {tr("Usage, previous period"), previous(&DailyAnalytics::usage)},
         {tr("New users, previous period"), previous(&DailyAnalytics::newUsers)},
         {tr("Active users, previous period"), previous(&DailyAnalytics::activeUsers)}},
        range.lastDayIsPartial(m_state->now().toSecsSinceEpoch()));

    const bool anyUsage =
        std::any_of(a.usage.cbegin(), a.usage.cend(), [](Number v) { return v != 0; });
    for (Panel *panel : {m_usagePanel, m_newUsersPanel, m_activeUsersPanel, m_durationPanel}) {
        if (m_currentFailed)
            continue; // the kept answer is drawn, and the panel says it failed to refresh
        panel->showLoaded(anyUsage, tr("No app starts in this range."), m_current.asOf);
    }

    m_totals->setText(rangeTotals());
}

QString OverviewPage::rangeTotals() const
{
    const DailyAnalytics &a = *m_current.data;
    const QVector<QDate> days = m_state->range().days();
    // Every total with its change against the previous period, as the cards have theirs.
    auto changed = [this](const QString &text, const OptNumber &current,
                          const OptNumber &previous) {
        if (!m_previous.data)
            return text;
        MetricChange change;
        change.current = current;
        change.previous = previous;
        return tr("%1 (%2)").arg(text, change.changeText());
    };
    auto sum = [](const DayValues &values) {
        return std::accumulate(values.cbegin(), values.cend(), Number(0));
    };
    auto average = [](const DayValues &values) -> OptNumber {
        if (values.isEmpty())
            return std::nullopt;
        return std::accumulate(values.cbegin(), values.cend(), Number(0)) / values.size();
    };
    const DailyAnalytics *p = m_previous.data ? &*m_previous.data : nullptr;
    const OptNumber duration = average(a.avgSessionDuration);
    QString totals =
        tr("In this range: %1 · %2 · %3 · %4")
            .arg(changed(tr("%1 users").arg(formatCount(a.totalUsers)), a.totalUsers,
                         p ? p->totalUsers : std::nullopt),
                 changed(tr("%1 installs").arg(formatCount(a.totalInstalls)), a.totalInstalls,
                         p ? p->totalInstalls : std::nullopt),
                 changed(tr("%1 app starts").arg(formatCount(sum(a.usage))), sum(a.usage),
                         p ? OptNumber(sum(p->usage)) : std::nullopt),
                 changed(tr("average session %1")
                             .arg(duration ? formatDuration(*duration) : QStringLiteral("—")),
                         duration, p ? average(p->avgSessionDuration) : std::nullopt));
    if (m_daily.lastDayPartial() && !days.isEmpty()) // the dot ending each line
        totals += tr(" · %1 is not over: its values (●) are so far")
                      .arg(DisplayFormat::shortDate(days.last()));
    if (!m_previousFailure.isEmpty())
        totals += QStringLiteral(" · ") + m_previousFailure;
    return totals;
}
