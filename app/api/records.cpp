#include "api/records.h"

// Each table is built on first use (thread-safe: decoders run on workers) and never changes.

const RecordFields<QuickGlance> &Records::quickGlance()
{
    using Q = QuickGlance;
    static const auto fields =
        RecordFields<Q>().numbers({{"users", &Q::users},
                                   {"installs", &Q::installs},
                                   {"appStarts", &Q::appStarts},
                                   {"errors", &Q::errors},
                                   {"previousUsers", &Q::previousUsers},
                                   {"previousInstalls", &Q::previousInstalls},
                                   {"previousAppStarts", &Q::previousAppStarts},
                                   {"previousErrors", &Q::previousErrors}});
    return fields;
}

const RecordFields<Device> &Records::device()
{
    static const auto fields = RecordFields<Device>()
                                   .ids({{"_id", &Device::id}})
                                   .codes({{"platform", &Device::platform},
                                           {"osVersion", &Device::osVersion},
                                           {"version", &Device::version}})
                                   .times({{"lastSeen", &Device::lastSeen}});
    return fields;
}

const RecordFields<User> &Records::user()
{
    static const auto fields =
        RecordFields<User>()
            .ids({{"_id", &User::dbId}, {"userId", &User::userId}})
            .times({{"createdAt", &User::createdAt},
                    {"lastSeen", &User::lastSeen},
                    {"updatedAt", &User::updatedAt}})
            .field("devices",
                   [](const JsonNode &n, User &u) {
                       u.devices =
                           n.objects<Device>([](const JsonNode &d) { return device().read(d); });
                   })
            .field("props", [](const JsonNode &n, User &u) { u.props = n.anyObject(); });
    return fields;
}

const RecordFields<Session> &Records::session()
{
    static const auto fields =
        RecordFields<Session>()
            .ids({{"session", &Session::session}, {"device", &Session::device}})
            .times({{"start", &Session::start}, {"end", &Session::end}})
            .numbers({{"actions", &Session::actions}, {"errors", &Session::errors}});
    return fields;
}

const RecordFields<Event> &Records::event()
{
    static const auto fields =
        RecordFields<Event>()
            .times({{"time", &Event::time}})
            .codes({{"type", &Event::type},
                    {"platform", &Event::platform},
                    {"version", &Event::version},
                    {"country", &Event::country},
                    {"locale", &Event::locale}})
            .ids({{"user_id", &Event::userId}, {"session_id", &Event::sessionId}})
            // "data" is the app's own payload: any object; a bare value is kept under "value".
            .field(
                "data",
                [](const JsonNode &n, Event &e) {
                    if (n.isObject())
                        e.data = n.anyObject();
                    else if (!n.isAbsent())
                        e.data.insert(QStringLiteral("value"), n.anyValue());
                },
                [](const Event &e) { return QVariant(e.data); })
            // The live feed's export names the user as /live/users does.
            .exportedAs("user_id", "userId");
    return fields;
}

const RecordFields<LiveUser> &Records::liveUser()
{
    static const auto fields = RecordFields<LiveUser>()
                                   .ids({{"userDbId", &LiveUser::userDbId},
                                         {"userId", &LiveUser::userId},
                                         {"deviceId", &LiveUser::deviceId}})
                                   .codes({{"platform", &LiveUser::platform},
                                           {"osVersion", &LiveUser::osVersion},
                                           {"country", &LiveUser::country}})
                                   .times({{"lastSeen", &LiveUser::lastSeen}});
    return fields;
}
