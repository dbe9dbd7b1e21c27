// The ranged analytics endpoints of the demo server, computed from raw sessions and events.
#include "demoapi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace {
// {"2021-04-09": 8, ...} for the days that have a value (absent days mean 0 / no data).
template <typename T>
QJsonObject dayMap(const QVector<T> &values, qint64 firstDay, bool skipZero = true) {
    QJsonObject out;
    for (int i = 0; i < values.size(); ++i) {
        if (!skipZero || values[i] != 0)
            out.insert(demoDayKey(firstDay + i), double(values[i]));
    }
    return out;
}

// [{"value": "win", "count": 17}, ...], biggest first, ties by value.
QJsonArray breakdown(const QHash<QString, qint64> &counts) {
    QVector<std::pair<QString, qint64>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray out;
    for (const auto &[value, count] : rows)
        out.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), count}});
    return out;
}
} // namespace

DemoApi::Reply DemoApi::analytics(const Range &r) const {
    const qint64 firstDay = r.dayOf(r.start);
    const int days = int(r.dayOf(r.end) - firstDay + 1);
    const qint64 offsetSecs = qint64(r.utcOffsetMinutes) * 60;
    QVector<qint64> usage(days), active(days), fresh(days), nonNew(days);
    QVector<double> durationSum(days);
    QVector<qint64> durationCount(days), hours(days * 24);
    const int userCount = int(m_data.users.size());
    QVector<int> lastActiveDay(userCount, -1);
    // Per user: which platforms and versions (by index) it used in the range, as bit masks;
    // a non-zero version mask also means "active in the range".
    QVector<quint32> platformMask(userCount), versionMask(userCount);

    // The hot loop: millions of sessions for a year of a big app, so small indexes only.
    const auto [first, last] = sessionsStartingIn(r.start, r.end);
    const DemoSession *sessions = m_data.sessions.constData();
    for (int i = first; i < last; ++i) {
        const DemoSession &s = sessions[i];
        if (m_data.isDeleted(s.user))
            continue;
        const qint64 local = s.start - offsetSecs; // sessions are far after 1970: never negative
        const int d = int(local / 86400 - firstDay);
        ++usage[d];
        ++hours[d * 24 + int(local % 86400 / 3600)];
        durationSum[d] += double(s.end - s.start);
        ++durationCount[d];
        if (lastActiveDay[s.user] != d) { // sessions come sorted, so days never go back
            lastActiveDay[s.user] = d;
            ++active[d];
        }
        platformMask[s.user] |= 1u << (s.platform & 31);
        versionMask[s.user] |= 1u << (s.version & 31);
    }

    qint64 totalUsers = 0, totalInstalls = 0;
    QHash<QString, qint64> platforms, versions, languages, countries, ram;
    QVector<qint64> platformUsers(32), versionUsers(32);
    for (int i = 0; i < userCount; ++i) {
        if (m_data.isDeleted(i))
            continue;
        const DemoUser &u = m_data.users[i];
        if (u.createdAt >= r.start && u.createdAt <= r.end) {
            ++fresh[int(r.dayOf(u.createdAt) - firstDay)];
            ++totalInstalls;
        }
        if (!versionMask[i])
            continue;
        ++totalUsers;
        ++languages[u.locale];
        ++countries[u.country];
        ++ram[QString::number(u.ramGb)];
        for (int bit = 0; bit < 32; ++bit) {
            platformUsers[bit] += (platformMask[i] >> bit) & 1;
            versionUsers[bit] += (versionMask[i] >> bit) & 1;
        }
    }
    for (int p = 0; p < m_data.platforms.size() && p < 32; ++p) {
        if (platformUsers[p])
            platforms.insert(m_data.platforms[p], platformUsers[p]);
    }
    for (int v = 0; v < m_data.versions.size() && v < 32; ++v) {
        if (versionUsers[v])
            versions.insert(m_data.versions[v], versionUsers[v]);
    }

    QJsonObject hoursJson, durations;
    for (int d = 0; d < days; ++d) {
        nonNew[d] = active[d] - fresh[d];
        if (durationCount[d] == 0)
            continue;
        durations.insert(demoDayKey(firstDay + d), durationSum[d] / double(durationCount[d]));
        QJsonArray perHour;
        for (int h = 0; h < 24; ++h)
            perHour.append(double(hours[d * 24 + h]));
        hoursJson.insert(demoDayKey(firstDay + d), perHour);
    }
    QJsonObject data{
        {QStringLiteral("totalNumbers"), QJsonObject{{QStringLiteral("users"), totalUsers},
                                                     {QStringLiteral("installs"), totalInstalls}}},
        {QStringLiteral("usage"), dayMap(usage, firstDay)},
        {QStringLiteral("newUsers"), dayMap(fresh, firstDay)},
        {QStringLiteral("activeUsers"), dayMap(active, firstDay)},
        {QStringLiteral("nonNewUsers"), dayMap(nonNew, firstDay)},
        {QStringLiteral("hours"), hoursJson},
        {QStringLiteral("platforms"), breakdown(platforms)},
        {QStringLiteral("ram"), breakdown(ram)},
        {QStringLiteral("languages"), breakdown(languages)},
        {QStringLiteral("versions"), breakdown(versions)},
        {QStringLiteral("countries"), breakdown(countries)},
        {QStringLiteral("avgSessionDuration"), durations},
    };
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), data}})};
}

