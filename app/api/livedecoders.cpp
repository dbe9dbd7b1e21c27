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
    const OptNumber count = r.number(r.data(), QStringLiteral("data"));
    return r.finish(count);
}

Result<QVector<LiveUser>> Decode::liveUsers(const QByteArray &body)
{
    JsonReader r(body);
    QVector<LiveUser> users;
    const QString dataAt = QStringLiteral("data");
    const QJsonArray items = r.array(r.data(), dataAt).value_or(QJsonArray{});
    users.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString itemAt = JsonReader::join(dataAt, i);
        const auto obj = r.object(items.at(i), itemAt);
        if (!obj)
            continue;
        auto text = [&](const char *key) {
            const QString k = QLatin1String(key);
            return r.scalarText(obj->value(k), JsonReader::join(itemAt, k));
        };
        LiveUser u;
        u.userDbId = text("userDbId");
        u.userId = text("userId");
        u.deviceId = text("deviceId");
        u.platform = text("platform");
        u.osVersion = text("osVersion");
        u.country = text("country");
        u.lastSeen = r.dateTime(obj->value(QLatin1String("lastSeen")),
                                JsonReader::join(itemAt, QStringLiteral("lastSeen")));
        users.append(u);
    }
    return r.finish(users);
}
