#include "pages/eventspage.h"

#include "api/apiclient.h"
#include "charts/breakdownchart.h"
#include "charts/chartexport.h"
#include "charts/daylinechart.h"
#include "core/dashboardstate.h"
#include "countbox.h"
#include "models/seriesmath.h"
#include "panel.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

EventsPage::EventsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_chart(new DayLineChart(tr("Events per day")))
    , m_top(countBox(1, 30, 8, tr("Top "), {}, tr("Events drawn as their own line")))
    , m_property(new QComboBox)
    , m_eventLabel(new QLabel)
    , m_attributeChart(new BreakdownChart(tr("Values"), BreakdownChart::Style::Bars))
{
    m_chart->setModel(&m_daily);
    m_sorted->setSourceModel(&m_totals);
    m_sorted->setSortRole(SeriesTotalsModel::ValueRole);
    m_table =
        ChartExport::exportingTable(m_sorted, SeriesTotalsModel::ValueRole, tr("Event totals"));
    m_table->sortByColumn(SeriesTotalsModel::TotalColumn, Qt::DescendingOrder);
    m_attributeChart->setModel(&m_attribute);
    m_attributeChart->setMaximumRows(12);

    m_top->setToolTip(tr("Events drawn as their own line; the rest are summed as \"Others\""));
    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    controls->addStretch(1);
    controls->addWidget(m_top);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(m_chart);

    auto *attributeBox = new QWidget;
    auto *attributeLayout = new QVBoxLayout(attributeBox);
    attributeLayout->setContentsMargins(0, 0, 0, 0);
    auto *propertyRow = new QHBoxLayout;
    propertyRow->addWidget(m_eventLabel);
    propertyRow->addSpacing(8);
    propertyRow->addWidget(new QLabel(tr("Property:")));
    propertyRow->addWidget(m_property, 1);
    attributeLayout->addLayout(propertyRow);
    attributeLayout->addWidget(m_attributeChart);

    m_chartPanel = new Panel(tr("Events over time"), chartBox);
    m_totalsPanel = new Panel(tr("Totals — select an event to see its properties"), m_table);
    m_attributePanel = new Panel(tr("Event properties"), attributeBox);
    layOutTopAndTwo(m_chartPanel, m_totalsPanel, m_attributePanel, 3, 2);

    connect(m_top, &QSpinBox::valueChanged, this, &EventsPage::showSeries);
    connect(m_chartPanel, &Panel::retryRequested, this, &EventsPage::reload);
    connect(m_totalsPanel, &Panel::retryRequested, this, &EventsPage::reload);
    connect(m_attributePanel, &Panel::retryRequested, this, [this] {
        if (m_properties.isEmpty())
            reload();
        else
            loadAttribute();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                selectEvent(m_totals.nameAt(m_sorted->mapToSource(current).row()));
            });
    connect(m_property, &QComboBox::currentIndexChanged, this, &EventsPage::loadAttribute);
}

void EventsPage::setTopCount(int count)
{
    m_top->setValue(count);
}

void EventsPage::reload()
{
    m_requests.supersedeAll();
    for (Panel *panel : {m_chartPanel, m_totalsPanel, m_attributePanel})
        panel->showLoading();
    request<DailySeries>(
        QStringLiteral("events.series"),
        [&](auto done) { return m_client->events(m_state->appId(), m_state->range(), this, done); },
        [this](const Result<DailySeries> &answer) {
            m_eventsAsOf = answer.asOf();
            showEvents(answer.value());
        },
        failureIn(m_chartPanel, tr("Events"), {m_totalsPanel}));
    request<QVector<EventProperty>>(
        QStringLiteral("events.props"),
        [&](auto done) {
            return m_client->eventProperties(m_state->appId(), m_state->range(), this, done);
        },
        [this](const Result<QVector<EventProperty>> &answer) {
            m_properties = answer.value();
            showProperties();
        },
        failureIn(m_attributePanel, tr("Event properties")));
}

void EventsPage::showEvents(const DailySeries &events)
{
    m_events = events;
    showSeries();
}

void EventsPage::showSeries()
{
    const TimeRange range = m_state->range();
    const QVector<QDate> days = range.days();
    QVector<DaySeriesModel::Series> series;
    for (const auto &[name, values] : topSeries(m_events, m_top->value(), tr("Others")))
        series.append({name, valuesForDays(values, days, MissingDay::Zero)});
    m_daily.setSeries(days, series, range.lastDayIsPartial(m_state->now().toSecsSinceEpoch()));
    m_totals.setSeries(m_events, int(days.size()));
    for (Panel *panel : {m_chartPanel, m_totalsPanel})
        panel->showLoaded(!m_events.isEmpty(), tr("No events in this range."), m_eventsAsOf);
}

void EventsPage::selectEvent(const QString &event)
{
    m_selectedEvent = event;
    showProperties();
}

void EventsPage::showProperties()
{
    if (m_selectedEvent.isEmpty() && !m_properties.isEmpty())
        m_selectedEvent = m_properties.first().event;
    QStringList keys;
    for (const EventProperty &p : std::as_const(m_properties)) {
        if (p.event == m_selectedEvent)
            keys += p.keys;
    }
    m_eventLabel->setText(
        tr("Event: %1").arg(m_selectedEvent.isEmpty() ? QStringLiteral("—") : m_selectedEvent));
    const QSignalBlocker block(m_property);
    m_property->clear();
    m_property->addItems(keys);
    if (keys.isEmpty()) {
        m_attribute.setBreakdown({});
        m_attributePanel->showEmpty(
            m_selectedEvent.isEmpty()
                ? tr("No event properties in this range.")
                : tr("“%1” carries no properties in this range.").arg(m_selectedEvent));
        return;
    }
    loadAttribute();
}

void EventsPage::loadAttribute()
{
    const QString attribute = m_property->currentText();
    if (m_selectedEvent.isEmpty() || attribute.isEmpty())
        return;
    m_attributePanel->showLoading();
    request<Breakdown>(
        QStringLiteral("events.attribute"),
        [&](auto done) {
            return m_client->eventAttribute(m_state->appId(), m_selectedEvent, attribute,
                                            m_state->range(), this, done);
        },
        [this, attribute](const Result<Breakdown> &answer) {
            m_attribute.setBreakdown(answer.value());
            m_attributePanel->showLoaded(!answer.value().isEmpty(),
                                         tr("No values of “%1” in this range.").arg(attribute),
                                         answer.asOf());
        },
        failureIn(m_attributePanel, tr("Values of “%1”").arg(attribute)));
}
