#pragma once

#include "models/breakdownmodel.h"
#include "pages/seriespage.h"

class BreakdownChart;
class DayLineChart;
class QComboBox;
class QLabel;
class QSpinBox;

// Events: one line per custom event over the range (the top N, the rest as "Others"; legend
// clicks toggle lines), a sortable totals table, and for the selected event its properties
// (eventsprops) and the value breakdown of the chosen property (events/:event/:attr).
class EventsPage : public SeriesPage {
    Q_OBJECT
public:
    EventsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Events"); }
    void reload() override;

    DayLineChart *chart() const { return m_chart; }
    QComboBox *propertyBox() const { return m_property; }
    BreakdownChart *attributeChart() const { return m_attributeChart; }
    const BreakdownModel &attributeModel() const { return m_attribute; }
    Panel *attributePanel() const { return m_attributePanel; }
    void setTopCount(int count);
    // Shows an events answer (what a load does when it arrives; public for benchmarks).
    void showEvents(const DailySeries &events);
    void selectEvent(const QString &event);
    QString selectedEvent() const { return m_selectedEvent; }

private:
    int namesDrawn() const override;
    void showProperties();
    void loadAttribute();

    QVector<EventProperty> m_properties;
    QString m_selectedEvent;
    BreakdownModel m_attribute;
    DayLineChart *m_chart;
    QSpinBox *m_top;
    QComboBox *m_property;
    QLabel *m_eventLabel;
    BreakdownChart *m_attributeChart;
    Panel *m_attributePanel;
};
