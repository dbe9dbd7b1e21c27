#include "models/usersmodel.h"

#include "models/codenames.h"
#include "models/displayformat.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

UserRow UsersModel::rowFor(const User &user)
{
    UserRow row;
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

UsersModel::Snapshot UsersModel::prepare(const QVector<User> &users)
{
    QVector<UserRow> rows;
    rows.reserve(users.size());
    for (const User &user : users)
        rows.append(rowFor(user));
    return prepare(std::move(rows));
}

UsersModel::Snapshot UsersModel::prepare(QVector<UserRow> userRows)
{
    Snapshot snapshot;
    snapshot.rows.reserve(userRows.size());
    // Codes repeat across rows: each is named once, and rows share the name's text.
    QHash<QString, QString> names[3];
    const auto named = [&names](int which, const QString &code, auto nameOf) {
        auto it = names[which].constFind(code);
        if (it == names[which].cend())
            it = names[which].insert(code, nameOf(code));
        return *it;
    };
    const auto platformNames = [](const QString &codes) {
        QStringList shown = codes.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &code : shown)
            code = CodeNames::platform(code);
        return shown.join(QStringLiteral(", "));
    };
    for (UserRow &user : userRows) {
        Row row;
        static_cast<UserRow &>(row) = std::move(user);
        row.platformNames = named(0, row.platforms, platformNames);
        row.countryName = named(1, row.country, CodeNames::country);
        row.localeName = named(2, row.locale, CodeNames::language);
        row.searchText = QStringList{row.userId,        row.country, row.countryName, row.platforms,
                                     row.platformNames, row.locale,  row.localeName}
                             .join(QLatin1Char(' '))
                             .toLower();
        snapshot.rows.append(std::move(row));
    }
    userRows = {};
    const auto &rows = snapshot.rows;
    const int n = int(rows.size());
    snapshot.ranks.resize(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column) {
        QVector<int> order(n);
        for (int i = 0; i < n; ++i)
            order[i] = i;
        auto by = [&](auto key) {
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return key(rows[a]) < key(rows[b]); });
        };
        // Names sort as the window's language does (Ö beside O, not after Z): the few distinct
        // names are ordered by a collator, then the rows by their name's place (an int).
        auto byName = [&](auto name) {
            QHash<QString, int> place;
            QStringList distinct;
            for (const Row &r : rows) {
                if (!place.contains(name(r))) {
                    place.insert(name(r), 0);
                    distinct.append(name(r));
                }
            }
            QCollator collator; // the default locale's, made once per sort (not thread-shared)
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(distinct.begin(), distinct.end(), collator);
            for (int i = 0; i < distinct.size(); ++i)
                place[distinct[i]] = i;
            QVector<int> key(n);
            for (int i = 0; i < n; ++i)
                key[i] = place.value(name(rows[i]));
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return key[a] < key[b]; });
        };
        switch (column) {
        case UserIdColumn:
            by([](const Row &r) -> const QString & { return r.userId; });
            break;
        case CreatedColumn:
            by([](const Row &r) { return r.createdMs; });
            break;
        case LastSeenColumn:
            by([](const Row &r) { return r.lastSeenMs; });
            break;
        case DevicesColumn:
            by([](const Row &r) { return r.devices; });
            break;
        case PlatformColumn:
            byName([](const Row &r) -> const QString & { return r.platformNames; });
            break;
        case CountryColumn:
            byName([](const Row &r) -> const QString & { return r.countryName; });
            break;
        case LocaleColumn:
            byName([](const Row &r) -> const QString & { return r.localeName; });
            break;
        }
        QVector<int> &rank = snapshot.ranks[column];
        rank.resize(n);
        for (int position = 0; position < n; ++position)
            rank[order[position]] = position;
    }
    return snapshot;
}

void UsersModel::setSnapshot(Snapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int UsersModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_snapshot.rows.size(); ++i) {
        if (m_snapshot.rows[i].userId == userId)
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
    m_snapshot.rows.removeAt(index);
    // Ranks keep their order with one position fewer; only relative order matters.
    for (QVector<int> &rank : m_snapshot.ranks)
        rank.removeAt(index);
    endRemoveRows();
    return true;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_snapshot.rows[index.row()];
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
    if (role == ExportRole &&
        (index.column() == CreatedColumn || index.column() == LastSeenColumn)) {
        const qint64 ms = index.column() == CreatedColumn ? r.createdMs : r.lastSeenMs;
        return ms == 0 ? QString() : DisplayFormat::isoUtc(ms);
    }
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        // Names for the codes; the tooltip adds the code ("Germany (DE)").
        const auto shown = [role](const QString &name, const QString &code) -> QVariant {
            if (role != Qt::ToolTipRole)
                return name;
            return name == code || code.isEmpty()
                       ? QVariant()
                       : QCoreApplication::translate("CodeNames", "%1 (%2)",
                                                     "a name and its code: Germany (DE)")
                             .arg(name, code);
        };
        switch (index.column()) {
        case PlatformColumn:
            return shown(r.platformNames, r.platforms);
        case CountryColumn:
            return shown(r.countryName, r.country);
        case LocaleColumn:
            return shown(r.localeName, r.locale);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole || role == ExportRole) {
        switch (index.column()) {
        case UserIdColumn:
            return r.userId;
        case CreatedColumn:
            return timeText(r.createdMs, TimeStyle::DateTime);
        case LastSeenColumn:
            return timeText(r.lastSeenMs, TimeStyle::DateTime);
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
        return ZonedTableModel::headerData(section, orientation, role);
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
