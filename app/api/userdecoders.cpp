#include "api/decoders.h"
#include "api/jsonreader.h"
#include "api/records.h"

#include <cmath>

namespace {
Event readEvent(const JsonNode &e)
{
    Event event = Records::event().read(e);
    event.fieldsJson = e.json(); // every field as sent, for the tooltip
    return event;
}

Session readSession(const JsonNode &s)
{
    return Records::session().read(s);
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
        User user = Records::user().read(item);
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
        details.user = Records::user().read(user);
    details.sessions = root.at("sessions").objects<Session>(readSession);
    return r.finish(details);
}

Result<QVector<Event>> Decode::sessionEvents(const QByteArray &body)
{
    JsonReader r(body);
    const QVector<Event> events = r.body().at("data").objects<Event>(readEvent);
    return r.finish(events);
}
