#include "models/breakdownmodel.h"

#include "models/displayformat.h"
#include "models/quickglancesummary.h"

#include <QLocale>

#include <algorithm>

BreakdownModel::BreakdownModel(QObject *parent)
    : TableModel({QT_TR_NOOP("Value"), QT_TR_NOOP("Count"), QT_TR_NOOP("Share")}, parent)
{}

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

QVariant BreakdownModel::cell(int row, int column, int role) const
{
    const ValueCount &item = m_rows[row];
    const double share = m_total > 0 ? item.count / m_total * 100.0 : 0.0;
    if (role == ValueRole) {
        switch (column) {
        case ValueColumn:
            return item.value;
        case CountColumn:
            return item.count;
        case ShareColumn:
            return share;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ValueColumn:
            return label(item.value);
        case CountColumn:
            return formatCount(item.count);
        case ShareColumn:
            return DisplayFormat::percent(share, 1);
        }
    }
    if (role == Qt::ToolTipRole && column == ValueColumn)
        return labelWithCode(item.value);
    return {};
}

bool BreakdownModel::isNumberColumn(int column) const
{
    return column != ValueColumn;
}
