#include "models/usersfiltermodel.h"

#include "models/usersmodel.h"

#include <algorithm>

UsersFilterModel::UsersFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void UsersFilterModel::setUsersModel(UsersModel *model)
{
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = model;
    QAbstractProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &UsersFilterModel::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_rows = visibleRows();
        rebuildLookup();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                // UsersModel removes one user at a time; the proxy row goes with it.
                for (int source = last; source >= first; --source) {
                    const int row = m_proxyRow.value(source, -1);
                    if (row >= 0) {
                        beginRemoveRows({}, row, row);
                        m_rows.removeAt(row);
                        endRemoveRows();
                    }
                }
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int removed = last - first + 1;
                for (int &source : m_rows) {
                    if (source > last)
                        source -= removed;
                }
                rebuildLookup();
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                // Rows keep their place; a full relayout waits for the next sort or search.
                for (int source = from.row(); source <= to.row(); ++source) {
                    const QModelIndex left = mapFromSource(from.siblingAtRow(source));
                    if (left.isValid())
                        emit dataChanged(left, left.siblingAtColumn(to.column()), roles);
                }
            });
    m_rows = visibleRows();
    rebuildLookup();
    endResetModel();
}

void UsersFilterModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_search)
        return;
    m_search = needle;
    relayout(true);
}

void UsersFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(false);
}

QVector<int> UsersFilterModel::visibleRows() const
{
    QVector<int> rows;
    if (!m_users)
        return rows;
    const int n = m_users->rowCount();
    rows = m_users->rowsMatching(m_search);
    if (m_sortColumn >= 0 && m_sortColumn < UsersModel::ColumnCount && n > 0) {
        const int column = m_sortColumn;
        const UsersModel *users = m_users.data();
        if (m_sortOrder == Qt::AscendingOrder)
            std::sort(rows.begin(), rows.end(), [&](int a, int b) {
                return users->rank(column, a) < users->rank(column, b);
            });
        else
            std::sort(rows.begin(), rows.end(), [&](int a, int b) {
                return users->rank(column, a) > users->rank(column, b);
            });
    }
    return rows;
}

void UsersFilterModel::rebuildLookup()
{
    m_proxyRow.fill(-1, m_users ? m_users->rowCount() : 0);
    for (int row = 0; row < m_rows.size(); ++row)
        m_proxyRow[m_rows[row]] = row;
}

void UsersFilterModel::relayout(bool rowsChange)
{
    if (rowsChange) {
        // Another set of rows: a reset is the cheapest honest signal for 100 000 rows.
        beginResetModel();
        m_rows = visibleRows();
        rebuildLookup();
        endResetModel();
        return;
    }
    // Same rows in another order: keep selections and the current row through persistent indexes.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> sources;
    sources.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        sources.append(m_rows.value(index.row(), -1));
    m_rows = visibleRows();
    rebuildLookup();
    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = m_proxyRow.value(sources[i], -1);
        updated.append(row >= 0 ? createIndex(row, persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex UsersFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_users || proxyIndex.row() >= m_rows.size())
        return {};
    return m_users->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex UsersFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_users)
        return {};
    const int row = m_proxyRow.value(sourceIndex.row(), -1);
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex UsersFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !m_users || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UsersFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int UsersFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : int(m_rows.size());
}

int UsersFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

QVariant UsersFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_users)
        return m_users->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