DemoApi::Reply DemoApi::dailyCounts(const Range &r, DemoEvent::Kind kind) const {
    const QStringList names = [&] {
        if (kind == DemoEvent::Error)
            return m_data.errorTypes;
        QStringList n;
        for (const DemoEventKind &k : m_data.eventKinds)
            n.append(k.name);
        return n;
    }();
    const qint64 firstDay = r.dayOf(r.start);
    const int days = int(r.dayOf(r.end) - firstDay + 1);
    QVector<QVector<qint64>> counts(names.size(), QVector<qint64>(days));
    QVector<bool> seen(names.size());
    // Events lie inside their session, so only sessions that could overlap the range matter.
    const auto [first, last] = sessionsStartingIn(r.start - m_longestSession, r.end);
    for (int i = first; i < last; ++i) {
        const DemoSession &s = m_data.sessions[i];
        if (m_data.isDeleted(s.user))
            continue;
        for (int e = s.firstEvent; e < s.firstEvent + s.eventCount; ++e) {
            const DemoEvent &ev = m_data.events[e];
            if (ev.kind != kind || ev.time < r.start || ev.time > r.end || ev.name >= names.size())
                continue;
            ++counts[ev.name][int(r.dayOf(ev.time) - firstDay)];
            seen[ev.name] = true;
        }
    }
    QJsonObject data;
    for (int n = 0; n < names.size(); ++n) {
        if (seen[n])
            data.insert(names[n], dayMap(counts[n], firstDay));
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), data}})};
}

DemoApi::Reply DemoApi::eventProperties(const Range &r) const {
    QVector<bool> seen(m_data.eventKinds.size());
    bool anySession = false;
    const auto [first, last] = sessionsStartingIn(r.start - m_longestSession, r.end);
    for (int i = first; i < last; ++i) {
        const DemoSession &s = m_data.sessions[i];
        if (m_data.isDeleted(s.user))
            continue;
        anySession = anySession || (s.start >= r.start);
        for (int e = s.firstEvent; e < s.firstEvent + s.eventCount; ++e) {
            const DemoEvent &ev = m_data.events[e];
            if (ev.kind == DemoEvent::Custom && ev.propValue >= 0 && ev.time >= r.start &&
                ev.time <= r.end)
                seen[ev.name] = true;
        }
    }
    auto entry = [](const QString &event, const QString &key) {
        return QJsonObject{{QStringLiteral("event"), event},
                           {QStringLiteral("keys"), QJsonArray{key}},
                           {QStringLiteral("type"), QStringLiteral("string")}};
    };
    QJsonArray data;
    if (anySession) // every app start is an "init" event carrying the user's plan
        data.append(entry(QStringLiteral("init"), QStringLiteral("plan")));
    for (int k = 0; k < seen.size(); ++k) {
        if (seen[k])
            data.append(entry(m_data.eventKinds[k].name, m_data.eventKinds[k].propKey));
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), data}})};
}

DemoApi::Reply DemoApi::eventAttribute(const Range &r, const QString &event,
                                       const QString &attribute) const {
    QHash<QString, qint64> counts;
    if (event == QLatin1String("init") && attribute == QLatin1String("plan")) {
        const auto [first, last] = sessionsStartingIn(r.start, r.end);
        for (int i = first; i < last; ++i) {
            const int user = m_data.sessions[i].user;
            if (!m_data.isDeleted(user))
                ++counts[m_data.users[user].plan];
        }
        return {200, demoJson(QJsonObject{{QStringLiteral("data"), breakdown(counts)}})};
    }
    int kind = -1;
    for (int k = 0; k < m_data.eventKinds.size(); ++k) {
        if (m_data.eventKinds[k].name == event && m_data.eventKinds[k].propKey == attribute)
            kind = k;
    }
    const auto [first, last] = sessionsStartingIn(r.start - m_longestSession, r.end);
    for (int i = first; i < last && kind >= 0; ++i) {
        const DemoSession &s = m_data.sessions[i];
        if (m_data.isDeleted(s.user))
            continue;
        for (int e = s.firstEvent; e < s.firstEvent + s.eventCount; ++e) {
            const DemoEvent &ev = m_data.events[e];
            if (ev.kind == DemoEvent::Custom && ev.name == kind && ev.propValue >= 0 &&
                ev.time >= r.start && ev.time <= r.end)
                ++counts[m_data.eventKinds[kind].propValues.value(ev.propValue)];
        }
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), breakdown(counts)}})};
}
