#include "dataset.h"

#include <algorithm>
#include <utility>

void DataSet::finalize()
{
    // Sort sessions by start (ties keep their order), remembering where each one went.
    struct Key {
        qint64 start;
        int index;
    };
    QVector<Key> order(sessions.size());
    for (int i = 0; i < sessions.size(); ++i)
        order[i] = {sessions[i].start, i};
    std::sort(order.begin(), order.end(), [](const Key &a, const Key &b) {
        return a.start != b.start ? a.start < b.start : a.index < b.index;
    });
    QVector<int> newIndex(sessions.size());
    QVector<DemoSession> sorted(sessions.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i].index] = i;
        sorted[i] = sessions[order[i].index];
    }
    sessions = std::move(sorted);

    // Group events under their session with one counting pass (no sort of millions of events),
    // then order each session's few events by time.
    for (DemoSession &s : sessions)
        s.eventCount = 0;
    for (DemoEvent &e : events) {
        e.session = newIndex[e.session];
        ++sessions[e.session].eventCount;
    }
    int offset = 0;
    for (DemoSession &s : sessions) {
        s.firstEvent = offset;
        offset += s.eventCount;
    }
    QVector<int> fill(sessions.size());
    QVector<DemoEvent> grouped(events.size());
    for (const DemoEvent &e : events)
        grouped[sessions[e.session].firstEvent + fill[e.session]++] = e;
    events = std::move(grouped);
    for (const DemoSession &s : sessions) {
        std::sort(events.begin() + s.firstEvent, events.begin() + s.firstEvent + s.eventCount,
                  [](const DemoEvent &a, const DemoEvent &b) { return a.time < b.time; });
    }

    // Each device's platform as an index, looked up once per device rather than once per
    // session: per session that was a string hash behind two random reads into the users.
    platforms.clear();
    QHash<QString, int> platformIndex;
    QVector<int> firstDevice(users.size() + 1, 0);
    QVector<quint8> devicePlatform;
    for (int u = 0; u < users.size(); ++u) {
        for (const DemoDevice &device : std::as_const(users[u].devices)) {
            auto it = platformIndex.find(device.platform);
            if (it == platformIndex.end()) {
                it = platformIndex.insert(device.platform, int(platforms.size()));
                platforms.append(device.platform);
            }
            devicePlatform.append(quint8(it.value()));
        }
        firstDevice[u + 1] = int(devicePlatform.size());
    }
    for (DemoSession &s : sessions)
        s.platform = devicePlatform[firstDevice[s.user] + s.device];

    m_deleted = QVector<quint8>(users.size(), 0);
    m_userIndex.clear();
    m_userIndex.reserve(users.size());
    for (int i = 0; i < users.size(); ++i)
        m_userIndex.insert(users[i].userId, i);
    m_sessionsByUser = QVector<QVector<int>>(users.size());
    for (int i = 0; i < sessions.size(); ++i)
        m_sessionsByUser[sessions[i].user].append(i);
}

int DataSet::errorCount(const DemoSession &s) const
{
    int n = 0;
    for (int i = s.firstEvent; i < s.firstEvent + s.eventCount; ++i)
        n += events[i].kind == DemoEvent::Error ? 1 : 0;
    return n;
}

qint64 DataSet::lastSeen(int user) const
{
    qint64 last = users[user].createdAt;
    for (int s : m_sessionsByUser[user])
        last = std::max(last, sessions[s].end);
    return last;
}
