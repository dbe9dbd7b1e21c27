#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <initializer_list>

// The base of every table of the dashboard: rows from a list the subclass holds (size()),
// columns named once. The subclass passes its column names marked with QT_TR_NOOP (lupdate
// files them under its class), and they are translated in its context when shown.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const final;
    // A valid index's cell(); numbers right-aligned so that their digits line up.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    TableModel(std::initializer_list<const char *> columnNames, QObject *parent);
    virtual int size() const = 0; // how many rows there are
    // What the cell at `row` (< size()), `column` holds for `role`.
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual bool isNumberColumn(int column) const
    {
        Q_UNUSED(column);
        return false;
    }

private:
    QVector<const char *> m_columnNames;
};
