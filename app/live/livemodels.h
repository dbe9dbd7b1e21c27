#pragma once

#include "api/apitypes.h"

#include "models/zonedtablemodel.h"
#include <QHash>
#include <QVector>

// Who is online now. Each poll's list is merged in place: rows that stay keep their position
// (and so their selection), changed fields emit dataChanged, gone rows are removed and new
// ones appended; the model is never reset by a poll.
class LiveUsersModel : public ZonedTableModel {
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        DeviceColumn,
        PlatformColumn,
        OsColumn,
        CountryColumn,
        LastSeenColumn,
        ColumnCount
    };
    // KeyRole: the user and device (keyOf).

    explicit LiveUsersModel(QObject *parent = nullptr);

    void update(const QVector<LiveUser> &users);
    void clear();
    static QString keyOf(const LiveUser &user); // user and device

private:
    int size() const override { return int(m_users.size()); }
    QVariant key(int row) const override { return keyOf(m_users[row]); }
    QVector<LiveUser> m_users;
};

// The live events feed, newest first, capped at a number of rows. Events not seen before are
// inserted at the top; the oldest fall off the bottom.
class LiveEventsModel : public ZonedTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, UserColumn, PlatformColumn, DataColumn, ColumnCount };

    explicit LiveEventsModel(QObject *parent = nullptr);

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    void update(const QVector<Event> &events);
    void clear();

private:
    int size() const override { return int(m_events.size()); }
    static QString keyOf(const Event &event);
    void trim();

    QVector<Event> m_events;    // newest first
    QHash<QString, int> m_seen; // keys of the events shown (value unused)
    int m_capacity = 200;
};
