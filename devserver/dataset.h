#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// The raw events the demo server answers from: users with devices, sessions (each one an app
// start, and its "init" event), custom events with one property, and errors. Tests build small
// ones by hand; DataSetGenerator builds big synthetic ones. Times are Unix seconds (UTC).
struct DemoDevice {
    QString id;
    QString platform; // "win", "mac", "linux"
    QString osVersion;
};

struct DemoUser {
    QString dbId, userId;
    qint64 createdAt = 0; // the install
    QString country, locale, plan;
    int ramGb = 8;
    QVector<DemoDevice> devices;
};

struct DemoSession {
    qint64 start = 0;
    qint64 end = 0;
    int user = 0;
    quint8 device = 0;   // index into the user's devices
    quint8 version = 0;  // index into DataSet::versions
    quint8 platform = 0; // index into DataSet::platforms (set by finalize)
    int firstEvent = 0;  // this session's events are events[firstEvent, firstEvent + eventCount)
    int eventCount = 0;
};

struct DemoEvent {
    enum Kind : quint8 { Custom, Error };
    qint64 time = 0;
    int session = 0;
    Kind kind = Custom;
    quint8 name = 0;      // index into DataSet::eventKinds or DataSet::errorTypes
    qint8 propValue = -1; // index into the kind's propValues, -1 when the event has no data
};

struct DemoEventKind {
    QString name;
    QString propKey; // empty when the event carries no data
    QStringList propValues;
};

struct DataSet {
    QString appId = QStringLiteral("demo-app");
    QString appName; // the dashboard's label for it (not part of any answer)
    QStringList versions = {QStringLiteral("1.0.0")};
    QVector<DemoEventKind> eventKinds;
    QStringList errorTypes;
    QVector<DemoUser> users;
    QVector<DemoSession> sessions; // sorted by start after finalize()
    QVector<DemoEvent> events;     // grouped by session after finalize()

    // Sorts sessions, groups events under their session and builds the look-up indexes. Call
    // once after filling users, sessions and events (events' `session` index the unsorted list).
    void finalize();

    // Platforms of all devices, so that hot loops compare small indexes, not strings.
    QStringList platforms;

    // DELETE /users/:id: the user's data is excluded from every answer from then on.
    bool isDeleted(int user) const { return m_deleted[user] != 0; }
    void markDeleted(int user) { m_deleted[user] = 1; }

    int userIndex(const QString &userId) const { return m_userIndex.value(userId, -1); }
    const QVector<int> &sessionsOf(int user) const { return m_sessionsByUser[user]; }
    int errorCount(const DemoSession &s) const;
    qint64 lastSeen(int user) const;

private:
    QHash<QString, int> m_userIndex;
    QVector<quint8> m_deleted;
    QVector<QVector<int>> m_sessionsByUser;
};
