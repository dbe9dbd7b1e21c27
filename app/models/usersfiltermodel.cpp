#include "models/usersfiltermodel.h"

#include "models/usersmodel.h"

UsersFilterModel::UsersFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void UsersFilterModel::setUsersModel(UsersModel *model)
{
    m_users = model;
    setSourceModel(model);
}

void UsersFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
// endFilterChange() arrived in Qt 6.10; invalidateFilter() is deprecated after it.
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_search = trimmed;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_search = trimmed;
    invalidateFilter();
#endif
}

bool UsersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_search.isEmpty() || !m_users)
        return true;
    const UsersModel::Row &row = m_users->row(sourceRow);
    return row.userId.contains(m_search, Qt::CaseInsensitive) ||
           row.country.contains(m_search, Qt::CaseInsensitive) ||
           row.platforms.contains(m_search, Qt::CaseInsensitive);
}

bool UsersFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    const UsersModel::Row &a = m_users->row(left.row());
    const UsersModel::Row &b = m_users->row(right.row());
    switch (left.column()) {
    case UsersModel::CreatedColumn:
        return a.createdMs < b.createdMs;
    case UsersModel::LastSeenColumn:
        return a.lastSeenMs < b.lastSeenMs;
    case UsersModel::DevicesColumn:
        return a.devices < b.devices;
    case UsersModel::PlatformColumn:
        return a.platforms < b.platforms;
    case UsersModel::CountryColumn:
        return a.country < b.country;
    case UsersModel::LocaleColumn:
        return a.locale < b.locale;
    default:
        return a.userId < b.userId;
    }
}
