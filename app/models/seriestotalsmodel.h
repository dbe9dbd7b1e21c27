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
    enum Role { ValueRole = Qt::UserRole + 1 }; // exact number, or the name / ISO date

    explicit SeriesTotalsModel(QObject *parent = nullptr);

    // `dayCount`: days in the range, for the daily average.
    void setSeries(const DailySeries &series, int dayCount);
    QString nameAt(int row) const;

private:
    QVariant cell(int row, int column, int role) const override;
    bool isNumberColumn(int column) const override;
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
