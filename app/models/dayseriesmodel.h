#pragma once

#include "api/apitypes.h"
#include "models/tablemodel.h"

#include <QDate>
#include <QVector>

// A table of per-day values: one row per day of the range (every day present, product.md §2),
// column 0 the date, then one column per series. Charts and CSV exports read it; it never sees
// JSON. Whole snapshots replace it (setSeries resets).
class DaySeriesModel : public TableModel {
    Q_OBJECT
public:
    // ValueRole: a series' double, or an invalid QVariant for "no data"; KeyRole: the QDate.
    struct Series {
        QString name;
        QVector<OptNumber> values; // one per day, aligned with days()
        bool isDuration = false;   // seconds, shown as m:ss
    };

    explicit DaySeriesModel(QObject *parent = nullptr);

    // `lastDayPartial`: the range ends before its last day does (values "so far").
    void setSeries(const QVector<QDate> &days, const QVector<Series> &series,
                   bool lastDayPartial = false);
    void clear();

    const QVector<QDate> &days() const { return m_days; }
    const QVector<Series> &series() const { return m_series; }
    bool lastDayPartial() const { return m_lastDayPartial && !m_days.isEmpty(); }
    int seriesIndex(const QString &name) const;

    // The date, then a column per series, named after it.
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cell(int row, int column, int role) const override;
    bool isNumberColumn(int column) const override;
    int size() const override { return int(m_days.size()); }
    QVariant key(int row) const override { return m_days[row]; }
    QString isoDay(int row) const;
    QVector<QDate> m_days;
    QVector<Series> m_series;
    bool m_lastDayPartial = false;
};

// How days missing from an API day map are filled: counts are 0, durations have no data.
enum class MissingDay { Zero, NoData };
QVector<OptNumber> valuesForDays(const DayValues &map, const QVector<QDate> &days,
                                 MissingDay missing);

// "1:05:03", "4:07" for a duration in seconds.
QString formatDuration(double seconds);
