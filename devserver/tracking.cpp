#include "tracking.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace Tracking {

namespace {
const QSet<QString> kTypes = {QStringLiteral("init"),        QStringLiteral("event"),
                              QStringLiteral("error"),       QStringLiteral("userid"),
                              QStringLiteral("props"),       QStringLiteral("heartbeat"),
                              QStringLiteral("nucleus:view")};
// Names and ids are identifiers, not documents: a hostile client's 10 MB "name" is refused.
constexpr int kMaxTextChars = 1000;

// Reads one event; returns the problem ("" when none) and where.
class EventReader {
public:
    EventReader(const QJsonObject &o, int index)
        : m_o(o)
        , m_index(index)
    {}

    QString field(const QString &key) const
    {
        return QStringLiteral("data[%1].%2").arg(m_index).arg(key);
    }
    bool failed() const { return !m_problem.message.isEmpty(); }
    const Problem &problem() const { return m_problem; }

    // An optional text field; absent or null gives "".
    QString text(const QString &key, bool required = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("required"));
            return {};
        }
        if (!v.isString())
            return fail(key, QStringLiteral("expected a string")), QString();
        const QString s = v.toString();
        if (s.size() > kMaxTextChars)
            return fail(key, QStringLiteral("longer than %1 characters").arg(kMaxTextChars)),
                   QString();
        if (required && s.trimmed().isEmpty())
            return fail(key, QStringLiteral("must not be empty")), QString();
        return s;
    }

    // A whole number sent as a number or as digits ("1234").
    qint64 whole(const QString &key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("required"));
            return 0;
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
                return qint64(d);
        } else if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        fail(key, QStringLiteral("expected a whole number"));
        return 0;
    }

    void fail(const QString &key, const QString &message)
    {
        if (!failed())
            m_problem = {m_index, m_o.value(QStringLiteral("id")), field(key), message};
    }

private:
    const QJsonObject &m_o;
    int m_index;
    Problem m_problem;
};

// `date`: ms since 1970 (number) or ISO 8601 text; absent: received now.
qint64 readTime(const QJsonObject &o, qint64 nowMs, EventReader &r)
{
    const QJsonValue v = o.value(QStringLiteral("date"));
    if (v.isUndefined() || v.isNull())
        return nowMs;
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0 &&
        v.toDouble() < 253402300800000.0) // before the year 10000
        return qint64(v.toDouble());
    if (v.isString()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    r.fail(QStringLiteral("date"), QStringLiteral("expected ms since 1970 or an ISO 8601 time"));
    return 0;
}
} // namespace

QString normalisePlatform(const QString &platform)
{
    const QString p = platform.trimmed().toLower();
    if (p == QLatin1String("linux"))
        return QStringLiteral("linux");
    if (p == QLatin1String("darwin") || p == QLatin1String("mac") || p == QLatin1String("macos") ||
        p == QLatin1String("osx"))
        return QStringLiteral("mac");
    if (p == QLatin1String("windows_nt") || p == QLatin1String("win32") ||
        p == QLatin1String("windows") || p == QLatin1String("win"))
        return QStringLiteral("win");
    return platform.trimmed();
}

