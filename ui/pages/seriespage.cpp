#include "pages/seriespage.h"

#include "charts/chartexport.h"
#include "core/dashboardstate.h"
#include "models/seriesmath.h"
#include "panel.h"

#include <QSortFilterProxyModel>
#include <QTableView>

#include <utility>

SeriesPage::SeriesPage(ApiClient *client, DashboardState *state, Fetch fetch, Words words,
                       QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_fetch(fetch)
    , m_words(std::move(words))
{
    m_sorted->setSourceModel(&m_totals);
    m_sorted->setSortRole(SeriesTotalsModel::ValueRole);
    m_table =
        ChartExport::exportingTable(m_sorted, SeriesTotalsModel::ValueRole, m_words.tableName);
    m_table->sortByColumn(SeriesTotalsModel::TotalColumn, Qt::DescendingOrder);
}

void SeriesPage::makePanels(QWidget *chartArea, const QString &chartTitle,
                            const QString &totalsTitle)
{
    m_chartPanel = new Panel(chartTitle, chartArea);
    m_totalsPanel = new Panel(totalsTitle, m_table);
    for (Panel *panel : {m_chartPanel, m_totalsPanel})
        connect(panel, &Panel::retryRequested, this, [this] { reload(); });
}

void SeriesPage::loadSeries(const QString &slot)
{
    Q_ASSERT_X(m_chartPanel && m_totalsPanel, "SeriesPage", "makePanels() comes first");
    request<DailySeries>(
        slot,
        [&](auto done) {
            return (m_client->*m_fetch)(m_state->appId(), m_state->range(), this, done);
        },
        [this](const Result<DailySeries> &answer) {
            m_seriesAsOf = answer.asOf();
            m_series = answer.value();
            showSeries();
        },
        failureIn(m_chartPanel, m_words.series, {m_totalsPanel}));
}

void SeriesPage::showSeries()
{
    Q_ASSERT_X(m_chartPanel && m_totalsPanel, "SeriesPage", "makePanels() comes first");
    const TimeRange range = m_state->range();
    const QVector<QDate> days = range.days();
    QVector<DaySeriesModel::Series> series;
    for (const auto &[name, values] : topSeries(m_series, namesDrawn(), m_words.others))
        series.append({name, valuesForDays(values, days, MissingDay::Zero)});
    m_daily.setSeries(days, series, range.lastDayIsPartial(m_state->now().toSecsSinceEpoch()));
    m_totals.setSeries(m_series, int(days.size()));
    seriesShown(days);
    for (Panel *panel : {m_chartPanel, m_totalsPanel})
        panel->showLoaded(!m_series.isEmpty(), m_words.empty, m_seriesAsOf);
}
