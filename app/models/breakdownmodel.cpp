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

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ValueCount &row = m_rows[index.row()];
    const double share = m_total > 0 ? row.count / m_total * 100.0 : 0.0;
    if (role == ValueRole) {
        switch (index.column()) {
        case ValueColumn:
            return row.value;
        case CountColumn:
            return row.count;
        case ShareColumn:
            return share;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ValueColumn:
            return label(row.value);
        case CountColumn:
            return formatCount(row.count);
        case ShareColumn:
            return DisplayFormat::percent(share, 1);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return labelWithCode(row.value);
    if (role == Qt::TextAlignmentRole && index.column() != ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
