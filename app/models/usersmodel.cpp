#include "models/usersmodel.h"

#include <QLocale>

namespace {
QString shortTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

UsersModel::Row UsersModel::rowFor(const User &user)
{
    Row row;
    row.userId = user.userId;
    row.createdMs = user.createdAt.isValid() ? user.createdAt.toMSecsSinceEpoch() : 0;
    row.lastSeenMs = user.lastSeen.isValid() ? user.lastSeen.toMSecsSinceEpoch() : 0;
    row.devices = int(user.devices.size());
    QStringList platforms;
    for (const Device &d : user.devices) {
        if (!d.platform.isEmpty() && !platforms.contains(d.platform))
            platforms.append(d.platform);
    }
    row.platforms = platforms.join(QLatin1Char(';'));
    row.country = user.props.value(QStringLiteral("country")).toString();
    row.locale = user.props.value(QStringLiteral("locale")).toString();
    return row;
}

void UsersModel::setUsers(const QVector<User> &users)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(users.size());
    for (const User &user : users)
        m_rows.append(rowFor(user));
    endResetModel();
}

int UsersModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].userId == userId)
            return i;
    }
    return -1;
}

bool UsersModel::removeUser(const QString &userId)
{
    const int index = rowOf(userId);
    if (index < 0)
        return false;
    beginRemoveRows({}, index, index);
    m_rows.removeAt(index);
    endRemoveRows();
    return true;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == UserIdRole)
        return r.userId;
    if (role == SortRole) {
        switch (index.column()) {
        case CreatedColumn:
            return r.createdMs;
        case LastSeenColumn:
            return r.lastSeenMs;
        case DevicesColumn:
            return r.devices;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case UserIdColumn:
            return r.userId;
        case CreatedColumn:
            return shortTime(r.createdMs);
        case LastSeenColumn:
            return shortTime(r.lastSeenMs);
        case DevicesColumn:
            return r.devices;
        case PlatformColumn:
            return r.platforms;
        case CountryColumn:
            return r.country;
        case LocaleColumn:
            return r.locale;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DevicesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserIdColumn:
        return tr("User");
    case CreatedColumn:
        return tr("Created");
    case LastSeenColumn:
        return tr("Last seen");
    case DevicesColumn:
        return tr("Devices");
    case PlatformColumn:
        return tr("Platforms");
    case CountryColumn:
        return tr("Country");
    case LocaleColumn:
        return tr("Locale");
    }
    return {};
}
