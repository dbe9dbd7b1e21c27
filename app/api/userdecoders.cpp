#include "api/decoders.h"
#include "api/jsonreader.h"

#include <cmath>

namespace {
Device readDevice(const JsonNode &d)
{
    Device device;
    device.id = d.at("_id").scalarText();
    device.platform = d.at("platform").codeText();
    device.osVersion = d.at("osVersion").codeText();
    device.version = d.at("version").codeText();
    device.lastSeen = d.at("lastSeen").dateTime();
    return device;
}

// Session events and live events share one object shape.
Event readEvent(const JsonNode &e)
{
    Event event;
    event.time = e.at("time").dateTime();
    event.type = e.at("type").codeText();
    event.platform = e.at("platform").codeText();
    event.version = e.at("version").codeText();
    event.country = e.at("country").codeText();
    event.locale = e.at("locale").codeText();
    event.userId = e.at("user_id").scalarText();
    event.sessionId = e.at("session_id").scalarText();
    // "data" is the app's own payload: any object; a bare value is kept under "value".
    const JsonNode data = e.at("data");
    if (data.isObject())
        event.data = data.anyObject();
    else if (!data.isAbsent())
        event.data.insert(QStringLiteral("value"), data.anyValue());
    event.fieldsJson = e.json();
    return event;
}

User readUser(const JsonNode &u)
{
    User user;
    user.dbId = u.at("_id").scalarText();
    user.userId = u.at("userId").scalarText();
    user.createdAt = u.at("createdAt").dateTime();
    user.lastSeen = u.at("lastSeen").dateTime();
    user.updatedAt = u.at("updatedAt").dateTime();
    user.devices = u.at("devices").objects<Device>(readDevice);
    user.props = u.at("props").anyObject();
    return user;
}

Session readSession(const JsonNode &s)
{
    Session session;
    session.session = s.at("session").scalarText();
    session.device = s.at("device").scalarText();
    session.start = s.at("start").dateTime();
    session.end = s.at("end").dateTime();
    session.actions = s.at("actions").number();
    session.errors = s.at("errors").number();
    return session;
}
} // namespace

QVariantMap Event::fields() const
{
    JsonReader r(fieldsJson);
    return r.body().anyObject();
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
    const JsonNode root = r.body();
    if (const OptNumber total = root.at("total").number()) {
        page.total = detail::wholeCount(*total);
        if (!page.total)
            r.fail(QStringLiteral("total"), QStringLiteral("expected a whole count"));
    }
    root.at("data").forEachElement([&](const JsonNode &item) {
        if (!item.hasObject())
            return;
        User user = readUser(item);
        if (!user.userId.isEmpty()) // as Decode::userRows: no id, no user to list
            page.users.append(std::move(user));
    });
    return r.finish(page);
}

Result<UserDetails> Decode::userDetails(const QByteArray &body)
{
    JsonReader r(body);
    UserDetails details;
    const JsonNode root = r.body();
    const JsonNode user = root.at("user");
    if (user.hasObject())
        details.user = readUser(user);
    details.sessions = root.at("sessions").objects<Session>(readSession);
    return r.finish(details);
}

Result<QVector<Event>> Decode::sessionEvents(const QByteArray &body)
{
    JsonReader r(body);
    const QVector<Event> events = r.body().at("data").objects<Event>(readEvent);
    return r.finish(events);
}
