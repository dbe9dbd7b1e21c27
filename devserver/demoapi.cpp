#include "demoapi.h"

#include "isoutc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace {
DemoApi::Reply error(int status, const QString &message)
{
    return {status, demoJson(QJsonObject{{QStringLiteral("error"), message}})};
}

bool readSeconds(const QUrlQuery &q, const char *key, qint64 *out)
{
    bool ok = false;
    *out = q.queryItemValue(QLatin1String(key)).toLongLong(&ok);
    return ok;
}
} // namespace

QByteArray demoJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString demoIsoTime(qint64 secs)
{
    return IsoUtc::fromSecs(secs);
}

QString demoDayKey(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber).toString(Qt::ISODate);
}

qint64 DemoApi::Range::dayOf(qint64 secs) const
{
    const qint64 local = secs - qint64(utcOffsetMinutes) * 60;
    return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

int DemoApi::Range::hourOf(qint64 secs) const
{
    const qint64 local = secs - qint64(utcOffsetMinutes) * 60;
    return int(((local % 86400) + 86400) % 86400 / 3600);
}

DemoApi::DemoApi(DataSet data, Clock clock)
    : m_data(std::move(data))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
    for (const DemoSession &s : m_data.sessions)
        m_longestSession = std::max(m_longestSession, s.end - s.start);
    m_index.build(m_data);
}

std::pair<int, int> DemoApi::sessionsStartingIn(qint64 from, qint64 to) const
{
    const int first = m_index.lowerBound(from);
    return {first, m_index.lowerBound(to + 1, first)};
}

DemoApi::Reply DemoApi::handle(const QByteArray &method, const QStringList &seg,
                               const QUrlQuery &query)
{
    if (seg.size() < 3 || seg[0] != QLatin1String("apps"))
        return error(404, QStringLiteral("unknown path"));
    if (seg[1] != m_data.appId)
        return error(404, QStringLiteral("unknown app"));
    const QStringList rest = seg.mid(2);
    auto is = [&rest](std::initializer_list<const char *> parts) {
        if (rest.size() != int(parts.size()))
            return false;
        int i = 0;
        for (const char *p : parts) {
            if (*p != '*' && rest[i] != QLatin1String(p))
                return false;
            ++i;
        }
        return true;
    };

    if (method == "DELETE") {
        if (is({"users", "*"}))
            return deleteUser(rest[1]);
        return error(405, QStringLiteral("method not allowed"));
    }
    if (method != "GET")
        return error(405, QStringLiteral("method not allowed"));

    if (is({"analytics", "quickglance"}))
        return quickGlance();
    if (is({"users"}))
        return users();
    if (is({"users", "*"}))
        return userDetails(rest[1]);
    if (is({"users", "*", "session", "*"}))
        return sessionEvents(rest[1], rest[3],
                             query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded));
    if (is({"live", "users", "count"}))
        return liveCount();
    if (is({"live", "users"}))
        return liveUsers();
    if (is({"live", "events"}))
        return liveEvents();

    // Everything else is an analytics path over a time range.
    Range r;
    if (!readSeconds(query, "start", &r.start) || !readSeconds(query, "end", &r.end))
        return error(400, QStringLiteral("start and end (Unix seconds) are required"));
    // Year 9999 at most: beyond it day numbers and "end + 1" would overflow.
    constexpr qint64 kLatest = 253402300799;
    if (r.start < 0 || r.end < 0 || r.start > kLatest || r.end > kLatest)
        return error(
            400, QStringLiteral("start and end must be Unix seconds from 0 to %1").arg(kLatest));
    if (r.end < r.start || r.end - r.start > qint64(5) * 366 * 86400)
        return error(400, QStringLiteral("end must be after start, within five years"));
    if (query.hasQueryItem(QStringLiteral("utcOffset"))) {
        bool ok = false;
        r.utcOffsetMinutes = query.queryItemValue(QStringLiteral("utcOffset")).toInt(&ok);
        if (!ok || qAbs(r.utcOffsetMinutes) > 24 * 60)
            return error(400, QStringLiteral("utcOffset must be minutes between -1440 and 1440"));
    }
    if (is({"analytics"}))
        return analytics(r);
    if (is({"analytics", "events"}))
        return dailyCounts(r, DemoEvent::Custom);
    if (is({"analytics", "errors"}))
        return dailyCounts(r, DemoEvent::Error);
    if (is({"analytics", "eventsprops"}))
        return eventProperties(r);
    if (is({"analytics", "events", "*", "*"}))
        return eventAttribute(r, rest[2], rest[3]);
    return error(404, QStringLiteral("unknown path"));
}

DemoApi::Reply DemoApi::quickGlance() const
{
    const qint64 now = m_clock();
    struct Window {
        qint64 users = 0, installs = 0, appStarts = 0, errors = 0;
    } win[2];
    QVector<quint8> seen(m_data.users.size(), 0);
    for (int w = 0; w < 2; ++w) {
        const qint64 to = now - qint64(w) * 86400;
        const qint64 from = to - 86400 + 1;
        const auto [first, last] = sessionsStartingIn(from, to);
        for (int i = first; i < last; ++i) {
            const DemoSession &s = m_data.sessions[i];
            if (m_data.isDeleted(s.user))
                continue;
            ++win[w].appStarts;
            if (!(seen[s.user] & (1 << w))) {
                seen[s.user] |= quint8(1 << w);
                ++win[w].users;
            }
        }
        forEachEvent(from, to, [&](const DemoEvent &ev) {
            win[w].errors += ev.kind == DemoEvent::Error ? 1 : 0;
        });
        for (int u = 0; u < m_data.users.size(); ++u) {
            const qint64 created = m_data.users[u].createdAt;
            win[w].installs += !m_data.isDeleted(u) && created >= from && created <= to;
        }
    }
    QJsonObject data{{QStringLiteral("users"), win[0].users},
                     {QStringLiteral("installs"), win[0].installs},
                     {QStringLiteral("appStarts"), win[0].appStarts},
                     {QStringLiteral("errors"), win[0].errors},
                     {QStringLiteral("previousUsers"), win[1].users},
                     {QStringLiteral("previousInstalls"), win[1].installs},
                     {QStringLiteral("previousAppStarts"), win[1].appStarts},
                     {QStringLiteral("previousErrors"), win[1].errors}};
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), data}})};
}
