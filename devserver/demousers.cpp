// The users endpoints of the demo server: list, details with sessions, session events, delete.
#include "demoapi.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
DemoApi::Reply notFound(const QString &what)
{
    return {404, demoJson(QJsonObject{{QStringLiteral("error"), what}})};
}

// Per device of a user: last time seen and the app version last used there.
struct DeviceUse {
    qint64 lastSeen = 0;
    int version = 0;
};

QVector<DeviceUse> deviceUse(const DataSet &ds, int user)
{
    QVector<DeviceUse> use(ds.users[user].devices.size());
    for (DeviceUse &d : use)
        d.lastSeen = ds.users[user].createdAt;
    for (int i : ds.sessionsOf(user)) {
        const DemoSession &s = ds.sessions[i];
        if (s.device < use.size() && s.end >= use[s.device].lastSeen) {
            use[s.device].lastSeen = s.end;
            use[s.device].version = s.version;
        }
    }
    return use;
}

void field(JsonWriter &json, const char *name, const QString &text)
{
    json.key(QByteArray::fromRawData(name, int(qstrlen(name))));
    json.value(text);
}

// The fields of a user as /users and /users/:id give them, into an open object. Returns the
// user's last-seen time.
QString writeUserFields(JsonWriter &json, const DataSet &ds, int index)
{
    const DemoUser &u = ds.users[index];
    const QVector<DeviceUse> use = deviceUse(ds, index);
    field(json, "_id", u.dbId);
    field(json, "userId", u.userId);
    field(json, "createdAt", demoIsoTime(u.createdAt));
    json.key(QByteArrayLiteral("devices"));
    json.beginArray();
    qint64 lastSeen = u.createdAt;
    for (int d = 0; d < u.devices.size(); ++d) {
        lastSeen = std::max(lastSeen, use[d].lastSeen);
        json.beginObject();
        field(json, "lastSeen", demoIsoTime(use[d].lastSeen));
        field(json, "_id", u.devices[d].id);
        field(json, "platform", u.devices[d].platform);
        field(json, "osVersion", u.devices[d].osVersion);
        field(json, "version", ds.versions.value(use[d].version));
        json.endObject();
    }
    json.endArray();
    const QString lastSeenText = demoIsoTime(lastSeen);
    field(json, "lastSeen", lastSeenText);
    json.key(QByteArrayLiteral("props"));
    json.beginObject();
    field(json, "country", u.country);
    field(json, "locale", u.locale);
    json.endObject();
    return lastSeenText;
}
} // namespace

