#include "models/usersmodel.h"

#include "models/codenames.h"
#include "models/displayformat.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

UsersModel::UsersModel(QObject *parent)
    : ZonedTableModel(parent)
{
    // Times show in the window's zone and export as ISO 8601 (UTC); codes show as names,
    // export as codes, and the tooltip has both ("Germany (DE)").
    const auto time = [this](qint64 ms) -> QVariant { return timeText(ms, TimeStyle::DateTime); };
    const auto iso = [](qint64 ms) -> QVariant {
        return ms == 0 ? QString() : DisplayFormat::isoUtc(ms);
    };
    const auto codes = [this](const char *header, Codes kind, QString UserRow::*code) {
        return TableColumn(header, [=](int row) { return name(m_snapshot.rows.at(row), kind); })
            .withValue([=](int row) { return m_snapshot.rows.at(row).*code; })
            .withToolTip([=](int row) -> QVariant {
                const Row &r = m_snapshot.rows.at(row);
                const QString &shown = name(r, kind);
                if (shown == r.*code || (r.*code).isEmpty())
                    return {};
                return QCoreApplication::translate("CodeNames", "%1 (%2)",
                                                   "a name and its code: Germany (DE)")
                    .arg(shown, r.*code);
            });
    };
    setColumns({
        TableColumn(QT_TR_NOOP("User"), [this](int row) { return m_snapshot.rows.at(row).userId; }),
        TableColumn(QT_TR_NOOP("Created"),
                    [=](int row) { return time(m_snapshot.rows.at(row).createdMs); })
            .withValue([=](int row) { return iso(m_snapshot.rows.at(row).createdMs); }),
        TableColumn(QT_TR_NOOP("Last seen"),
                    [=](int row) { return time(m_snapshot.rows.at(row).lastSeenMs); })
            .withValue([=](int row) { return iso(m_snapshot.rows.at(row).lastSeenMs); }),
        TableColumn(QT_TR_NOOP("Devices"),
                    [this](int row) { return m_snapshot.rows.at(row).devices; })
            .asNumber(),
        codes(QT_TR_NOOP("Platforms"), PlatformCodes, &UserRow::platforms),
        codes(QT_TR_NOOP("Country"), CountryCode, &UserRow::country),
        codes(QT_TR_NOOP("Locale"), LocaleCode, &UserRow::locale),
    });
}

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

namespace {
// The distinct codes of one column (platform lists, countries or locales) and their names.
// Rows from the /users reader share one QString per code, so a code is found by its text's
// address first, and by its text only the first time an address is seen.
class CodeColumn {
public:
    explicit CodeColumn(QString (*nameOf)(const QString &))
        : m_nameOf(nameOf)
    {}

    int idOf(const QString &code)
    {
        const auto seen = m_byAddress.constFind({code.constData(), code.size()});
        if (seen != m_byAddress.cend())
            return *seen;
        auto it = m_byText.constFind(code);
        if (it == m_byText.cend()) {
            it = m_byText.insert(code, int(m_names.size()));
            m_names.append(m_nameOf(code));
        }
        m_byAddress.insert({code.constData(), code.size()}, *it);
        m_keep.append(code); // the address stays this text's while the column lives
        return *it;
    }
    const QString &name(int id) const { return m_names[id]; }
    const QStringList &names() const { return m_names; }
    qsizetype size() const { return m_names.size(); }

    // Each id's place when the names are sorted as the window's language does (Ö beside O,
    // not after Z); equal names share a place.
    QVector<int> places() const
    {
        QStringList distinct;
        QHash<QString, int> place;
        for (const QString &name : m_names) {
            if (!place.contains(name)) {
                place.insert(name, 0);
                distinct.append(name);
            }
        }
        QCollator collator; // the default locale's, made once per sort (not thread-shared)
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(distinct.begin(), distinct.end(), collator);
        for (int i = 0; i < distinct.size(); ++i)
            place[distinct[i]] = i;
        QVector<int> out;
        out.reserve(m_names.size());
        for (const QString &name : m_names)
            out.append(place.value(name));
        return out;
    }

private:
    QString (*m_nameOf)(const QString &);
    QHash<std::pair<const QChar *, qsizetype>, int> m_byAddress; // text and length

    QHash<QString, int> m_byText;
    QStringList m_names, m_keep;
};

QString platformNames(const QString &codes)
{
    QStringList shown = codes.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &code : shown)
        code = CodeNames::platform(code);
    return shown.join(QStringLiteral(", "));
}

