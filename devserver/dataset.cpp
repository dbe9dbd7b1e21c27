#include "dataset.h"

#include <algorithm>

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

    platforms.clear();
    QHash<QString, int> platformIndex;
    for (DemoSession &s : sessions) {
        const QString &name = users[s.user].devices[s.device].platform;
        auto it = platformIndex.find(name);
        if (it == platformIndex.end()) {
            it = platformIndex.insert(name, int(platforms.size()));
            platforms.append(name);
        }
        s.platform = quint8(it.value());
    }

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
