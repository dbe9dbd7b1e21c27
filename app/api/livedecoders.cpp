#include "api/decoders.h"
#include "api/jsonreader.h"

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
    const QVector<LiveUser> users = r.body().at("data").objects<LiveUser>([](const JsonNode &item) {
        LiveUser u;
        u.userDbId = item.at("userDbId").scalarText();
        u.userId = item.at("userId").scalarText();
        u.deviceId = item.at("deviceId").scalarText();
        u.platform = item.at("platform").codeText();
        u.osVersion = item.at("osVersion").codeText();
        u.country = item.at("country").codeText();
        u.lastSeen = item.at("lastSeen").dateTime();
        return u;
    });
    return r.finish(users);
}
