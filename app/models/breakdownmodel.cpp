#include "models/breakdownmodel.h"

#include "models/displayformat.h"
#include "models/quickglancesummary.h"

#include <QLocale>

#include <algorithm>

BreakdownModel::BreakdownModel(QObject *parent)
    : TableModel(parent)
{
    // The value keeps its code; the table shows its name, the tooltip both.
    setColumns({
        TableColumn(QT_TR_NOOP("Value"), [this](int row) { return label(m_rows.at(row).value); })
            .withValue([this](int row) { return m_rows.at(row).value; })
            .withToolTip([this](int row) { return labelWithCode(m_rows.at(row).value); }),
        TableColumn(QT_TR_NOOP("Count"),
                    [this](int row) { return formatCount(m_rows.at(row).count); })
            .withValue([this](int row) { return m_rows.at(row).count; })
            .asNumber(),
        TableColumn(QT_TR_NOOP("Share"),
                    [this](int row) { return DisplayFormat::percent(share(row), 1); })
            .withValue([this](int row) { return share(row); })
            .asNumber(),
    });
}

double BreakdownModel::share(int row) const
{
    return m_total > 0 ? m_rows.at(row).count / m_total * 100.0 : 0.0;
}

void BreakdownModel::setBreakdown(const Breakdown &rows)
{
    beginResetModel();
    m_rows = rows;
    if (m_order == Order::ByNumericValue) {
        // Buckets that are numbers (RAM: 4, 8, 16, 32) in their own order; text after them.
        std::stable_sort(
            m_rows.begin(), m_rows.end(), [](const ValueCount &a, const ValueCount &b) {
                bool aNumber = false, bNumber = false;
                const double x = a.value.toDouble(&aNumber), y = b.value.toDouble(&bNumber);
                if (aNumber != bNumber)
                    return aNumber;
                return aNumber ? x < y : a.value < b.value;
            });
    } else {
        std::stable_sort(
            m_rows.begin(), m_rows.end(),
            [](const ValueCount &a, const ValueCount &b) { return a.count > b.count; });
    }
    m_total = 0;
    for (const ValueCount &row : std::as_const(m_rows))
        m_total += row.count;
    endResetModel();
}

QString BreakdownModel::label(const QString &value) const
{
    return value.isEmpty() ? tr("(unknown)") : CodeNames::name(m_names, value);
}

QString BreakdownModel::labelWithCode(const QString &value) const
{
    return value.isEmpty() ? tr("(unknown)") : CodeNames::withCode(m_names, value);
}
