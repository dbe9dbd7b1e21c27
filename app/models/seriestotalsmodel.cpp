#include "models/seriestotalsmodel.h"

#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "models/seriesmath.h"

#include <QLocale>

#include <algorithm>

SeriesTotalsModel::SeriesTotalsModel(QObject *parent)
    : TableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Total"), QT_TR_NOOP("Per day"),
                  QT_TR_NOOP("Busiest day"), QT_TR_NOOP("On that day")},
                 parent)
{}

void SeriesTotalsModel::setSeries(const DailySeries &series, int dayCount)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        Row row;
        row.name = it.key();
        row.total = seriesTotal(it.value());
        row.average = dayCount > 0 ? row.total / dayCount : 0;
        for (auto day = it.value().cbegin(); day != it.value().cend(); ++day) {
            if (!row.peakDay.isValid() || day.value() > row.peak) {
                row.peak = day.value();
                row.peakDay = day.key();
            }
        }
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.total > b.total; });
    endResetModel();
}

QString SeriesTotalsModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

QVariant SeriesTotalsModel::cell(int row, int column, int role) const
{
    const Row &item = m_rows[row];
    if (role == ValueRole) {
        switch (column) {
        case NameColumn:
            return item.name;
        case TotalColumn:
            return item.total;
        case AverageColumn:
            return item.average;
        case PeakDayColumn:
            return item.peakDay.isValid() ? item.peakDay.toString(Qt::ISODate) : QString();
        case PeakColumn:
            return item.peak;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return item.name;
        case TotalColumn:
            return formatCount(item.total);
        case AverageColumn:
            return QLocale().toString(item.average, 'f', 1);
        case PeakDayColumn:
            return item.peakDay.isValid() ? DisplayFormat::longDate(item.peakDay) : QString();
        case PeakColumn:
            return formatCount(item.peak);
        }
    }
    return {};
}

bool SeriesTotalsModel::isNumberColumn(int column) const
{
    return column != NameColumn;
}
