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

QVariant SeriesTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == ValueRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TotalColumn:
            return row.total;
        case AverageColumn:
            return row.average;
        case PeakDayColumn:
            return row.peakDay.isValid() ? row.peakDay.toString(Qt::ISODate) : QString();
        case PeakColumn:
            return row.peak;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TotalColumn:
            return formatCount(row.total);
        case AverageColumn:
            return QLocale().toString(row.average, 'f', 1);
        case PeakDayColumn:
            return row.peakDay.isValid() ? DisplayFormat::longDate(row.peakDay) : QString();
        case PeakColumn:
            return formatCount(row.peak);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
