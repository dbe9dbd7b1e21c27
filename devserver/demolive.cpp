// The live endpoints of the demo server. Who is online "now" is a deterministic function of the
// clock over the users active in the last two weeks: each user is online or not per 10-minute
// window (offset by a per-user phase), with a probability that follows the time of day and a
// slow wave, so the count drifts over minutes and rows persist between polls.
#include "demoapi.h"
#include "generator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 kPoolWindow = 14 * 86400;
constexpr qint64 kSlot = 600;
constexpr double kPi = 3.14159265358979323846;

double onlineProbability(qint64 now)
{
    const double hour = double(now % 86400) / 3600.0;
    const double daily = 0.55 + 0.45 * std::sin(2 * kPi * (hour - 8.0) / 24.0);
    const double wave = 1.0 + 0.3 * std::sin(2 * kPi * double(now) / (17 * 60));
    return 0.08 * daily * wave;
}

double unit(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}
} // namespace

void DemoApi::setPresence(Presence presence)
{
    m_presence = std::move(presence);
    m_userOfDevice.clear();
    for (int u = 0; u < m_data.users.size(); ++u) {
        for (const DemoDevice &d : m_data.users[u].devices)
            m_userOfDevice.insert(d.id, u);
    }
}

QVector<DemoApi::OnlineDevice> DemoApi::onlineDevices(qint64 now) const
{
    // A heartbeat comes every 20 s (SDK default): two minutes without one is gone.
    QVector<OnlineDevice> online;
    const QHash<QString, qint64> seen = m_presence();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const int user = m_userOfDevice.value(it.key(), -1);
        if (user >= 0 && !m_data.isDeleted(user) && it.value() >= now - 120)
            online.append({user, it.key(), it.value()});
    }
    std::sort(online.begin(), online.end(), [](const OnlineDevice &a, const OnlineDevice &b) {
        return a.lastSeen != b.lastSeen ? a.lastSeen > b.lastSeen : a.device < b.device;
    });
    return online;
}

QVector<int> DemoApi::liveUserIndexes(qint64 now) const
{
    if (m_presence) {
        QVector<int> users;
        for (const OnlineDevice &d : onlineDevices(now)) {
            if (!users.contains(d.user))
                users.append(d.user);
        }
        return users;
    }
    QVector<quint8> inPool(m_data.users.size());
    const auto [first, last] = sessionsStartingIn(now - kPoolWindow, now);
    for (int i = first; i < last; ++i)
        inPool[m_data.sessions[i].user] = 1;
    const double p = onlineProbability(now);
    QVector<int> online;
    for (int u = 0; u < m_data.users.size(); ++u) {
        if (!inPool[u] || m_data.isDeleted(u))
            continue;
        const qint64 phase = qint64(demoHash(u, 99) % kSlot);
        if (unit(demoHash(u, quint64((now + phase) / kSlot))) < p)
            online.append(u);
    }
    return online;
}

DemoApi::Reply DemoApi::liveCount() const
{
    const int count = liveUserIndexes(m_clock()).size();
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), count}})};
}

DemoApi::Reply DemoApi::liveUsers() const
{
    const qint64 now = m_clock();
    QJsonArray list;
    if (m_presence) {
        for (const OnlineDevice &d : onlineDevices(now)) {
            const DemoUser &user = m_data.users[d.user];
            DemoDevice device;
            for (const DemoDevice &candidate : user.devices) {
                if (candidate.id == d.device)
                    device = candidate;
            }
            list.append(QJsonObject{{QStringLiteral("userDbId"), user.dbId},
                                    {QStringLiteral("userId"), user.userId},
                                    {QStringLiteral("deviceId"), device.id},
                                    {QStringLiteral("platform"), device.platform},
                                    {QStringLiteral("osVersion"), device.osVersion},
                                    {QStringLiteral("country"), user.country},
                                    {QStringLiteral("lastSeen"), demoIsoTime(d.lastSeen)}});
        }
        return {200, demoJson(QJsonObject{{QStringLiteral("data"), list}})};
    }
    for (int u : liveUserIndexes(now)) {
        const DemoUser &user = m_data.users[u];
        const DemoDevice device = user.devices.value(
            int(demoHash(u, 5) % quint64(std::max<qsizetype>(1, user.devices.size()))));
        list.append(QJsonObject{
            {QStringLiteral("userDbId"), user.dbId},
            {QStringLiteral("userId"), user.userId},
            {QStringLiteral("deviceId"), device.id},
            {QStringLiteral("platform"), device.platform},
            {QStringLiteral("osVersion"), device.osVersion},
            {QStringLiteral("country"), user.country},
            {QStringLiteral("lastSeen"), demoIsoTime(now - qint64(demoHash(u, now / 60) % 60))}});
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), list}})};
}

DemoApi::Reply DemoApi::liveEvents() const
{
    const qint64 now = m_clock();
    struct Live {
        qint64 time;
        int user;
        int kind;
        int value;
    };
    QVector<Live> events;
    if (m_presence) {
        // What apps sent in the last five minutes, newest first.
        forEachEvent(now - 300, now, [&](const DemoEvent &e) {
            if (e.kind == DemoEvent::Custom)
                events.append({e.time, m_data.sessions[e.session].user, e.name, e.propValue});
        });
    }
    for (int u : m_presence ? QVector<int>() : liveUserIndexes(now)) {
        for (qint64 minute = now / 60 - 4; minute <= now / 60; ++minute) {
            const quint64 h = demoHash(quint64(u) * 7919, quint64(minute));
            const qint64 time = minute * 60 + qint64(h % 60);
            if (h % 10 < 3 && time <= now && !m_data.eventKinds.isEmpty())
                events.append({time, u, int((h >> 8) % quint64(m_data.eventKinds.size())),
                               int((h >> 16) % 3)});
        }
    }
    std::sort(events.begin(), events.end(), [](const Live &a, const Live &b) {
        return a.time != b.time ? a.time > b.time : a.user < b.user;
    });
    QJsonArray list;
    for (int i = 0; i < events.size() && i < 100; ++i) {
        const Live &e = events[i];
        const DemoUser &user = m_data.users[e.user];
        const DemoEventKind &kind = m_data.eventKinds[e.kind];
        QJsonObject data;
        if (!kind.propKey.isEmpty() && !kind.propValues.isEmpty() && e.value >= 0)
            data.insert(kind.propKey, kind.propValues.value(e.value % kind.propValues.size()));
        const DemoDevice device = user.devices.value(0);
        list.append(QJsonObject{{QStringLiteral("type"), kind.name},
                                {QStringLiteral("time"), demoIsoTime(e.time)},
                                {QStringLiteral("user_id"), user.userId},
                                {QStringLiteral("machine_id"), device.id},
                                {QStringLiteral("platform"), device.platform},
                                {QStringLiteral("os_version"), device.osVersion},
                                {QStringLiteral("country"), user.country},
                                {QStringLiteral("locale"), user.locale},
                                {QStringLiteral("data"), data}});
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), list}})};
}
