#include "receiveddata.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

struct SessionKey {
    QString device;
    qint64 session;
    bool operator==(const SessionKey &o) const
    {
        return session == o.session && device == o.device;
    }
};
size_t qHash(const SessionKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.device, k.session);
}

// Index of `name` in `list`, appended when new.
int indexOf(QStringList &list, const QString &name)
{
    const int i = int(list.indexOf(name));
    if (i >= 0)
        return i;
    list.append(name);
    return int(list.size()) - 1;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// "en-US" → "US": the country the dashboard shows when the SDK sends none.
QString countryOf(const QString &locale)
{
    const QStringList parts =
        QString(locale).replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    const QString last = parts.size() > 1 ? parts.last() : QString();
    return last.size() == 2 ? last.toUpper() : QString();
}

} // namespace

void appendReceived(DataSet &data, const QVector<Tracking::Event> &events)
{
    // Time order: a user's id set by a `userid` event applies to what follows it.
    QVector<const Tracking::Event *> ordered;
    ordered.reserve(events.size());
    for (const Tracking::Event &e : events)
        ordered.append(&e);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const Tracking::Event *a, const Tracking::Event *b) { return a->timeMs < b->timeMs; });

    // Who each device is now, and each session's events.
    QHash<QString, QString> userOfDevice;
    struct Session {
        QVector<const Tracking::Event *> events;
        QString user;
        const Tracking::Event *init = nullptr;
    };
    QHash<SessionKey, int> sessionIndex;
    QVector<Session> sessions;
    QHash<QString, QJsonObject> propsOfUser;
    for (const Tracking::Event *e : std::as_const(ordered)) {
        if (e->type == QLatin1String("heartbeat"))
            continue; // live presence only, not data
        QString &user = userOfDevice[e->deviceId];
        if (!e->userId.isEmpty())
            user = e->userId;
        else if (user.isEmpty())
            user = !e->anonId.isEmpty() ? e->anonId : e->deviceId;
        const SessionKey key{e->deviceId, e->sessionId};
        auto it = sessionIndex.find(key);
        if (it == sessionIndex.end()) {
            it = sessionIndex.insert(key, int(sessions.size()));
            sessions.append(Session());
        }
        Session &s = sessions[*it];
        s.events.append(e);
        s.user = user;
        if (e->type == QLatin1String("init") && !s.init)
            s.init = e;
        if (e->type == QLatin1String("props") || e->type == QLatin1String("init")) {
            QJsonObject &props = propsOfUser[user];
            for (auto p = e->payload.begin(); p != e->payload.end(); ++p)
                props.insert(p.key(), p.value());
        }
    }

    QHash<QString, int> userIndex;
    for (int i = 0; i < data.users.size(); ++i)
        userIndex.insert(data.users[i].userId, i);
    for (const Session &s : std::as_const(sessions)) {
        // The user: found by id among the data's users, else made.
        int u = userIndex.value(s.user, -1);
        const Tracking::Event &first = s.init ? *s.init : *s.events.first();
        if (u < 0) {
            DemoUser user;
            user.userId = s.user;
            user.dbId = QStringLiteral("dev-%1").arg(data.users.size() + 1);
            user.createdAt = first.timeMs / 1000;
            const QJsonObject props = propsOfUser.value(s.user);
            user.locale = first.locale;
            user.country = text(props.value(QStringLiteral("country")));
            if (user.country.isEmpty())
                user.country = countryOf(first.locale);
            user.plan = text(props.value(QStringLiteral("plan")));
            user.ramGb = first.totalRamGb > 0 ? int(std::lround(first.totalRamGb)) : 0;
            data.users.append(user);
            u = int(data.users.size()) - 1;
            userIndex.insert(user.userId, u);
        }
        DemoUser &user = data.users[u];
        user.createdAt = std::min(user.createdAt, first.timeMs / 1000);
        int device = -1;
        for (int d = 0; d < user.devices.size(); ++d) {
            if (user.devices[d].id == first.deviceId)
                device = d;
        }
        if (device < 0 && user.devices.size() < 255) {
            user.devices.append({first.deviceId, first.platform, first.osVersion});
            device = int(user.devices.size()) - 1;
        }
        if (device < 0)
            continue; // a user on more than 255 devices: the rest are not shown

        DemoSession session;
        session.user = u;
        session.device = quint8(device);
        session.version = quint8(
            std::min(255, indexOf(data.versions, first.version.isEmpty() ? QStringLiteral("unknown")
                                                                         : first.version)));
        session.start = first.timeMs / 1000;
        session.end = session.start;
        const int sessionIndexInData = int(data.sessions.size());
        for (const Tracking::Event *e : s.events) {
            session.end = std::max(session.end, e->timeMs / 1000);
            DemoEvent ev;
            ev.time = e->timeMs / 1000;
            ev.session = sessionIndexInData;
            if (e->type == QLatin1String("error")) {
                ev.kind = DemoEvent::Error;
                ev.name = quint8(std::min(255, indexOf(data.errorTypes, e->name)));
            } else if (e->type == QLatin1String("event") ||
                       e->type == QLatin1String("nucleus:view")) {
                const QString name =
                    e->type == QLatin1String("event") ? e->name : QStringLiteral("nucleus:view");
                int kind = -1;
                for (int k = 0; k < data.eventKinds.size(); ++k) {
                    if (data.eventKinds[k].name == name)
                        kind = k;
                }
                if (kind < 0) {
                    if (data.eventKinds.size() >= 255)
                        continue;
                    DemoEventKind made;
                    made.name = name;
                    QStringList keys = e->payload.keys();
                    made.propKey = keys.isEmpty() ? QString() : keys.first();
                    data.eventKinds.append(made);
                    kind = int(data.eventKinds.size()) - 1;
                }
                DemoEventKind &k = data.eventKinds[kind];
                ev.name = quint8(kind);
                const QString value = text(e->payload.value(k.propKey));
                if (!k.propKey.isEmpty() && !value.isEmpty()) {
                    int v = int(k.propValues.indexOf(value));
                    if (v < 0 && k.propValues.size() < 127) {
                        k.propValues.append(value);
                        v = int(k.propValues.size()) - 1;
                    }
                    ev.propValue = qint8(v);
                }
            } else {
                continue; // init, userid, props: the session and the user, not events
            }
            data.events.append(ev);
        }
        data.sessions.append(session);
    }
}
