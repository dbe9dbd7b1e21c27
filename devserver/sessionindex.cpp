#include "sessionindex.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace {
constexpr qint32 kNone = std::numeric_limits<qint32>::min();  // no earlier session
constexpr qint32 kNever = std::numeric_limits<qint32>::max(); // deleted: never counted
constexpr qint64 kDay = 86400;
// Day starts in real time zones lie on quarter hours (UTC-12:00 ... UTC+14:00, +5:45, ...).
constexpr qint64 kQuarter = 900;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

void SessionIndex::build(const DataSet &data)
{
    const auto &sessions = data.sessions;
    const int n = int(sessions.size());
    m_base = n ? sessions.first().start : 0;
    m_starts.resize(n);
    m_alivePrefix.resize(n + 1);
    m_durationPrefix.resize(n + 1);
    m_prevStart.resize(n);
    m_alivePrefix[0] = 0;
    m_durationPrefix[0] = 0;

    const int users = int(data.users.size());
    QVector<qint32> lastStart(users, kNone);
    for (int i = 0; i < n; ++i) {
        const DemoSession &s = sessions[i];
        const bool alive = !data.isDeleted(s.user);
        m_starts[i] = s.start;
        m_alivePrefix[i + 1] = m_alivePrefix[i] + (alive ? 1 : 0);
        m_durationPrefix[i + 1] = m_durationPrefix[i] + (alive ? s.end - s.start : 0);
        if (!alive) {
            m_prevStart[i] = kNever;
            continue;
        }
        m_prevStart[i] = lastStart[s.user];
        lastStart[s.user] = qint32(s.start - m_base);
    }

    auto indexAttribute = [&data](Attribute &attribute, auto valueOf) {
        attribute.names.clear();
        attribute.ofUser.resize(data.users.size());
        QHash<QString, quint16> ids;
        for (int u = 0; u < data.users.size(); ++u) {
            const QString value = valueOf(data.users[u]);
            auto it = ids.find(value);
            if (it == ids.end()) {
                it = ids.insert(value, quint16(attribute.names.size()));
                attribute.names.append(value);
            }
            attribute.ofUser[u] = it.value();
        }
    };
    indexAttribute(m_locales, [](const DemoUser &u) { return u.locale; });
    indexAttribute(m_countries, [](const DemoUser &u) { return u.country; });
    indexAttribute(m_ram, [](const DemoUser &u) { return QString::number(u.ramGb); });

    m_hourFirst.clear();
    if (n > 0) {
        m_hourBase = m_starts.first() - ((m_starts.first() % 3600) + 3600) % 3600;
        const qint64 hours = (m_starts.last() - m_hourBase) / 3600 + 2;
        m_hourFirst.resize(hours);
        int i = 0;
        for (qint64 h = 0; h < hours; ++h) {
            const qint64 mark = m_hourBase + h * 3600;
            while (i < n && m_starts[i] < mark)
                ++i;
            m_hourFirst[h] = i;
        }
    }

    buildUserMajor(data);
    buildDayWindows();

    m_installs.clear();
    for (int u = 0; u < users; ++u) {
        if (!data.isDeleted(u))
            m_installs.append(data.users[u].createdAt);
    }
    std::sort(m_installs.begin(), m_installs.end());
}

int SessionIndex::lowerBound(qint64 secs, int from) const
{
    const qint64 sinceBase = secs - m_hourBase;
    if (sinceBase >= 0 && sinceBase % 3600 == 0 && sinceBase / 3600 < m_hourFirst.size())
        return std::max(from, m_hourFirst[sinceBase / 3600]);
    const qint64 *starts = m_starts.constData();
    const qint64 n = m_starts.size();
    qint64 step = 1;
    while (from + step <= n && starts[from + step - 1] < secs)
        step *= 2;
    const qint64 last = std::min(n, from + step);
    return int(std::lower_bound(starts + from, starts + last, secs) - starts);
}

qint32 SessionIndex::relative(qint64 secs) const
{
    const qint64 rel = secs - m_base;
    // Keep bounds strictly between the two sentinels.
    return qint32(std::clamp<qint64>(rel, qint64(kNone) + 1, qint64(kNever) - 1));
}

