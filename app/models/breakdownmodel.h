#pragma once

#include "api/apitypes.h"
#include "models/codenames.h"

#include "models/tablemodel.h"

// Value / count / share rows of a breakdown (platforms, versions, an event attribute, ...),
// biggest first.
class BreakdownModel : public TableModel {
    Q_OBJECT
public:
    enum Column { ValueColumn, CountColumn, ShareColumn, ColumnCount };
    // ValueRole: the value's code, the exact count, the share in percent.

    // Largest first (platforms, countries), or by the value read as a number (RAM in GB:
    // 4, 8, 16, 32), which is how a reader looks for a bucket.
    enum class Order { ByCount, ByNumericValue };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setOrder(Order order) { m_order = order; }
    void setBreakdown(const Breakdown &rows);
    const Breakdown &rows() const { return m_rows; }
    double total() const { return m_total; }
    // Codes of this kind are shown by their names ("US" → "United States"), the code in the
    // tooltip; the data (ValueRole, exports) keeps the code.
    void setNames(CodeNames::Kind kind) { m_names = kind; }
    // Display text of a value: its name, or "(unknown)" for an empty one.
    QString label(const QString &value) const;
    // The tooltip of a value: its name with its code ("Germany (DE)"), or the value.
    QString labelWithCode(const QString &value) const;

private:
    double share(int row) const; // in percent of the total
    int size() const override { return int(m_rows.size()); }
    Breakdown m_rows;
    double m_total = 0;
    Order m_order = Order::ByCount;
    CodeNames::Kind m_names = CodeNames::Kind::None;
};
