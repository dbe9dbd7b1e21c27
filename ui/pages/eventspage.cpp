#include "pages/eventspage.h"

#include "api/apiclient.h"
#include "charts/breakdownchart.h"
#include "charts/daylinechart.h"
#include "core/dashboardstate.h"
#include "countbox.h"
#include "panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

EventsPage::EventsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : SeriesPage(client, state, &ApiClient::events,
                 {tr("Events"), tr("Event totals"), tr("Others"), tr("No events in this range.")},
                 parent)
    , m_chart(new DayLineChart(tr("Events per day")))
    , m_top(countBox(1, 30, 8, tr("Top "), {}, tr("Events drawn as their own line")))
    , m_property(new QComboBox)
    , m_eventLabel(new QLabel)
    , m_attributeChart(new BreakdownChart(tr("Values"), BreakdownChart::Style::Bars))
{
    m_chart->setModel(&m_daily);
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

    makePanels(chartBox, tr("Events over time"),
               tr("Totals — select an event to see its properties"));
    m_attributePanel = new Panel(tr("Event properties"), attributeBox);
    layOutTopAndTwo(m_chartPanel, m_totalsPanel, m_attributePanel, 3, 2);

    connect(m_top, &QSpinBox::valueChanged, this, &EventsPage::showSeries);
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
    loadSeries(QStringLiteral("events.series"));
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
    m_series = events;
    showSeries();
}

int EventsPage::namesDrawn() const
{
    return m_top->value();
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