void SessionIndex::buildUserMajor(const DataSet &data)
{
    const int users = int(data.users.size());
    m_platformCount = std::max(1, int(data.platforms.size()));
    m_versionCount = std::max(1, int(data.versions.size()));
    // A counting sort by user that keeps time order within each user.
    m_userBegin.fill(0, users + 1);
    for (const DemoSession &s : data.sessions) {
        if (!data.isDeleted(s.user))
            ++m_userBegin[s.user + 1];
        m_platformCount = std::max(m_platformCount, s.platform + 1);
        m_versionCount = std::max(m_versionCount, s.version + 1);
    }
    for (int u = 0; u < users; ++u)
        m_userBegin[u + 1] += m_userBegin[u];
    const int alive = m_userBegin[users];
    m_userStart.resize(alive);
    m_userPlatform.resize(alive);
    m_userVersion.resize(alive);
    QVector<int> next = m_userBegin;
    for (const DemoSession &s : data.sessions) {
        if (data.isDeleted(s.user))
            continue;
        const int at = next[s.user]++;
        m_userStart[at] = qint32(s.start - m_base);
        m_userPlatform[at] = s.platform;
        m_userVersion[at] = s.version;
    }

    m_firstStart.fill(kNever, users);
    m_lastStart.fill(kNone, users);
    for (int u = 0; u < users; ++u) {
        if (m_userBegin[u] < m_userBegin[u + 1]) {
            m_firstStart[u] = m_userStart[m_userBegin[u]];
            m_lastStart[u] = m_userStart[m_userBegin[u + 1] - 1];
        }
    }
    auto distinct = [&](UsedKinds &out, const QVector<quint8> &kindOf, int kinds) {
        out.begin.resize(users + 1);
        out.kind.clear();
        out.first.clear();
        out.last.clear();
        QVector<int> seenBy(kinds, -1), slot(kinds);
        out.begin[0] = 0;
        for (int u = 0; u < users; ++u) {
            for (int k = m_userBegin[u]; k < m_userBegin[u + 1]; ++k) {
                const quint8 kind = kindOf[k];
                if (seenBy[kind] != u) {
                    seenBy[kind] = u;
                    slot[kind] = int(out.kind.size());
                    out.kind.append(kind);
                    out.first.append(m_userStart[k]);
                    out.last.append(m_userStart[k]);
                }
                out.last[slot[kind]] = m_userStart[k];
            }
            out.begin[u + 1] = int(out.kind.size());
        }
    };
    distinct(m_usedPlatforms, m_userPlatform, m_platformCount);
    distinct(m_usedVersions, m_userVersion, m_versionCount);
}

void SessionIndex::buildDayWindows()
{
    m_dayUsers.clear();
    if (m_starts.isEmpty())
        return;
    // Session i counts in the day starting at t when it is its user's first since t:
    // max(previous start, start - 1 day) < t <= start. That is a run of quarter hours, added
    // to a difference array; a running sum then gives every day's distinct users at once.
    m_windowBase = floorDiv(m_starts.first(), kDay) * kDay - 2 * kDay;
    const qint64 quarters = (m_starts.last() - m_windowBase) / kQuarter + 1;
    QVector<qint32> diff(quarters + 1, 0);
    for (int i = 0; i < m_starts.size(); ++i) {
        if (m_prevStart[i] == kNever)
            continue;
        const qint64 start = m_starts[i];
        qint64 after = start - kDay;
        if (m_prevStart[i] != kNone)
            after = std::max(after, m_base + m_prevStart[i]);
        const qint64 first = floorDiv(after - m_windowBase, kQuarter) + 1;
        const qint64 last = (start - m_windowBase) / kQuarter;
        if (first <= last) {
            ++diff[first];
            --diff[last + 1];
        }
    }
    m_dayUsers.resize(quarters);
    qint32 running = 0;
    for (qint64 q = 0; q < quarters; ++q)
        m_dayUsers[q] = running += diff[q];
}