DemoApi::Reply DemoApi::users() const
{
    // Written straight as text: 100 000 users through QJsonObject trees took seconds.
    qint64 total = 0;
    for (int i = 0; i < m_data.users.size(); ++i)
        total += m_data.isDeleted(i) ? 0 : 1;
    JsonWriter json;
    json.beginObject();
    json.key(QByteArrayLiteral("total"));
    json.value(double(total));
    json.key(QByteArrayLiteral("data"));
    json.beginArray();
    for (int i = 0; i < m_data.users.size(); ++i) {
        if (m_data.isDeleted(i))
            continue;
        json.beginObject();
        writeUserFields(json, m_data, i);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return {200, json.take()};
}

DemoApi::Reply DemoApi::userDetails(const QString &userId) const
{
    const int index = m_data.userIndex(userId);
    if (index < 0 || m_data.isDeleted(index))
        return notFound(QStringLiteral("unknown user"));
    JsonWriter json;
    json.beginObject();
    json.key(QByteArrayLiteral("user"));
    json.beginObject();
    const QString lastSeen = writeUserFields(json, m_data, index);
    field(json, "appId", m_data.appId);
    field(json, "updatedAt", lastSeen);
    json.key(QByteArrayLiteral("__v"));
    json.value(0.0);
    json.endObject();
    json.key(QByteArrayLiteral("sessions"));
    json.beginArray();
    const QVector<int> &own = m_data.sessionsOf(index);
    for (auto it = own.crbegin(); it != own.crend(); ++it) { // newest first
        const DemoSession &s = m_data.sessions[*it];
        const int errors = m_data.errorCount(s);
        json.beginObject();
        field(json, "device", m_data.users[index].devices.value(s.device).id);
        json.key(QByteArrayLiteral("actions"));
        json.value(double(s.eventCount - errors));
        json.key(QByteArrayLiteral("errors"));
        json.value(double(errors));
        field(json, "start", demoIsoTime(s.start));
        field(json, "end", demoIsoTime(s.end));
        field(json, "session", QString::number(*it + 1));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return {200, json.take()};
}

DemoApi::Reply DemoApi::sessionEvents(const QString &userId, const QString &sessionId,
                                      const QString &deviceId) const
{
    const int user = m_data.userIndex(userId);
    if (user < 0 || m_data.isDeleted(user))
        return notFound(QStringLiteral("unknown user"));
    if (deviceId.isEmpty())
        return {400,
                demoJson(QJsonObject{{QStringLiteral("error"),
                                      QStringLiteral("the device query parameter is required")}})};
    bool ok = false;
    const int index = sessionId.toInt(&ok) - 1;
    if (!ok || index < 0 || index >= m_data.sessions.size() || m_data.sessions[index].user != user)
        return notFound(QStringLiteral("unknown session"));
    const DemoSession &s = m_data.sessions[index];
    const DemoUser &u = m_data.users[user];
    const DemoDevice device = u.devices.value(s.device);
    if (device.id != deviceId)
        return notFound(QStringLiteral("unknown device for this session"));

    auto event = [&](const QString &type, qint64 time, const QJsonObject &data,
                     const QJsonValue &errorHash) {
        return QJsonObject{
            {QStringLiteral("app_id"), m_data.appId},
            {QStringLiteral("platform"), device.platform},
            {QStringLiteral("user_id"), u.userId},
            {QStringLiteral("machine_id"), device.id},
            {QStringLiteral("version"), m_data.versions.value(s.version)},
            {QStringLiteral("locale"), u.locale},
            {QStringLiteral("renderer"), QJsonValue::Null},
            {QStringLiteral("module_version"), QStringLiteral("2.6.0")},
            {QStringLiteral("avail_ram"), u.ramGb},
            {QStringLiteral("type"), type},
            {QStringLiteral("time"), demoIsoTime(time)},
            {QStringLiteral("country"), u.country},
            {QStringLiteral("arch"), QStringLiteral("x64")},
            {QStringLiteral("first_time"), m_data.sessionsOf(user).value(0) == index},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("error_hash"), errorHash},
            {QStringLiteral("os_version"), device.osVersion},
            {QStringLiteral("data"), data},
            {QStringLiteral("duration"), QJsonValue::Null}};
    };
    QJsonArray events;
    events.append(event(QStringLiteral("init"), s.start,
                        QJsonObject{{QStringLiteral("plan"), u.plan}}, QJsonValue::Null));
    for (int i = s.firstEvent; i < s.firstEvent + s.eventCount; ++i) {
        const DemoEvent &e = m_data.events[i];
        if (e.kind == DemoEvent::Error) {
            const QString type = m_data.errorTypes.value(e.name);
            events.append(event(QStringLiteral("error"), e.time,
                                QJsonObject{{QStringLiteral("type"), type},
                                            {QStringLiteral("message"),
                                             QStringLiteral("%1 in version %2")
                                                 .arg(type, m_data.versions.value(s.version))}},
                                QStringLiteral("%1").arg(qHash(type), 8, 16, QLatin1Char('0'))));
            continue;
        }
        const DemoEventKind &kind = m_data.eventKinds[e.name];
        QJsonObject data;
        if (e.propValue >= 0)
            data.insert(kind.propKey, kind.propValues.value(e.propValue));
        events.append(event(kind.name, e.time, data, QJsonValue::Null));
    }
    return {200, demoJson(QJsonObject{{QStringLiteral("data"), events}})};
}

DemoApi::Reply DemoApi::deleteUser(const QString &userId)
{
    const int index = m_data.userIndex(userId);
    if (index < 0 || m_data.isDeleted(index))
        return notFound(QStringLiteral("unknown user"));
    m_data.markDeleted(index);
    m_index.build(m_data);
    return {204, {}};
}
