#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

// The base of every table of the dashboard. A subclass describes its columns once, as a table
// (header, what a row shows, the value behind it, its tooltip, whether it is a number), and
// holds its rows; the base answers every role from that table, so no model writes a switch
// over its columns. Header names are marked with QT_TR_NOOP (lupdate files them under the
// subclass) and translated in its context when shown.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // A cell's data rather than its text: the exact number, the code, the ISO 8601 (UTC) date
    // or time. Sorting and CSV exports read it; a column without one gives its display text.
    static constexpr int ValueRole = Qt::UserRole + 1;
    // A row's identity (a user id, a session id), whichever column is asked.
    static constexpr int KeyRole = Qt::UserRole + 2;

    int rowCount(const QModelIndex &parent = {}) const final;
    // A valid index's cell; numbers right-aligned so that their digits line up.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // One column: a header and how a row (its index, < size()) shows in it.
    struct TableColumn {
        using Cell = std::function<QVariant(int row)>;
        TableColumn(const char *name, Cell display)
            : name(name)
            , display(std::move(display))
        {}
        TableColumn &withValue(Cell cell) { return value = std::move(cell), *this; }
        TableColumn &withToolTip(Cell cell) { return toolTip = std::move(cell), *this; }
        TableColumn &asNumber() { return number = true, *this; }

        const char *name;
        Cell display;
        Cell value;   // ValueRole; the display text when empty
        Cell toolTip; // none when empty
        bool number = false;
    };

    explicit TableModel(QObject *parent);
    void setColumns(QVector<TableColumn> columns) { m_columns = std::move(columns); }
    virtual int size() const = 0; // how many rows there are
    virtual QVariant key(int row) const
    {
        Q_UNUSED(row);
        return {};
    }
    // What the cell at `row` (< size()), `column` holds for `role`, from the column table. A
    // model whose columns follow its data (one per series) answers here instead.
    virtual QVariant cell(int row, int column, int role) const;
    virtual bool isNumberColumn(int column) const;

private:
    QVector<TableColumn> m_columns;
};
