#include "live/livemodels.h"

#include "models/codenames.h"
#include "models/sessionsmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

LiveUsersModel::LiveUsersModel(QObject *parent)
    : ZonedTableModel(parent)
{
    // Codes show as names; the tooltip adds the code, the value (sorting, CSV) is the code.
    const auto code = [this](const char *header, CodeNames::Kind kind, QString LiveUser::*member) {
        return TableColumn(header,
                           [=](int row) { return CodeNames::name(kind, m_users.at(row).*member); })
            .withValue([=](int row) { return m_users.at(row).*member; })
            .withToolTip(
                [=](int row) { return CodeNames::withCode(kind, m_users.at(row).*member); });
    };
    setColumns({
        TableColumn(QT_TR_NOOP("User"), [this](int row) { return m_users.at(row).userId; }),
        TableColumn(QT_TR_NOOP("Device"), [this](int row) { return m_users.at(row).deviceId; }),
        code(QT_TR_NOOP("Platform"), CodeNames::Kind::Platform, &LiveUser::platform),
        TableColumn(QT_TR_NOOP("OS"), [this](int row) { return m_users.at(row).osVersion; }),
        code(QT_TR_NOOP("Country"), CodeNames::Kind::Country, &LiveUser::country),
        TableColumn(
            QT_TR_NOOP("Last seen"),
            [this](int row) { return timeText(m_users.at(row).lastSeen, TimeStyle::Clock); })
            .withValue([this](int row) { return isoValue(m_users.at(row).lastSeen); }),
    });
}

QString LiveUsersModel::keyOf(const LiveUser &user)
{
    return user.userId + QChar(0x1f) + user.deviceId;
}

void LiveUsersModel::update(const QVector<LiveUser> &users)
{
    QHash<QString, int> incoming;
    incoming.reserve(users.size());
    for (int i = 0; i < users.size(); ++i)
        incoming.insert(keyOf(users[i]), i);

    // Remove the rows that left, bottom-up, in contiguous blocks.
    for (int row = int(m_users.size()) - 1; row >= 0;) {
        if (incoming.contains(keyOf(m_users[row]))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(keyOf(m_users[first - 1])))
            --first;
        beginRemoveRows({}, first, row);
        m_users.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Refresh the rows that stayed; remember them.
    QSet<QString> present;
    for (int row = 0; row < m_users.size(); ++row) {
        const QString key = keyOf(m_users[row]);
        present.insert(key);
        const LiveUser &fresh = users[incoming.value(key)];
        const LiveUser &old = m_users[row];
        if (fresh.platform != old.platform || fresh.osVersion != old.osVersion ||
            fresh.country != old.country || fresh.lastSeen != old.lastSeen) {
            m_users[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Append the newcomers.
    QVector<LiveUser> added;
    for (const LiveUser &u : users) {
        if (!present.contains(keyOf(u)))
            added.append(u);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_users.size()), int(m_users.size() + added.size() - 1));
        m_users += added;
        endInsertRows();
    }
}

void LiveUsersModel::clear()
{
    beginResetModel();
    m_users.clear();
    endResetModel();
}

LiveEventsModel::LiveEventsModel(QObject *parent)
    : ZonedTableModel(parent)
{
    // Every field as sent on every column; the data on one line in the table.
    const auto fields = [this](int row) {
        return EventTimelineModel::keyValues(m_events.at(row).fields());
    };
    setColumns({
        TableColumn(QT_TR_NOOP("Time"),
                    [this](int row) { return timeText(m_events.at(row).time, TimeStyle::Clock); })
            .withValue([this](int row) { return isoValue(m_events.at(row).time); })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("Event"), [this](int row) { return m_events.at(row).type; })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("User"), [this](int row) { return m_events.at(row).userId; })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("Platform"),
                    [this](int row) { return CodeNames::platform(m_events.at(row).platform); })
            .withValue([this](int row) { return m_events.at(row).platform; })
            .withToolTip(fields),
        TableColumn(QT_TR_NOOP("Data"),
                    [this](int row) {
                        return EventTimelineModel::keyValues(m_events.at(row).data)
                            .replace(QLatin1Char('\n'), QStringLiteral("; "));
                    })
            .withToolTip(fields),
    });
}

QString LiveEventsModel::keyOf(const Event &event)
{
    return event.time.toString(Qt::ISODateWithMs) + QChar(0x1f) + event.type + QChar(0x1f) +
           event.userId + QChar(0x1f) +
           QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(event.data))
                                 .toJson(QJsonDocument::Compact));
}

void LiveEventsModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    trim();
}

void LiveEventsModel::update(const QVector<Event> &events)
{
    QVector<Event> fresh;
    for (const Event &e : events) {
        if (!m_seen.contains(keyOf(e)))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Event &a, const Event &b) { return a.time > b.time; });
    if (fresh.size() > m_capacity)
        fresh.resize(m_capacity);
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    for (const Event &e : std::as_const(fresh))
        m_seen.insert(keyOf(e), 0);
    endInsertRows();
    trim();
}

void LiveEventsModel::trim()
{
    if (m_events.size() <= m_capacity)
        return;
    beginRemoveRows({}, m_capacity, int(m_events.size()) - 1);
    for (int i = m_capacity; i < m_events.size(); ++i)
        m_seen.remove(keyOf(m_events[i]));
    m_events.resize(m_capacity);
    endRemoveRows();
}

void LiveEventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_seen.clear();
    endResetModel();
}
