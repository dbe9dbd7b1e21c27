#include "handbuiltdata.h"

#include <QDateTime>

qint64 utcSecs(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

// alice (US, pro) installs 03-10, bob (DE, free, two devices) 03-11 23:30 UTC, carol (FR) 03-01.
DataSet handBuiltDataSet()
{
    DataSet ds;
    ds.appId = QStringLiteral("hand-app");
    ds.versions = {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")};
    ds.eventKinds = {{QStringLiteral("ITEM_PLAYED"), {}, {}},
                     {QStringLiteral("ITEM_CHECKOUT"),
                      QStringLiteral("plan"),
                      {QStringLiteral("free"), QStringLiteral("pro")}}};
    ds.errorTypes = {QStringLiteral("uncaughtException"), QStringLiteral("NetworkError")};
    auto user = [](const char *id, const char *created, const char *country, const char *locale,
                   const char *plan, int ram, QVector<DemoDevice> devices) {
        DemoUser u;
        u.userId = QLatin1String(id);
        u.dbId = QStringLiteral("db-") + u.userId;
        u.createdAt = utcSecs(created);
        u.country = QLatin1String(country);
        u.locale = QLatin1String(locale);
        u.plan = QLatin1String(plan);
        u.ramGb = ram;
        u.devices = std::move(devices);
        return u;
    };
    ds.users = {
        user("alice", "2024-03-10T08:00:00Z", "US", "en", "pro", 8,
             {{QStringLiteral("d1"), QStringLiteral("win"), QStringLiteral("10.0")}}),
        user("bob", "2024-03-11T23:30:00Z", "DE", "de", "free", 16,
             {{QStringLiteral("d2"), QStringLiteral("mac"), QStringLiteral("14.2")},
              {QStringLiteral("d3"), QStringLiteral("linux"), QStringLiteral("6.1")}}),
        user("carol", "2024-03-01T10:00:00Z", "FR", "fr", "team", 8,
             {{QStringLiteral("d4"), QStringLiteral("win"), QStringLiteral("10.0")}}),
    };
    auto session = [](int userIndex, int device, const char *start, const char *end, int version) {
        DemoSession s;
        s.user = userIndex;
        s.device = quint8(device);
        s.start = utcSecs(start);
        s.end = utcSecs(end);
        s.version = quint8(version);
        return s;
    };
    // Deliberately not in time order: finalize() sorts.
    ds.sessions = {
        session(0, 0, "2024-03-10T08:00:00Z", "2024-03-10T08:30:00Z", 0), // a
        session(1, 0, "2024-03-11T23:30:00Z", "2024-03-11T23:50:00Z", 1), // b
        session(0, 0, "2024-03-12T09:00:00Z", "2024-03-12T10:00:00Z", 1), // c
        session(1, 1, "2024-03-12T07:00:00Z", "2024-03-12T07:10:00Z", 1), // d
        session(2, 0, "2024-03-01T10:00:00Z", "2024-03-01T10:05:00Z", 0), // e
    };
    auto event = [](int sessionIndex, const char *time, DemoEvent::Kind kind, int name, int value) {
        DemoEvent e;
        e.session = sessionIndex;
        e.time = utcSecs(time);
        e.kind = kind;
        e.name = quint8(name);
        e.propValue = qint8(value);
        return e;
    };
    ds.events = {
        event(0, "2024-03-10T08:10:00Z", DemoEvent::Custom, 0, -1),
        event(2, "2024-03-12T09:30:00Z", DemoEvent::Custom, 1, 1), // checkout, pro
        event(3, "2024-03-12T07:05:00Z", DemoEvent::Custom, 1, 0), // checkout, free
        event(1, "2024-03-11T23:45:00Z", DemoEvent::Error, 0, -1),
        event(2, "2024-03-12T09:40:00Z", DemoEvent::Error, 1, -1),
    };
    ds.finalize();
    return ds;
}
