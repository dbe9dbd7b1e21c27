#include "models/tablemodel.h"

#include <QCoreApplication>

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(index.column()))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == KeyRole)
        return key(index.row());
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::cell(int row, int column, int role) const
{
    if (column >= m_columns.size())
        return {};
    const TableColumn &c = m_columns[column];
    switch (role) {
    case Qt::DisplayRole:
        return c.display(row);
    case ValueRole:
        return c.value ? c.value(row) : c.display(row);
    case Qt::ToolTipRole:
        return c.toolTip ? c.toolTip(row) : QVariant();
    default:
        return {};
    }
}

bool TableModel::isNumberColumn(int column) const
{
    return column < m_columns.size() && m_columns[column].number;
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    // The subclass's context, where lupdate filed its QT_TR_NOOP names.
    return QCoreApplication::translate(metaObject()->className(), m_columns[section].name);
}
