#pragma once

#include "pages/seriespage.h"

class QLabel;
class StackedDayChart;

// Errors: errors per type per day stacked, days far above the range's normal level marked and
// listed, and a sortable totals table.
class ErrorsPage : public SeriesPage {
    Q_OBJECT
public:
    ErrorsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Errors"); }
    void reload() override;

    StackedDayChart *chart() const { return m_chart; }
    QString spikeText() const;

private:
    int namesDrawn() const override { return 8; }
    void seriesShown(const QVector<QDate> &days) override;

    StackedDayChart *m_chart;
    QLabel *m_spikes;
};
