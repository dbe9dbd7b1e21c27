#include "demoapi.h"

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
    // ISO 8601 in UTC with milliseconds and "Z", as the real API writes times
    // ("2024-03-12T12:00:00.000Z"), without QDateTime's cost: the /users answer of a big
    // data set has hundreds of thousands of these.
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 inDay = secs - days * 86400;
    // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) // outside what four digits hold: Qt's own formatting
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
            .toString(Qt::ISODateWithMs)
            .replace(QLatin1String("+00:00"), QLatin1String("Z"));
    // Every field's range is known here, so fixed-width digits need no formatting library.
    char text[24];
    char *out = text;
    const auto put = [&out](qint64 value, int width, char after) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
        out += width;
        *out++ = after;
    };
    put(year, 4, '-');
    put(month, 2, '-');
    put(day, 2, 'T');
    put(inDay / 3600, 2, ':');
    put(inDay / 60 % 60, 2, ':');
    put(inDay % 60, 2, '.');
    put(0, 3, 'Z');
    return QString::fromLatin1(text, int(sizeof text));
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
