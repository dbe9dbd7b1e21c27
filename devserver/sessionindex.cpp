#include "sessionindex.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace {
constexpr qint32 kNone = std::numeric_limits<qint32>::min();  // no earlier session
constexpr qint32 kNever = std::numeric_limits<qint32>::max(); // deleted: never counted
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
    m_prevPlatform.resize(n);
    m_prevVersion.resize(n);
    m_user.resize(n);
    m_platform.resize(n);
    m_version.resize(n);
    m_alivePrefix[0] = 0;
    m_durationPrefix[0] = 0;

    const int users = int(data.users.size());
    QVector<qint32> lastStart(users, kNone);
    // Per user, the last start on each platform / version seen so far.
    const int platformCount = std::max<int>(1, int(data.platforms.size()));
    const int versionCount = std::max<int>(1, int(data.versions.size()));
    QVector<qint32> lastOnPlatform(qsizetype(users) * platformCount, kNone);
    QVector<qint32> lastOnVersion(qsizetype(users) * versionCount, kNone);
    for (int i = 0; i < n; ++i) {
        const DemoSession &s = sessions[i];
        const bool alive = !data.isDeleted(s.user);
        const qint32 rel = qint32(s.start - m_base);
        m_starts[i] = s.start;
        m_user[i] = s.user;
        m_platform[i] = s.platform;
        m_version[i] = s.version;
        m_alivePrefix[i + 1] = m_alivePrefix[i] + (alive ? 1 : 0);
        m_durationPrefix[i + 1] = m_durationPrefix[i] + (alive ? s.end - s.start : 0);
        if (!alive) {
            m_prevStart[i] = m_prevPlatform[i] = m_prevVersion[i] = kNever;
            continue;
        }
        m_prevStart[i] = lastStart[s.user];
        lastStart[s.user] = rel;
        qint32 &platformLast = lastOnPlatform[qsizetype(s.user) * platformCount + s.platform];
        m_prevPlatform[i] = platformLast;
        platformLast = rel;
        qint32 &versionLast = lastOnVersion[qsizetype(s.user) * versionCount + s.version];
        m_prevVersion[i] = versionLast;
        versionLast = rel;
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
