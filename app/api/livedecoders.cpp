#include "api/decoders.h"
#include "api/jsonreader.h"
#include "api/records.h"

Result<QVector<Event>> Decode::liveEvents(const QByteArray &body)
{
    // Undocumented body; product.md §2: { "data": [ event objects like session events ] }.
    return sessionEvents(body);
}

Result<OptNumber> Decode::liveUsersCount(const QByteArray &body)
{
    JsonReader r(body);
    const OptNumber count = r.body().at("data").number();
    return r.finish(count);
}

Result<QVector<LiveUser>> Decode::liveUsers(const QByteArray &body)
{
    JsonReader r(body);
    const QVector<LiveUser> users = r.body().at("data").objects<LiveUser>(
        [](const JsonNode &item) { return Records::liveUser().read(item); });
    return r.finish(users);
}
