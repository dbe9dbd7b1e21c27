#include "models/tablemodel.h"

#include <QCoreApplication>

TableModel::TableModel(std::initializer_list<const char *> columnNames, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnNames(columnNames)
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
    return cell(index.row(), index.column(), role);
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnNames.size());
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnNames.size())
        return {};
    // The subclass's context, where lupdate filed its QT_TR_NOOP names.
    return QCoreApplication::translate(metaObject()->className(), m_columnNames[section]);
}
