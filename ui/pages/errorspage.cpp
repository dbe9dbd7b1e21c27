#include "pages/errorspage.h"

#include "api/apiclient.h"
#include "charts/stackeddaychart.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "models/seriesmath.h"
#include "panel.h"

#include <QLabel>
#include <QVBoxLayout>

ErrorsPage::ErrorsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : SeriesPage(
          client, state, &ApiClient::errors,
          {tr("Errors"), tr("Error totals"), tr("Other errors"), tr("No errors in this range.")},
          parent)
    , m_chart(new StackedDayChart(tr("Errors per day")))
    , m_spikes(new QLabel)
{
    m_chart->setModel(&m_daily);
    m_spikes->setWordWrap(true);

    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_spikes);
    makePanels(chartBox, tr("Errors over time"), tr("Totals by error type"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chartPanel, 3);
    layout->addWidget(m_totalsPanel, 2);
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
    loadSeries(QStringLiteral("errors.series"));
}

void ErrorsPage::seriesShown(const QVector<QDate> &days)
{
    // Days far above the range's normal level, by the errors of all types together.
    const QVector<OptNumber> totals = valuesForDays(sumSeries(m_series), days, MissingDay::Zero);
    QVector<double> perDay;
    for (const OptNumber &v : totals)
        perDay.append(v.value_or(0));
    const QVector<bool> spikes = spikeDays(perDay);
    m_chart->setMarkedDays(spikes);
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
}
