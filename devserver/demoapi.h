#pragma once

#include "dataset.h"
#include "sessionindex.h"

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

// Every Data API V1 path, answered from a DataSet's raw events for the requested range and
// utcOffset. No HTTP here: DemoServer puts this behind Qt HttpServer, and tests can call it
// directly. Not thread-safe: use it from one thread.
class DemoApi {
public:
    struct Reply {
        int status = 200;
        QByteArray body; // JSON, or empty for 204
    };
    using Clock = std::function<qint64()>; // Unix seconds "now"

    explicit DemoApi(DataSet data, Clock clock = {});

    // `segments`: the percent-decoded path segments below the API root, e.g.
    // {"apps", "demo-app", "analytics", "events"}.
    Reply handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query);

    const DataSet &data() const { return m_data; }
    // Who is online, for data received from apps (dev mode): each device's last sign of life
    // (Unix seconds) while its connection is open. Without it the live views are simulated.
    using Presence = std::function<QHash<QString, qint64>()>;
    void setPresence(Presence presence);
    // DELETE /users/:id, as the server replays it on a data set built again.
    void deleteUserById(const QString &userId) { deleteUser(userId); }
    qint64 now() const { return m_clock(); }

    struct Range {
        qint64 start = 0, end = 0;
        int utcOffsetMinutes = 0;        // JavaScript sign: UTC minus local
        qint64 dayOf(qint64 secs) const; // local day number (days since 1970-01-01)
        int hourOf(qint64 secs) const;
    };

private:
    Reply analytics(const Range &r) const;
    Reply quickGlance() const;
    Reply dailyCounts(const Range &r, DemoEvent::Kind kind) const;
    Reply eventProperties(const Range &r) const;
    Reply eventAttribute(const Range &r, const QString &event, const QString &attribute) const;
    Reply users() const;
    Reply userDetails(const QString &userId) const;
    Reply sessionEvents(const QString &userId, const QString &sessionId,
                        const QString &deviceId) const;
    Reply deleteUser(const QString &userId);
    Reply liveCount() const;
    Reply liveUsers() const;
    Reply liveEvents() const;

    // Sessions whose start lies in [from, to], as an index range of the sorted sessions.
    std::pair<int, int> sessionsStartingIn(qint64 from, qint64 to) const;
    QVector<int> liveUserIndexes(qint64 now) const;
    // With a presence: the devices seen within the last two minutes, and their users.
    struct OnlineDevice {
        int user;
        QString device;
        qint64 lastSeen;
    };
    QVector<OnlineDevice> onlineDevices(qint64 now) const;
    // Calls f(event) for every event of a user not deleted whose time lies in [from, to].
    template <typename F> void forEachEvent(qint64 from, qint64 to, F &&f) const
    {
        // Events lie inside their session, so only sessions that could overlap matter.
        const auto [first, last] = sessionsStartingIn(from - m_longestSession, to);
        for (int i = first; i < last; ++i) {
            const DemoSession &s = m_data.sessions[i];
            if (m_data.isDeleted(s.user))
                continue;
            for (int e = s.firstEvent; e < s.firstEvent + s.eventCount; ++e) {
                const DemoEvent &ev = m_data.events[e];
                if (ev.time >= from && ev.time <= to)
                    f(ev);
            }
        }
    }

    DataSet m_data;
    SessionIndex m_index; // rebuilt when a user is deleted
    Clock m_clock;
    qint64 m_longestSession = 0;
    Presence m_presence;
    QHash<QString, int> m_userOfDevice; // with a presence: device id → user index
};

QByteArray demoJson(const class QJsonObject &object);
QString demoIsoTime(qint64 secs);
QString demoDayKey(qint64 dayNumber);