qint64 SessionIndex::usersInDayFrom(qint64 from) const
{
    const qint64 sinceBase = from - m_windowBase;
    if (sinceBase < 0 || sinceBase % kQuarter != 0 || sinceBase / kQuarter >= m_dayUsers.size())
        return -1;
    return m_dayUsers[sinceBase / kQuarter];
}

qint64 SessionIndex::usersSince(int begin, int end, qint64 since) const
{
    const qint32 bound = relative(since);
    const qint32 *prev = m_prevStart.constData();
    qint64 count = 0;
    for (int i = begin; i < end; ++i)
        count += prev[i] < bound;
    return count;
}

SessionIndex::RangeUsers SessionIndex::usersBetween(qint64 from, qint64 to) const
{
    RangeUsers out;
    out.perPlatform.fill(0, m_platformCount);
    out.perVersion.fill(0, m_versionCount);
    out.perLocale.fill(0, m_locales.names.size());
    out.perCountry.fill(0, m_countries.names.size());
    out.perRam.fill(0, m_ram.names.size());
    const qint32 low = relative(from), high = relative(to);
    // Raw pointers in this loop over every user: QVector's non-const operator[] checks for
    // sharing on each call, and stores through it would make the compiler reload every array.
    const qint32 *starts = m_userStart.constData();
    const qint32 *firstStart = m_firstStart.constData(), *lastStart = m_lastStart.constData();
    const quint16 *localeOf = m_locales.ofUser.constData();
    const quint16 *countryOf = m_countries.ofUser.constData();
    const quint16 *ramOf = m_ram.ofUser.constData();
    qint64 *perLocale = out.perLocale.data(), *perCountry = out.perCountry.data();
    qint64 *perRam = out.perRam.data();
    // Marks of what a user used inside the range, set only for users whose sessions reach
    // both before and after it; every other case follows from the spans alone.
    QVector<int> platformMarks(m_platformCount, -1), versionMarks(m_versionCount, -1);
    int *platformInRange = platformMarks.data(), *versionInRange = versionMarks.data();
    struct Counter {
        const int *begin;
        const quint8 *kind;
        const qint32 *first, *last;
        const int *inRange;
        qint64 *counts;
        void count(int u, bool wholly, qint32 low, qint32 high) const
        {
            for (int k = begin[u]; k < begin[u + 1]; ++k) {
                // A kind used before and after the range counts when it was used inside.
                if (!wholly && (first[k] > high || last[k] < low ||
                                (first[k] < low && last[k] > high && inRange[kind[k]] != u)))
                    continue;
                ++counts[kind[k]];
            }
        }
    };
    auto counter = [](const UsedKinds &used, const int *inRange, QVector<qint64> &counts) {
        return Counter{used.begin.constData(),
                       used.kind.constData(),
                       used.first.constData(),
                       used.last.constData(),
                       inRange,
                       counts.data()};
    };
    const Counter platforms = counter(m_usedPlatforms, platformInRange, out.perPlatform);
    const Counter versions = counter(m_usedVersions, versionInRange, out.perVersion);
    const int *userBegin = m_userBegin.constData();
    const quint8 *platformOf = m_userPlatform.constData(), *versionOf = m_userVersion.constData();
    qint64 users = 0;
    for (int u = 0; u < m_firstStart.size(); ++u) {
        if (firstStart[u] > high || lastStart[u] < low)
            continue;
        if (firstStart[u] < low && lastStart[u] > high) {
            const qint32 *end = starts + userBegin[u + 1];
            const qint32 *s = std::lower_bound(starts + userBegin[u], end, low);
            if (s == end || *s > high)
                continue; // sessions before and after the range, none inside
            for (; s != end && *s <= high; ++s) {
                platformInRange[platformOf[s - starts]] = u;
                versionInRange[versionOf[s - starts]] = u;
            }
        }
        ++users;
        ++perLocale[localeOf[u]];
        ++perCountry[countryOf[u]];
        ++perRam[ramOf[u]];
        // Wholly inside (a year of a year's data: nearly everyone): every kind counts.
        const bool wholly = firstStart[u] >= low && lastStart[u] <= high;
        platforms.count(u, wholly, low, high);
        versions.count(u, wholly, low, high);
    }
    out.users = users;
    return out;
}
