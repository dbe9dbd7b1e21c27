#pragma once

#include "api/apitypes.h"

#include "models/tablemodel.h"
#include <QVector>

// The totals table of the Events and Errors pages: one row per event (or error type) with its
// total over the range, its daily average, and its busiest day.
class SeriesTotalsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TotalColumn, AverageColumn, PeakDayColumn, PeakColumn, ColumnCount };
    // ValueRole: the exact number, or the name, or the ISO date.

    explicit SeriesTotalsModel(QObject *parent = nullptr);

    // `dayCount`: days in the range, for the daily average.
    void setSeries(const DailySeries &series, int dayCount);
    QString nameAt(int row) const;

private:
    int size() const override { return int(m_rows.size()); }
    struct Row {
        QString name;
        Number total = 0;
        double average = 0;
        QDate peakDay;
        Number peak = 0;
    };
    QVector<Row> m_rows;
};