Batch parse(const QByteArray &body, qint64 nowMs, const QString &connectionDevice)
{
    Batch batch;
    const auto refuse = [&batch](const QString &field, const QString &message) {
        batch.problems.append({-1, QJsonValue(), field, message});
        return batch;
    };
    if (body.size() > kMaxBatchBytes)
        return refuse(QStringLiteral("body"),
                      QStringLiteral("larger than %1 bytes").arg(kMaxBatchBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(QStringLiteral("body"), QStringLiteral("not valid JSON (%1 at offset %2)")
                                                  .arg(error.errorString())
                                                  .arg(error.offset));
    if (!doc.isObject())
        return refuse(QStringLiteral("body"),
                      QStringLiteral("expected an object {\"data\": [...]}"));
    const QJsonValue data = doc.object().value(QStringLiteral("data"));
    if (!data.isArray())
        return refuse(QStringLiteral("data"), QStringLiteral("expected an array of events"));
    const QJsonArray events = data.toArray();
    for (int i = 0; i < events.size(); ++i) {
        if (!events[i].isObject()) {
            batch.problems.append({i, QJsonValue(), QStringLiteral("data[%1]").arg(i),
                                   QStringLiteral("expected an object")});
            continue;
        }
        const QJsonObject o = events[i].toObject();
        EventReader r(o, i);
        Event e;
        e.type = r.text(QStringLiteral("type"));
        if (e.type.isEmpty())
            e.type = QStringLiteral("event");
        else if (!kTypes.contains(e.type))
            r.fail(QStringLiteral("type"), QStringLiteral("unknown type \"%1\"").arg(e.type));
        const bool heartbeat = e.type == QLatin1String("heartbeat");
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (id.isString() && id.toString().size() <= kMaxTextChars) {
            e.id = id.toString();
            e.sentId = id;
        } else if (id.isDouble() && std::isfinite(id.toDouble())) {
            e.id = QString::number(id.toDouble(), 'g', 17);
            e.sentId = id;
        } else if (!id.isUndefined() && !id.isNull()) {
            r.fail(QStringLiteral("id"), QStringLiteral("expected a string or a number"));
        }
        e.name = r.text(QStringLiteral("name"),
                        e.type == QLatin1String("event") || e.type == QLatin1String("error"));
        e.sessionId = r.whole(QStringLiteral("sessionId"), !heartbeat);
        e.deviceId = r.text(QStringLiteral("deviceId"));
        if (e.deviceId.isEmpty())
            e.deviceId = r.text(QStringLiteral("machineId"));
        if (e.deviceId.isEmpty())
            e.deviceId = heartbeat ? connectionDevice : r.text(QStringLiteral("deviceId"), true);
        e.userId = r.text(QStringLiteral("userId"));
        e.anonId = r.text(QStringLiteral("anonId"));
        e.platform = normalisePlatform(r.text(QStringLiteral("platform")));
        e.osVersion = r.text(QStringLiteral("osVersion"));
        e.version = r.text(QStringLiteral("version"));
        e.locale = r.text(QStringLiteral("locale"));
        if (e.locale.isEmpty())
            e.locale = r.text(QStringLiteral("language"));
        const QJsonValue ram = o.value(QStringLiteral("totalRam"));
        if (ram.isDouble() && std::isfinite(ram.toDouble()) && ram.toDouble() >= 0)
            e.totalRamGb = ram.toDouble();
        else if (!ram.isUndefined() && !ram.isNull())
            r.fail(QStringLiteral("totalRam"), QStringLiteral("expected a number of GB"));
        const QJsonValue payload = o.value(QStringLiteral("payload"));
        if (payload.isObject())
            e.payload = payload.toObject();
        else if (!payload.isUndefined() && !payload.isNull())
            r.fail(QStringLiteral("payload"), QStringLiteral("expected an object"));
        e.timeMs = readTime(o, nowMs, r);
        if (r.failed())
            batch.problems.append(r.problem());
        else
            batch.events.append(std::move(e));
    }
    return batch;
}

QJsonObject answer(const Batch &batch)
{
    QJsonArray ids;
    for (const Event &e : batch.events) {
        if (!e.sentId.isUndefined())
            ids.append(e.sentId);
    }
    QJsonObject out{{QStringLiteral("reportedIds"), ids}};
    if (!batch.problems.isEmpty()) {
        QJsonArray errors;
        for (const Problem &p : batch.problems) {
            QJsonObject o{{QStringLiteral("field"), p.field},
                          {QStringLiteral("message"), p.message}};
            if (p.index >= 0)
                o.insert(QStringLiteral("index"), p.index);
            if (!p.sentId.isUndefined() && !p.sentId.isNull())
                o.insert(QStringLiteral("id"), p.sentId);
            errors.append(o);
        }
        const Problem &first = batch.problems.first();
        out.insert(QStringLiteral("error"),
                   QStringLiteral("%1: %2").arg(first.field, first.message));
        out.insert(QStringLiteral("errors"), errors);
    }
    return out;
}

QJsonObject Event::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("sessionId"), double(sessionId)},
                  {QStringLiteral("date"), double(timeMs)},
                  {QStringLiteral("deviceId"), deviceId}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("name", name);
    put("userId", userId);
    put("anonId", anonId);
    put("platform", platform);
    put("osVersion", osVersion);
    put("version", version);
    put("locale", locale);
    if (!sentId.isUndefined())
        o.insert(QStringLiteral("id"), sentId);
    if (totalRamGb > 0)
        o.insert(QStringLiteral("totalRam"), totalRamGb);
    if (!payload.isEmpty())
        o.insert(QStringLiteral("payload"), payload);
    return o;
}

Event Event::fromJson(const QJsonObject &o)
{
    Event e;
    e.type = o.value(QStringLiteral("type")).toString();
    e.name = o.value(QStringLiteral("name")).toString();
    e.sentId = o.value(QStringLiteral("id"));
    if (e.sentId.isString())
        e.id = e.sentId.toString();
    else if (e.sentId.isDouble())
        e.id = QString::number(e.sentId.toDouble(), 'g', 17);
    e.sessionId = qint64(o.value(QStringLiteral("sessionId")).toDouble());
    e.timeMs = qint64(o.value(QStringLiteral("date")).toDouble());
    e.deviceId = o.value(QStringLiteral("deviceId")).toString();
    e.userId = o.value(QStringLiteral("userId")).toString();
    e.anonId = o.value(QStringLiteral("anonId")).toString();
    e.platform = o.value(QStringLiteral("platform")).toString();
    e.osVersion = o.value(QStringLiteral("osVersion")).toString();
    e.version = o.value(QStringLiteral("version")).toString();
    e.locale = o.value(QStringLiteral("locale")).toString();
    e.totalRamGb = o.value(QStringLiteral("totalRam")).toDouble();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    return e;
}

} // namespace Tracking
