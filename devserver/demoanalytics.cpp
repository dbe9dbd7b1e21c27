// The ranged analytics endpoints of the demo server, computed from raw sessions and events.
#include "demoapi.h"
#include "jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace {
// {"2021-04-09": 8, ...} for the days that have a value (absent days mean 0 / no data).
template <typename T>
QJsonObject dayMap(const QVector<T> &values, qint64 firstDay, bool skipZero = true)
{
    QJsonObject out;
    for (int i = 0; i < values.size(); ++i) {
        if (!skipZero || values[i] != 0)
            out.insert(demoDayKey(firstDay + i), double(values[i]));
    }
    return out;
}

// Value/count rows, biggest first, ties by value.
QVector<std::pair<QString, qint64>> sortedCounts(const QHash<QString, qint64> &counts)
{
    QVector<std::pair<QString, qint64>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return rows;
}

// [{"value": "win", "count": 17}, ...], biggest first, ties by value.
QJsonArray breakdown(const QHash<QString, qint64> &counts)
{
    QJsonArray out;
    for (const auto &[value, count] : sortedCounts(counts))
        out.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), count}});
    return out;
}
} // namespace

DemoApi::Reply DemoApi::analytics(const Range &r) const
{
    const SessionIndex &index = m_index;
    const qint64 firstDay = r.dayOf(r.start);
    const int days = int(r.dayOf(r.end) - firstDay + 1);
    const qint64 offsetSecs = qint64(r.utcOffsetMinutes) * 60;
    QVector<qint64> usage(days), active(days), fresh(days), nonNew(days), hours(days * 24);
    QVector<double> durationSum(days);
    QVector<qint64> durationCount(days);

    // Sessions of local hour h of day d start in [hourStart, hourStart + 3600), clipped to the
    // range: counts and durations come from prefix sums over the sorted sessions.
    const int rangeBegin = index.lowerBound(r.start);
    QVector<int> dayBegin(days + 1);
    int cursor = rangeBegin;
    for (int d = 0; d < days; ++d) {
        dayBegin[d] = cursor;
        const qint64 dayStart = (firstDay + d) * 86400 + offsetSecs;
        for (int h = 0; h < 24; ++h) {
            const qint64 hourEnd = std::min(dayStart + (h + 1) * 3600, r.end + 1);
            const int next = hourEnd <= r.start ? cursor : index.lowerBound(hourEnd, cursor);
            hours[d * 24 + h] = index.sessionCount(cursor, next);
            cursor = next;
        }
        usage[d] = index.sessionCount(dayBegin[d], cursor);
        durationSum[d] = double(index.durationSum(dayBegin[d], cursor));
        durationCount[d] = usage[d];
    }
    dayBegin[days] = cursor;

    // A day's active users: a look-up for whole days in real zones, else its sessions that are
    // their user's first since the day (or the range) began.
    for (int d = 0; d < days; ++d) {
        const qint64 dayStart = (firstDay + d) * 86400 + offsetSecs;
        const qint64 from = std::max(r.start, dayStart);
        const bool wholeDay = from == dayStart && r.end >= dayStart + 86399;
        const qint64 known = wholeDay ? index.usersInDayFrom(dayStart) : -1;
        active[d] = known >= 0 ? known : index.usersSince(dayBegin[d], dayBegin[d + 1], from);
    }

    // Per-user breakdowns of everyone active in the range.
    const SessionIndex::RangeUsers inRange = index.usersBetween(r.start, r.end);
    QHash<QString, qint64> platforms, versions, languages, countries, ram;
    auto named = [](const QStringList &names, const QVector<qint64> &counts,
                    QHash<QString, qint64> &out) {
        for (int k = 0; k < counts.size(); ++k) {
            if (counts[k])
                out.insert(names.value(k), counts[k]);
        }
    };
    named(index.locales().names, inRange.perLocale, languages);
    named(index.countries().names, inRange.perCountry, countries);
    named(index.ram().names, inRange.perRam, ram);
    named(m_data.platforms, inRange.perPlatform, platforms);
    named(m_data.versions, inRange.perVersion, versions);
    const qint64 totalUsers = inRange.users;
    const QVector<qint64> &installs = index.installs();
    auto install = std::lower_bound(installs.cbegin(), installs.cend(), r.start);
    const auto installsEnd = std::upper_bound(install, installs.cend(), r.end);
    const qint64 totalInstalls = installsEnd - install;
    for (; install != installsEnd; ++install)
        ++fresh[int(r.dayOf(*install) - firstDay)];

    QVector<QByteArray> dayKeys(days);
    for (int d = 0; d < days; ++d) {
        dayKeys[d] = demoDayKey(firstDay + d).toLatin1();
        nonNew[d] = active[d] - fresh[d];
    }
    JsonWriter json;
    // {"2021-04-09": 8, ...} for the days that have a value (absent days mean 0 / no data).
    auto days_ = [&](const char *name, const QVector<qint64> &values) {
        json.key(QByteArray(name));
        json.beginObject();
        for (int d = 0; d < days; ++d) {
            if (values[d] != 0) {
                json.key(dayKeys[d]);
                json.value(double(values[d]));
            }
        }
        json.endObject();
    };
    // [{"value": "win", "count": 17}, ...], biggest first, ties by value.
    auto breakdown_ = [&](const char *name, const QHash<QString, qint64> &counts) {
        json.key(QByteArray(name));
        json.beginArray();
        for (const auto &row : sortedCounts(counts)) {
            json.beginObject();
            json.key(QByteArrayLiteral("value"));
            json.value(row.first);
            json.key(QByteArrayLiteral("count"));
            json.value(double(row.second));
            json.endObject();
        }
        json.endArray();
    };
    json.beginObject();
    json.key(QByteArrayLiteral("data"));
    json.beginObject();
    json.key(QByteArrayLiteral("totalNumbers"));
    json.beginObject();
    json.key(QByteArrayLiteral("users"));
    json.value(double(totalUsers));
    json.key(QByteArrayLiteral("installs"));
    json.value(double(totalInstalls));
    json.endObject();
    days_("usage", usage);
    days_("newUsers", fresh);
    days_("activeUsers", active);
    days_("nonNewUsers", nonNew);
    json.key(QByteArrayLiteral("hours"));
    json.beginObject();
    for (int d = 0; d < days; ++d) {
        if (durationCount[d] == 0)
            continue;
        json.key(dayKeys[d]);
        json.beginArray();
        for (int h = 0; h < 24; ++h)
            json.value(double(hours[d * 24 + h]));
        json.endArray();
    }
    json.endObject();
    breakdown_("platforms", platforms);
    breakdown_("ram", ram);
    breakdown_("languages", languages);
    breakdown_("versions", versions);
    breakdown_("countries", countries);
    json.key(QByteArrayLiteral("avgSessionDuration"));
    json.beginObject();
    for (int d = 0; d < days; ++d) {
        if (durationCount[d] != 0) {
            json.key(dayKeys[d]);
            json.value(durationSum[d] / double(durationCount[d]));
        }
    }
    json.endObject();
    json.endObject();
    json.endObject();
    return {200, json.take()};
}