// Positions in ascending order of an int key that takes few values (a name's place): a
// counting sort, stable like std::stable_sort and linear.
QVector<int> orderByPlace(const QVector<int> &placeOfRow, int places)
{
    QVector<int> start(places + 1, 0);
    for (const int p : placeOfRow)
        ++start[p + 1];
    for (int p = 0; p < places; ++p)
        start[p + 1] += start[p];
    QVector<int> order(placeOfRow.size());
    for (int i = 0; i < placeOfRow.size(); ++i)
        order[start[placeOfRow[i]]++] = i;
    return order;
}
} // namespace

UsersModel::Snapshot UsersModel::prepare(QVector<UserRow> userRows)
{
    Snapshot snapshot;
    const int n = int(userRows.size());
    snapshot.rows.reserve(n);
    // Codes repeat across rows: each is named once, and rows share the name's text.
    CodeColumn columns[CodesCount] = {CodeColumn(platformNames), CodeColumn(CodeNames::country),
                                      CodeColumn(CodeNames::language)};
    // What search matches besides the id, made once per combination of codes.
    QHash<std::pair<quint64, int>, int> facetOf;
    for (UserRow &user : userRows) {
        Row row;
        static_cast<UserRow &>(row) = std::move(user);
        int *ids = row.codeIds;
        ids[PlatformCodes] = columns[PlatformCodes].idOf(row.platforms);
        ids[CountryCode] = columns[CountryCode].idOf(row.country);
        ids[LocaleCode] = columns[LocaleCode].idOf(row.locale);
        const std::pair<quint64, int> combination(
            (quint64(ids[PlatformCodes]) << 32) | quint64(ids[CountryCode]), ids[LocaleCode]);
        auto facet = facetOf.constFind(combination);
        if (facet == facetOf.cend()) {
            snapshot.facets.append(
                QStringList{QString(), row.country, columns[CountryCode].name(ids[CountryCode]),
                            row.platforms, columns[PlatformCodes].name(ids[PlatformCodes]),
                            row.locale, columns[LocaleCode].name(ids[LocaleCode])}
                    .join(QLatin1Char(' '))
                    .toLower());
            facet = facetOf.insert(combination, int(snapshot.facets.size() - 1));
        }
        row.facet = *facet;
        row.searchId = row.userId.toLower();
        snapshot.rows.append(std::move(row));
    }
    userRows = {};
    const auto &rows = snapshot.rows;
    snapshot.ranks.resize(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column) {
        QVector<int> order(n);
        for (int i = 0; i < n; ++i)
            order[i] = i;
        auto by = [&](auto key) {
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return key(rows[a]) < key(rows[b]); });
        };
        // Names: the few distinct ones are placed by a collator, then the rows are ordered by
        // their name's place.
        auto byName = [&](Codes which) {
            const QVector<int> placeOfId = columns[which].places();
            QVector<int> placeOfRow(n);
            for (int i = 0; i < n; ++i)
                placeOfRow[i] = placeOfId[rows[i].codeIds[which]];
            order = orderByPlace(placeOfRow, int(columns[which].size()));
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
            byName(PlatformCodes);
            break;
        case CountryColumn:
            byName(CountryCode);
            break;
        case LocaleColumn:
            byName(LocaleCode);
            break;
        }
        QVector<int> &rank = snapshot.ranks[column];
        rank.resize(n);
        for (int position = 0; position < n; ++position)
            rank[order[position]] = position;
    }
    for (int kind = 0; kind < CodesCount; ++kind)
        snapshot.names[kind] = columns[kind].names();
    return snapshot;
}

QVector<int> UsersModel::rowsMatching(const QString &needle) const
{
    const auto &rows = m_snapshot.rows;
    QVector<int> out;
    out.reserve(rows.size());
    // Each facet is searched once; a needle with a space may also straddle an id and its
    // facet (which starts with one), as it could in one joined text.
    QVector<char> facetHit(m_snapshot.facets.size());
    for (int f = 0; f < facetHit.size(); ++f)
        facetHit[f] = m_snapshot.facets[f].contains(needle);
    const bool mayStraddle = needle.contains(QLatin1Char(' '));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (facetHit[r.facet] || r.searchId.contains(needle) ||
            (mayStraddle && (r.searchId + m_snapshot.facets[r.facet]).contains(needle)))
            out.append(i);
    }
    return out;
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
