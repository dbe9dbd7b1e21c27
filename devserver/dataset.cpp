#include "dataset.h"

#include <algorithm>
#include <numeric>

void DataSet::finalize() {
    // Sort sessions by start, remembering where each one went.
    QVector<int> order(sessions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return sessions[a].start < sessions[b].start; });
    QVector<int> newIndex(sessions.size());
    QVector<DemoSession> sorted;
    sorted.reserve(sessions.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(sessions[order[i]]);
    }
    sessions = std::move(sorted);

    for (DemoEvent &e : events)
        e.session = newIndex[e.session];
    std::stable_sort(events.begin(), events.end(), [](const DemoEvent &a, const DemoEvent &b) {
        return a.session != b.session ? a.session < b.session : a.time < b.time;
    });
    for (DemoSession &s : sessions) {
        s.firstEvent = 0;
        s.eventCount = 0;
    }
    for (int i = events.size() - 1; i >= 0; --i) {
        DemoSession &s = sessions[events[i].session];
        s.firstEvent = i;
        ++s.eventCount;
    }

    m_userIndex.clear();
    m_userIndex.reserve(users.size());
    for (int i = 0; i < users.size(); ++i)
        m_userIndex.insert(users[i].userId, i);
    m_sessionsByUser = QVector<QVector<int>>(users.size());
    for (int i = 0; i < sessions.size(); ++i)
        m_sessionsByUser[sessions[i].user].append(i);
}

int DataSet::errorCount(const DemoSession &s) const {
    int n = 0;
    for (int i = s.firstEvent; i < s.firstEvent + s.eventCount; ++i)
        n += events[i].kind == DemoEvent::Error ? 1 : 0;
    return n;
}

qint64 DataSet::lastSeen(int user) const {
    qint64 last = users[user].createdAt;
    for (int s : m_sessionsByUser[user])
        last = std::max(last, sessions[s].end);
    return last;
}