DemoApi::Reply DemoApi::dailyCounts(const Range &r, DemoEvent::Kind kind) const
{
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
    forEachEvent(r.start, r.end, [&](const DemoEvent &ev) {
        if (ev.kind != kind || ev.name >= names.size())
            return;
        ++counts[ev.name][int(r.dayOf(ev.time) - firstDay)];
        seen[ev.name] = true;
    });
    QJsonObject data;
    for (int n = 0; n < names.size(); ++n) {
        if (seen[n])
            data.insert(names[n], dayMap(counts[n], firstDay));
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), data}})};
}

DemoApi::Reply DemoApi::eventProperties(const Range &r) const
{
    QVector<bool> seen(m_data.eventKinds.size());
    const int begin = m_index.lowerBound(r.start);
    const bool anySession = m_index.sessionCount(begin, m_index.lowerBound(r.end + 1, begin)) > 0;
    forEachEvent(r.start, r.end, [&](const DemoEvent &ev) {
        if (ev.kind == DemoEvent::Custom && ev.propValue >= 0)
            seen[ev.name] = true;
    });
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
                                       const QString &attribute) const
{
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
    if (kind >= 0) {
        const DemoEventKind &k = m_data.eventKinds[kind];
        forEachEvent(r.start, r.end, [&](const DemoEvent &ev) {
            if (ev.kind == DemoEvent::Custom && ev.name == kind && ev.propValue >= 0)
                ++counts[k.propValues.value(ev.propValue)];
        });
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), breakdown(counts)}})};
}
