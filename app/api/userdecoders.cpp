#include "api/decoders.h"
#include "api/jsonreader.h"

#include <cmath>

namespace {
QString at(const QString &where, const char *key)
{
    return JsonReader::join(where, QLatin1String(key));
}

QJsonValue field(const QJsonObject &obj, const char *key)
{
    return obj.value(QLatin1String(key));
}

User readUser(JsonReader &r, const QJsonObject &obj, const QString &where)
{
    User u;
    u.dbId = r.scalarText(field(obj, "_id"), at(where, "_id"));
    u.userId = r.scalarText(field(obj, "userId"), at(where, "userId"));
    u.createdAt = r.dateTime(field(obj, "createdAt"), at(where, "createdAt"));
    u.lastSeen = r.dateTime(field(obj, "lastSeen"), at(where, "lastSeen"));
    u.updatedAt = r.dateTime(field(obj, "updatedAt"), at(where, "updatedAt"));
    const QString devicesAt = at(where, "devices");
    const QJsonArray devices = r.array(field(obj, "devices"), devicesAt).value_or(QJsonArray{});
    u.devices.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size() && !r.failed(); ++i) {
        if (!devices.at(i).isNull())
            u.devices.append(
                Decode::detail::device(r, devices.at(i), JsonReader::join(devicesAt, i)));
    }
    u.props = r.anyObject(field(obj, "props"), at(where, "props"));
    return u;
}

Session readSession(JsonReader &r, const QJsonObject &obj, const QString &where)
{
    Session s;
    s.session = r.scalarText(field(obj, "session"), at(where, "session"));
    s.device = r.scalarText(field(obj, "device"), at(where, "device"));
    s.start = r.dateTime(field(obj, "start"), at(where, "start"));
    s.end = r.dateTime(field(obj, "end"), at(where, "end"));
    s.actions = r.number(field(obj, "actions"), at(where, "actions"));
    s.errors = r.number(field(obj, "errors"), at(where, "errors"));
    return s;
}
} // namespace

Device Decode::detail::device(JsonReader &r, const QJsonValue &value, const QString &where)
{
    Device d;
    const QJsonObject obj = r.object(value, where).value_or(QJsonObject{});
    d.id = r.scalarText(field(obj, "_id"), at(where, "_id"));
    d.platform = r.scalarText(field(obj, "platform"), at(where, "platform"));
    d.osVersion = r.scalarText(field(obj, "osVersion"), at(where, "osVersion"));
    d.version = r.scalarText(field(obj, "version"), at(where, "version"));
    d.lastSeen = r.dateTime(field(obj, "lastSeen"), at(where, "lastSeen"));
    return d;
}

Event Decode::detail::event(JsonReader &r, const QJsonValue &value, const QString &where)
{
    Event e;
    const QJsonObject obj = r.object(value, where).value_or(QJsonObject{});
    e.time = r.dateTime(field(obj, "time"), at(where, "time"));
    e.type = r.scalarText(field(obj, "type"), at(where, "type"));
    e.platform = r.scalarText(field(obj, "platform"), at(where, "platform"));
    e.version = r.scalarText(field(obj, "version"), at(where, "version"));
    e.country = r.scalarText(field(obj, "country"), at(where, "country"));
    e.locale = r.scalarText(field(obj, "locale"), at(where, "locale"));
    e.userId = r.scalarText(field(obj, "user_id"), at(where, "user_id"));
    e.sessionId = r.scalarText(field(obj, "session_id"), at(where, "session_id"));
    // "data" is the app's own payload: any object; a bare value is kept under "value".
    const QJsonValue data = field(obj, "data");
    if (data.isObject())
        e.data = data.toObject().toVariantMap();
    else if (!data.isNull() && !data.isUndefined())
        e.data.insert(QStringLiteral("value"), data.toVariant());
    e.fields = obj.toVariantMap();
    return e;
}

std::optional<qint64> Decode::detail::wholeCount(double value)
{
    constexpr double kMax = 9007199254740992.0; // 2^53
    if (!(value >= 0 && value <= kMax) || value != std::floor(value))
        return std::nullopt; // NaN fails the first test too
    return qint64(value);
}

Result<UserList> Decode::users(const QByteArray &body)
{
    JsonReader r(body);
    UserList page;
    const QJsonObject root = r.root();
    if (const OptNumber total =
            r.number(root.value(QLatin1String("total")), QStringLiteral("total"))) {
        page.total = detail::wholeCount(*total);
        if (!page.total)
            r.fail(QStringLiteral("total"), QStringLiteral("expected a whole count"));
    }
    const QString dataAt = QStringLiteral("data");
    const QJsonArray items = r.array(root.value(dataAt), dataAt).value_or(QJsonArray{});
    page.users.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString itemAt = JsonReader::join(dataAt, i);
        if (const auto obj = r.object(items.at(i), itemAt))
            page.users.append(readUser(r, *obj, itemAt));
    }
    return r.finish(page);
}

Result<UserDetails> Decode::userDetails(const QByteArray &body)
{
    JsonReader r(body);
    UserDetails details;
    const QJsonObject root = r.root();
    const QString userAt = QStringLiteral("user");
    if (const auto user = r.object(root.value(userAt), userAt))
        details.user = readUser(r, *user, userAt);
    const QString sessionsAt = QStringLiteral("sessions");
    const QJsonArray sessions = r.array(root.value(sessionsAt), sessionsAt).value_or(QJsonArray{});
    details.sessions.reserve(sessions.size());
    for (qsizetype i = 0; i < sessions.size() && !r.failed(); ++i) {
        const QString itemAt = JsonReader::join(sessionsAt, i);
        if (const auto obj = r.object(sessions.at(i), itemAt))
            details.sessions.append(readSession(r, *obj, itemAt));
    }
    return r.finish(details);
}

Result<QVector<Event>> Decode::sessionEvents(const QByteArray &body)
{
    JsonReader r(body);
    QVector<Event> events;
    const QString dataAt = QStringLiteral("data");
    const QJsonArray items = r.array(r.data(), dataAt).value_or(QJsonArray{});
    events.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        if (!items.at(i).isNull())
            events.append(detail::event(r, items.at(i), JsonReader::join(dataAt, i)));
    }
    return r.finish(events);
}
