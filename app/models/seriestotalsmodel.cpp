#include "models/seriestotalsmodel.h"

#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "models/seriesmath.h"

#include <QLocale>

#include <algorithm>

SeriesTotalsModel::SeriesTotalsModel(QObject *parent)
    : TableModel(parent)
{
    // The peak day's value is its ISO date, which sorts and exports as a date.
    const auto peakDay = [this](int row) { return m_rows.at(row).peakDay; };
    setColumns({
        TableColumn(QT_TR_NOOP("Name"), [this](int row) { return m_rows.at(row).name; }),
        TableColumn(QT_TR_NOOP("Total"),
                    [this](int row) { return formatCount(m_rows.at(row).total); })
            .withValue([this](int row) { return m_rows.at(row).total; })
            .asNumber(),
        TableColumn(QT_TR_NOOP("Per day"),
                    [this](int row) { return QLocale().toString(m_rows.at(row).average, 'f', 1); })
            .withValue([this](int row) { return m_rows.at(row).average; })
            .asNumber(),
        TableColumn(QT_TR_NOOP("Busiest day"),
                    [=](int row) {
                        return peakDay(row).isValid() ? DisplayFormat::longDate(peakDay(row))
                                                      : QString();
                    })
            .withValue([=](int row) { return peakDay(row).toString(Qt::ISODate); })
            .asNumber(),
        TableColumn(QT_TR_NOOP("On that day"),
                    [this](int row) { return formatCount(m_rows.at(row).peak); })
            .withValue([this](int row) { return m_rows.at(row).peak; })
            .asNumber(),
    });
}

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
