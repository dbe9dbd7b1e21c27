#include "pages/errorspage.h"

#include "api/apiclient.h"
#include "charts/chartexport.h"
#include "charts/stackeddaychart.h"
#include "core/dashboardstate.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "models/seriesmath.h"
#include "panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ErrorsPage::ErrorsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_chart(new StackedDayChart(tr("Errors per day")))
    , m_spikes(new QLabel)
    , m_table(
          ChartExport::exportingTable(m_sorted, SeriesTotalsModel::ValueRole, tr("Error totals")))
{
    m_chart->setModel(&m_daily);
    m_sorted->setSourceModel(&m_totals);
    m_sorted->setSortRole(SeriesTotalsModel::ValueRole);
    m_table->sortByColumn(SeriesTotalsModel::TotalColumn, Qt::DescendingOrder);
    m_spikes->setWordWrap(true);

    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_spikes);
    m_chartPanel = new Panel(tr("Errors over time"), chartBox);
    m_totalsPanel = new Panel(tr("Totals by error type"), m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chartPanel, 3);
    layout->addWidget(m_totalsPanel, 2);
    connect(m_chartPanel, &Panel::retryRequested, this, &ErrorsPage::reload);
    connect(m_totalsPanel, &Panel::retryRequested, this, &ErrorsPage::reload);
}

QString ErrorsPage::spikeText() const
{
    return m_spikes->text();
}

void ErrorsPage::reload()
{
    m_requests.supersedeAll();
    m_chartPanel->showLoading();
    m_totalsPanel->showLoading();
    request<DailySeries>(
        QStringLiteral("errors.series"),
        [&](auto done) { return m_client->errors(m_state->appId(), m_state->range(), this, done); },
        [this](const Result<DailySeries> &answer) { show(answer.value(), answer.asOf()); },
        failureIn(m_chartPanel, tr("Errors"), {m_totalsPanel}));
}

void ErrorsPage::show(const DailySeries &errors, const QDateTime &asOf)
{
    const QVector<QDate> days = m_state->range().days();
    QVector<DaySeriesModel::Series> series;
    for (const auto &[name, values] : topSeries(errors, 8, tr("Other errors")))
        series.append({name, valuesForDays(values, days, MissingDay::Zero)});
    const QVector<OptNumber> totals = valuesForDays(sumSeries(errors), days, MissingDay::Zero);
    QVector<double> perDay;
    for (const OptNumber &v : totals)
        perDay.append(v.value_or(0));
    const QVector<bool> spikes = spikeDays(perDay);
    m_daily.setSeries(days, series,
                      m_state->range().lastDayIsPartial(m_state->now().toSecsSinceEpoch()));
    m_chart->setMarkedDays(spikes);
    m_totals.setSeries(errors, int(days.size()));

    QStringList spikeDaysText;
    for (int i = 0; i < days.size(); ++i) {
        if (spikes[i])
            spikeDaysText.append(QStringLiteral("%1 (%2)").arg(DisplayFormat::shortDate(days[i]),
                                                               formatCount(perDay[i])));
    }
    m_spikes->setText(
        spikeDaysText.isEmpty()
            ? tr("No day stands out from this range's normal level.")
            : tr("Far above normal: %1").arg(spikeDaysText.join(QStringLiteral(", "))));
    for (Panel *panel : {m_chartPanel, m_totalsPanel})
        panel->showLoaded(!errors.isEmpty(), tr("No errors in this range."), asOf);
}
