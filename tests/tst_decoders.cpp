// Every decoder on the exact example bodies of spec/data-api-v1.md, and on malformed variants.
#include "api/decoders.h"
#include "api/isotime.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

namespace {
QByteArray specBody(const char *name)
{
    QFile file(QStringLiteral(NUCLEUS_TEST_DATA "/spec-%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

template <typename T> void verifyInvalid(const Result<T> &result, const QString &pathPart)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail.contains(pathPart), qPrintable(result.error().detail));
    QCOMPARE(result.error().message(),
             QStringLiteral("The server sent data this version cannot read."));
}
} // namespace

class TestDecoders : public QObject {
    Q_OBJECT
private slots:
    void quickGlanceSpec()
    {
        const auto r = Decode::quickGlance(specBody("quickglance"));
        QVERIFY(r.ok());
        QCOMPARE(*r.value().installs, 35.0);
        QCOMPARE(*r.value().users, 15.0);
        QCOMPARE(*r.value().appStarts, 205.0);
        QCOMPARE(*r.value().errors, 526.0);
        QCOMPARE(*r.value().previousInstalls, 26.0);
        QCOMPARE(*r.value().previousUsers, 21.0);
        QCOMPARE(*r.value().previousAppStarts, 46.0);
        QCOMPARE(*r.value().previousErrors, 256.0);
    }

    void quickGlanceMissingNullExtraAndBigNumbers()
    {
        const auto r = Decode::quickGlance(
            R"({"data":{"users":9007199254740991,"installs":null,"appStarts":1.5,"extra":{"x":1},
                "previousUsers":-3},"meta":"ignored"})");
        QVERIFY(r.ok());
        QCOMPARE(qint64(*r.value().users), Q_INT64_C(9007199254740991));
        QVERIFY(!r.value().installs);
        QCOMPARE(*r.value().appStarts, 1.5);
        QVERIFY(!r.value().errors);
        QCOMPARE(*r.value().previousUsers, -3.0);
    }

    void quickGlanceWrongTypes()
    {
        verifyInvalid(Decode::quickGlance(R"({"data":{"users":"15"}})"),
                      QStringLiteral("data.users: expected a number, got a string"));
        verifyInvalid(Decode::quickGlance(R"({"data":[1,2]})"), QStringLiteral("data"));
        verifyInvalid(Decode::quickGlance(R"([1,2])"), QStringLiteral("(body)"));
    }

    void everyDecoderRejectsTruncatedAndNonJson()
    {
        const QByteArray truncated = specBody("analytics").left(200);
        const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        for (const QByteArray &body : {truncated, html, QByteArray()}) {
            QVERIFY(!Decode::quickGlance(body).ok());
            QVERIFY(!Decode::dailyAnalytics(body).ok());
            QVERIFY(!Decode::events(body).ok());
            QVERIFY(!Decode::eventProperties(body).ok());
            QVERIFY(!Decode::eventAttribute(body).ok());
            QVERIFY(!Decode::errors(body).ok());
            QVERIFY(!Decode::users(body).ok());
            QVERIFY(!Decode::userDetails(body).ok());
            QVERIFY(!Decode::sessionEvents(body).ok());
            QVERIFY(!Decode::liveEvents(body).ok());
            QVERIFY(!Decode::liveUsersCount(body).ok());
            QVERIFY(!Decode::liveUsers(body).ok());
        }
        verifyInvalid(Decode::dailyAnalytics(truncated), QStringLiteral("not valid JSON"));
    }

    void dailyAnalyticsSpec()
    {
        const auto r = Decode::dailyAnalytics(specBody("analytics"));
        QVERIFY(r.ok());
        const DailyAnalytics &a = r.value();
        QCOMPARE(*a.totalUsers, 89.0);
        QCOMPARE(*a.totalInstalls, 48.0);
        QCOMPARE(
            a.usage,
            (DayValues{{day("2021-04-09"), 8}, {day("2021-04-10"), 25}, {day("2021-04-11"), 65}}));
        QCOMPARE(a.newUsers.value(day("2021-04-11")), 25.0);
        QCOMPARE(a.activeUsers.value(day("2021-04-10")), 12.0);
        QCOMPARE(
            a.nonNewUsers,
            (DayValues{{day("2021-04-09"), -1}, {day("2021-04-10"), 3}, {day("2021-04-11"), -3}}));
        QCOMPARE(a.hours.value(day("2021-04-11")), (QVector<Number>{1, 1, 1, 1, 2, 2, 3, 3}));
        QCOMPARE(a.hours.value(day("2021-04-09")).size(), 3);
        QCOMPARE(a.platforms.size(), 3);
        QCOMPARE(a.platforms[2].value, QStringLiteral("win"));
        QCOMPARE(a.platforms[2].count, 17.0);
        QVERIFY(a.ram.isEmpty());
        QCOMPARE(a.languages[1].value, QStringLiteral("fr"));
        QCOMPARE(a.versions[0].value, QStringLiteral("0.2.1"));
        QCOMPARE(a.countries[1].count, 20.0);
        // Durations: a float kept exact, and a missing day absent (not 0).
        QCOMPARE(a.avgSessionDuration.value(day("2021-04-11")), 2589.5);
        QVERIFY(!a.avgSessionDuration.contains(day("2021-04-09")));
    }

    void dailyAnalyticsVariants()
    {
        // Empty maps and arrays, a missing block, a numeric breakdown value, nulls.
        const auto r = Decode::dailyAnalytics(
            R"({"data":{"usage":{},"platforms":[],"ram":[{"value":8,"count":3},{"value":null,"count":1}],
                "totalNumbers":null,"newUsers":{"2021-04-09":null},"hours":{}}})");
        QVERIFY(r.ok());
        QVERIFY(r.value().usage.isEmpty());
        QVERIFY(r.value().newUsers.isEmpty());
        QVERIFY(!r.value().totalUsers);
        QCOMPARE(r.value().ram.size(), 2);
        QCOMPARE(r.value().ram[0].value, QStringLiteral("8"));
        QCOMPARE(r.value().ram[1].value, QString());
        QVERIFY(Decode::dailyAnalytics(R"({})").ok());
        QVERIFY(Decode::dailyAnalytics(R"({"data":null})").ok());

        verifyInvalid(Decode::dailyAnalytics(R"({"data":{"usage":{"2021-04-09":"8"}}})"),
                      QStringLiteral("data.usage.2021-04-09: expected a number"));
        verifyInvalid(Decode::dailyAnalytics(R"({"data":{"usage":{"yesterday":8}}})"),
                      QStringLiteral("data.usage.yesterday: not a yyyy-MM-dd day"));
        verifyInvalid(Decode::dailyAnalytics(R"({"data":{"usage":[8]}})"),
                      QStringLiteral("data.usage: expected an object, got an array"));
        verifyInvalid(
            Decode::dailyAnalytics(R"({"data":{"platforms":[{"value":"win","count":"17"}]}})"),
            QStringLiteral("data.platforms[0].count"));
        verifyInvalid(Decode::dailyAnalytics(R"({"data":{"hours":{"2021-04-09":[1,"x"]}}})"),
                      QStringLiteral("data.hours.2021-04-09[1]"));
        verifyInvalid(Decode::dailyAnalytics(R"({"data":{"totalNumbers":{"users":true}}})"),
                      QStringLiteral("data.totalNumbers.users: expected a number, got a boolean"));
    }

    void eventsAndErrorsSpec()
    {
        const auto events = Decode::events(specBody("events"));
        QVERIFY(events.ok());
        QCOMPARE(events.value().keys(),
                 (QStringList{QStringLiteral("ITEM_CHECKOUT"), QStringLiteral("ITEM_PLAYED"),
                              QStringLiteral("ITEM_SAVED")}));
        QCOMPARE(events.value().value(QStringLiteral("ITEM_PLAYED")).value(day("2021-04-11")),
                 256.0);
        QCOMPARE(events.value().value(QStringLiteral("ITEM_CHECKOUT")).value(day("2021-04-10")),
                 325.0);

        const auto errors = Decode::errors(specBody("errors"));
        QVERIFY(errors.ok());
        QCOMPARE(errors.value().size(), 2);
        QCOMPARE(
            errors.value().value(QStringLiteral("uncaughtException")),
            (DayValues{{day("2021-04-09"), 26}, {day("2021-04-10"), 37}, {day("2021-04-11"), 69}}));
    }

    void eventsUnicodeAndHostileNames()
    {
        // Not a raw string: Qt 6.4's moc misreads \" inside one and then saw no slot below it.
        const QByteArray body = "{\"data\":{\"Zahlung abgeschlossen 💶\":{\"2021-04-10\":2},"
                                "\"a,b\\\"c\\nd\":{\"2021-04-10\":1.5},\"日本語\":{}}}";
        const auto r = Decode::events(body);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 3);
        QCOMPARE(
            r.value().value(QStringLiteral("Zahlung abgeschlossen 💶")).value(day("2021-04-10")),
            2.0);
        QCOMPARE(r.value().value(QStringLiteral("a,b\"c\nd")).value(day("2021-04-10")), 1.5);
        QVERIFY(r.value().contains(QStringLiteral("日本語")));
        verifyInvalid(Decode::events(R"({"data":{"X":{"2021-04-10":[1]}}})"),
                      QStringLiteral("data.X.2021-04-10"));
        verifyInvalid(Decode::errors(R"({"data":{"X":7}})"), QStringLiteral("data.X"));
    }

    void eventPropertiesAndAttributeSpec()
    {
        const auto props = Decode::eventProperties(specBody("eventsprops"));
        QVERIFY(props.ok());
        QCOMPARE(props.value().size(), 1);
        QCOMPARE(props.value()[0].event, QStringLiteral("init"));
        QCOMPARE(props.value()[0].keys,
                 (QStringList{QStringLiteral("plan"), QStringLiteral("displayName")}));
        QCOMPARE(props.value()[0].type, QStringLiteral("string"));
        verifyInvalid(Decode::eventProperties(R"({"data":[{"event":"x","keys":"plan"}]})"),
                      QStringLiteral("data[0].keys: expected an array"));

        const auto attr = Decode::eventAttribute(specBody("eventattr"));
        QVERIFY(attr.ok());
        QCOMPARE(attr.value().size(), 2);
        QCOMPARE(attr.value()[0].value, QStringLiteral("pro"));
        QCOMPARE(attr.value()[0].count, 35.0);
        QCOMPARE(attr.value()[1].count, 24.0);
        const auto mixed = Decode::eventAttribute(
            R"({"data":[{"value":true,"count":2},{"value":2.5,"count":1}]})");
        QVERIFY(mixed.ok());
        QCOMPARE(mixed.value()[0].value, QStringLiteral("true"));
        QCOMPARE(mixed.value()[1].value, QStringLiteral("2.5"));
        verifyInvalid(Decode::eventAttribute(R"({"data":[{"value":{"a":1},"count":2}]})"),
                      QStringLiteral("data[0].value"));
    }

    void usersSpec()
    {
        const auto r = Decode::users(specBody("users"));
        QVERIFY(r.ok());
        QCOMPARE(*r.value().total, 1);
        QCOMPARE(r.value().users.size(), 1);
        const User &u = r.value().users[0];
        QCOMPARE(u.userId, QStringLiteral("test_user"));
        QCOMPARE(u.createdAt, utc("2021-03-23T06:51:38.633Z"));
        QCOMPARE(u.lastSeen, utc("2021-03-23T08:23:44.497Z"));
        QCOMPARE(u.devices.size(), 2);
        QCOMPARE(u.devices[1].osVersion, QStringLiteral("8.1"));
        QCOMPARE(u.devices[0].lastSeen, utc("2021-03-23T07:42:47.379Z"));
        QCOMPARE(u.props.value(QStringLiteral("country")).toString(), QStringLiteral("US"));
        QCOMPARE(u.props.value(QStringLiteral("locale")).toString(), QStringLiteral("en"));
    }

    void usersVariants()
    {
        const auto r = Decode::users(
            R"({"data":[{"userId":12345,"devices":null,"props":null,"lastSeen":null},null,
                        {"userId":"ünï","devices":[{"platform":"mac"}]}]})");
        QVERIFY(r.ok());
        QVERIFY(!r.value().total);
        QCOMPARE(r.value().users.size(), 2);
        QCOMPARE(r.value().users[0].userId, QStringLiteral("12345"));
        QVERIFY(r.value().users[0].devices.isEmpty());
        QVERIFY(!r.value().users[0].lastSeen.isValid());
        QCOMPARE(r.value().users[1].devices[0].platform, QStringLiteral("mac"));
        verifyInvalid(Decode::users(R"({"data":[{"createdAt":"last tuesday"}]})"),
                      QStringLiteral("data[0].createdAt: not an ISO-8601 time"));
        verifyInvalid(Decode::users(R"({"data":{"userId":"x"}})"),
                      QStringLiteral("data: expected an array"));
        verifyInvalid(Decode::users(R"({"total":"1","data":[]})"), QStringLiteral("total"));
        // Found by the fuzzer: a total beyond any count was cast to an integer (undefined
        // behaviour). Both /users readers refuse it the same way.
        for (const char *total : {"1e161", "-3", "2.5", "9007199254740993e3"}) {
            const QByteArray body = QByteArray(R"({"total":)") + total + R"(,"data":[]})";
            verifyInvalid(Decode::users(body), QStringLiteral("total: expected a whole count"));
            verifyInvalid(Decode::userRows(body), QStringLiteral("total: expected a whole count"));
        }
        QCOMPARE(*Decode::userRows(R"({"total":9007199254740992,"data":[]})").value().total,
                 Q_INT64_C(9007199254740992));
    }

    void userRowsStreamSpecAndVariants()
    {
        const auto r = Decode::userRows(specBody("users"));
        QVERIFY(r.ok());
        QCOMPARE(*r.value().total, 1);
        QCOMPARE(r.value().rows.size(), 1);
        const UserRow &row = r.value().rows[0];
        QCOMPARE(row.userId, QStringLiteral("test_user"));
        QCOMPARE(row.createdMs, utc("2021-03-23T06:51:38.633Z").toMSecsSinceEpoch());
        QCOMPARE(row.lastSeenMs, utc("2021-03-23T08:23:44.497Z").toMSecsSinceEpoch());
        QCOMPARE(row.devices, 2);
        QCOMPARE(row.platforms, QStringLiteral("win"));
        QCOMPARE(row.country, QStringLiteral("US"));
        QCOMPARE(row.locale, QStringLiteral("en"));

        // Escapes, unicode (with a surrogate pair), numbers as ids, nulls, unknown members,
        // time zones other than Z, white space everywhere.
        const auto v = Decode::userRows(
            "{ \"extra\" : [1, {\"a\": [true, false, null]}],\n \"data\" : [ null,"
            " {\"userId\": 42, \"createdAt\": \"2021-03-23T08:51:38+02:00\", \"lastSeen\": null,"
            "  \"devices\": [{\"platform\": \"mac\", \"x\": {}}, null, {\"platform\": \"mac\"}],"
            "  \"props\": {\"country\": \"\\u00dcL \\ud83d\\ude00\", \"locale\": 5}},"
            " {\"userId\": \"a\\\"b\\\\c\\n\"} ] }");
        QVERIFY2(v.ok(), qPrintable(v.error().detail));
        QVERIFY(!v.value().total);
        QCOMPARE(v.value().rows.size(), 2);
        QCOMPARE(v.value().rows[0].userId, QStringLiteral("42"));
        QCOMPARE(v.value().rows[0].createdMs, utc("2021-03-23T06:51:38.000Z").toMSecsSinceEpoch());
        QCOMPARE(v.value().rows[0].lastSeenMs, 0);
        QCOMPARE(v.value().rows[0].devices, 2); // a null is no device, as in Decode::users
        QCOMPARE(v.value().rows[0].platforms, QStringLiteral("mac"));
        QCOMPARE(v.value().rows[0].country, QStringLiteral("ÜL 😀"));
        QCOMPARE(v.value().rows[0].locale, QString());
        QCOMPARE(v.value().rows[1].userId, QStringLiteral("a\"b\\c\n"));

        for (const QByteArray &bad : {specBody("users").left(150), QByteArray("<html>502</html>"),
                                      QByteArray("{\"data\":[{\"userId\":\"x\"}] trailing"),
                                      QByteArray("{\"data\":[{\"userId\":\"raw\ttab\"}]}")})
            QVERIFY(!Decode::userRows(bad).ok());
        verifyInvalid(Decode::userRows(R"({"data":[{"createdAt":"last tuesday"}]})"),
                      QStringLiteral("data[0].createdAt: not an ISO-8601 time"));
        verifyInvalid(Decode::userRows(R"({"data":[{"createdAt":12}]})"),
                      QStringLiteral("data[0].createdAt: expected a string"));
        verifyInvalid(Decode::userRows(R"({"data":{"userId":"x"}})"),
                      QStringLiteral("data: expected an array"));
        verifyInvalid(Decode::userRows(R"({"data":[{"devices":"x"}]})"),
                      QStringLiteral("data[0].devices: expected an array"));
        verifyInvalid(Decode::userRows(R"({"total":"1","data":[]})"), QStringLiteral("total"));

        // A user without an id is no row (it could not be opened or deleted), in both readers;
        // so a body of empty objects costs no rows.
        QByteArray empties = R"({"data":[{"userId":"kept"})";
        for (int i = 0; i < 100000; ++i)
            empties += ",{}";
        empties += R"(,{"userId":""},{"userId":null,"devices":[]}]})";
        const auto rows = Decode::userRows(empties);
        QVERIFY2(rows.ok(), qPrintable(rows.error().detail));
        QCOMPARE(rows.value().rows.size(), 1);
        QCOMPARE(rows.value().rows[0].userId, QStringLiteral("kept"));
        QVERIFY(rows.value().rows.capacity() <= empties.size() / 64 + 1); // reserved at most
        QCOMPARE(Decode::users(empties).value().users.size(), 1);
    }

    void userDetailsSpec()
    {
        const auto r = Decode::userDetails(specBody("userdetails"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().user.userId, QStringLiteral("test_user"));
        QCOMPARE(r.value().user.updatedAt, utc("2021-03-23T08:23:44.497Z"));
        QCOMPARE(r.value().user.devices.size(), 2);
        QCOMPARE(r.value().sessions.size(), 2);
        const Session &s = r.value().sessions[0];
        QCOMPARE(s.device, QStringLiteral("xxxxxxxxx"));
        QCOMPARE(*s.actions, 1.0);
        QCOMPARE(*s.errors, 0.0);
        QCOMPARE(s.start, utc("2021-03-23T07:41:38.479Z"));
        QCOMPARE(s.session, QStringLiteral("xxxxxx"));
        // Session ids documented as Number.
        const auto numeric = Decode::userDetails(R"({"sessions":[{"session":1618,"device":"d"}]})");
        QVERIFY(numeric.ok());
        QCOMPARE(numeric.value().sessions[0].session, QStringLiteral("1618"));
        verifyInvalid(Decode::userDetails(R"({"sessions":[{"actions":"1"}]})"),
                      QStringLiteral("sessions[0].actions"));
    }

    void sessionAndLiveEvents()
    {
        const auto r = Decode::sessionEvents(specBody("sessionevents"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        const Event &e = r.value()[0];
        QCOMPARE(e.type, QStringLiteral("init"));
        QCOMPARE(e.time, utc("2021-03-23T09:31:49.647Z"));
        QCOMPARE(e.platform, QStringLiteral("win"));
        QCOMPARE(e.userId, QStringLiteral("test_user"));
        QCOMPARE(e.data.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QVERIFY(e.fields().contains(QStringLiteral("module_version")));
        QVERIFY(e.fields().value(QStringLiteral("renderer")).isNull());

        // Live events: undocumented, unknown objects are kept generically.
        const auto live = Decode::liveEvents(
            R"({"data":[{"type":"ITEM_PLAYED","time":"2026-11-26T10:00:00.000Z","data":"plain",
                         "weird":{"nested":[1,2]}},{}]})");
        QVERIFY(live.ok());
        QCOMPARE(live.value().size(), 2);
        QCOMPARE(live.value()[0].data.value(QStringLiteral("value")).toString(),
                 QStringLiteral("plain"));
        QVERIFY(live.value()[0].fields().contains(QStringLiteral("weird")));
        QVERIFY(live.value()[1].type.isEmpty());
        QVERIFY(Decode::liveEvents(R"({"data":[]})").value().isEmpty());
        verifyInvalid(Decode::liveEvents(R"({"data":[{"time":12}]})"),
                      QStringLiteral("data[0].time"));
    }

    void liveCountAndUsers()
    {
        const auto count = Decode::liveUsersCount(specBody("livecount"));
        QVERIFY(count.ok());
        QCOMPARE(*count.value(), 234.0);
        QVERIFY(Decode::liveUsersCount(R"({"data":null})").ok());
        QVERIFY(!Decode::liveUsersCount(R"({"data":null})").value());
        verifyInvalid(Decode::liveUsersCount(R"({"data":"234"})"), QStringLiteral("data"));

        const auto users = Decode::liveUsers(specBody("liveusers"));
        QVERIFY(users.ok());
        QCOMPARE(users.value().size(), 1);
        QCOMPARE(users.value()[0].deviceId, QStringLiteral("xxxxxxxxx"));
        QCOMPARE(users.value()[0].osVersion, QStringLiteral("8.1"));
        QCOMPARE(users.value()[0].lastSeen, utc("2021-04-12T10:26:08.867Z"));
        verifyInvalid(Decode::liveUsers(R"({"data":[{"country":["US"]}]})"),
                      QStringLiteral("data[0].country"));
    }
    void isoMillis()
    {
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2021-03-23T06:51:38.633Z")),
                 Q_INT64_C(1616482298633));
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2021-03-23T06:51:38Z")),
                 Q_INT64_C(1616482298000));
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2021-03-23T08:51:38.5+02:00")),
                 Q_INT64_C(1616482298500));
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("1969-12-31T23:59:59Z")), Q_INT64_C(-1000));
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2024-02-29T00:00:00Z")),
                 QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2021-03-23T06:51:38")), -1); // no zone
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2021-13-23T06:51:38Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("yesterday")), -1);
        // Only what QDateTime reads as the same instant (the fuzz stage holds them to it): no
        // 30 February, no 29 February outside a leap year, no leap second, no year 0, no
        // non-ASCII digit in the fraction, no zone beyond 14 h.
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-02-30T00:00:00Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2025-02-29T00:00:00Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-06-30T23:59:60Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("0000-01-01T00:00:00Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-01-01T00:00:00.\u0663Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-01-01T00:00:00+15:00")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-01-01T00:00:00+05:60")), -1);
        QCOMPARE(IsoTime::parseStrict(QStringLiteral("2026-01-01T14:00:00+14:00")),
                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        // The UTF-8 reading (the /users reader's, on the answer's own bytes) is the same.
        QCOMPARE(IsoTime::parseStrict(QByteArrayView("2021-03-23T08:51:38.5+02:00")),
                 Q_INT64_C(1616482298500));
        QCOMPARE(IsoTime::parseStrict(QByteArrayView("2026-01-01T00:00:00.\xd9\xa3Z")), -1);
        QCOMPARE(IsoTime::parseStrict(QByteArrayView("2026-01-01T00:00:00Z ")), -1);
        // A fraction of more than three digits is QDateTime's to round (Qt versions differ at
        // the top): parse() gives exactly what it gives.
        for (const char *t : {"2021-03-23T06:51:38.6336Z", "2021-03-23T06:51:38.9996Z",
                              "2021-03-23T06:51:38.63349999Z", "2021-03-23T06:51:38.6Z"}) {
            QCOMPARE(
                *IsoTime::parse(QByteArrayView(t)),
                QDateTime::fromString(QLatin1String(t), Qt::ISODateWithMs).toMSecsSinceEpoch());
        }
        QCOMPARE(IsoTime::parseStrict(QByteArrayView("2021-03-23T06:51:38.6336Z")), -1);
        // parse(): the strict form, else what QDateTime reads; every decoder reads times so.
        QCOMPARE(*IsoTime::parse(QByteArrayView("2021-03-23T06:51:38.633Z")),
                 Q_INT64_C(1616482298633));
        QCOMPARE(*IsoTime::parse(QStringView(u"2021-03-23T06:51:38.633+0000")),
                 Q_INT64_C(1616482298633)); // not the strict form: QDateTime's reading
        QVERIFY(!IsoTime::parse(QStringView(u"last tuesday")));
        QVERIFY(!IsoTime::parse(QByteArrayView("2026-02-30T00:00:00Z")));
    }

    // The /users reader (simdjson): strict JSON everywhere, not only where it reads.
    void userRowsAreStrictJsonEverywhere()
    {
        const QByteArray fine = R"({"total":1,"extra":{"a":[1.5,-0,true,false,null,"x"]},)"
                                R"("data":[{"userId":"u","_id":"1e5","devices":[{"v":[2]}],)"
                                R"("props":{"country":null,"x":null,"locale":5,"y":{}}}]})";
        QVERIFY2(Decode::userRows(fine).ok(), qPrintable(Decode::userRows(fine).error().detail));
        QCOMPARE(Decode::userRows(fine).value().rows[0].country, QString());
        QCOMPARE(Decode::userRows(fine).value().rows[0].locale, QString());
        // A malformed number, word or escape fails the answer, even in members the rows do not
        // use.
        for (const char *bad :
             {R"({"extra":01,"data":[]})", R"({"data":[{"userId":"u","x":tru}]})",
              R"({"data":[{"devices":[{"osVersion":-}]}]})", R"({"data":[{"props":{"a":nul}}]})",
              R"({"data":[],"extra":[1,]})", "{\"data\":[{\"userId\":\"\\q\"}]}",
              "{\"data\":[{\"_id\":\"\\x\"}]}", "{\"data\":[{\"a\\x\":1}]}", "{\"e\\x\":{\"a\":1}}",
              "{\"data\":[{\"x\":\"\xff\"}]}"}) {
            const auto r = Decode::userRows(bad);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().kind, ApiError::Kind::InvalidResponse);
        }
        // Nothing may follow the top-level object, even when the body ends in "}".
        for (const char *trailing :
             {R"({"data":[]}{})", R"({"data":[]}})", R"({"total":1,"data":[]} "x" })"}) {
            QVERIFY2(!Decode::userRows(trailing).ok(), trailing);
            QVERIFY2(!Decode::users(trailing).ok(), trailing); // as QJsonDocument says
        }
        // A member name with an escape is the name JSON says it is.
        const auto escaped = Decode::userRows("{\"d\\u0061ta\":[{\"user\\u0049d\":\"e\"}]}");
        QVERIFY2(escaped.ok(), qPrintable(escaped.error().detail));
        QCOMPARE(escaped.value().rows.size(), 1);
        QCOMPARE(escaped.value().rows[0].userId, QStringLiteral("e"));
        // Nesting is bounded: deeper than the reader allows fails (it does not recurse without
        // end); the API's own answers are a few levels deep.
        const auto nested = [](int depth) {
            return QByteArray(R"({"data":[],"x":)") + QByteArray(depth, '[') +
                   QByteArray(depth, ']') + '}';
        };
        QVERIFY(Decode::userRows(nested(100)).ok());
        QVERIFY(!Decode::userRows(nested(10000)).ok());
        // A user id sent as true reads as Decode::users reads it.
        QCOMPARE(Decode::userRows(R"({"data":[{"userId":true}]})").value().rows[0].userId,
                 Decode::users(R"({"data":[{"userId":true}]})").value().users[0].userId);
    }

    // Every decoder reads through one parser (simdjson), under one set of rules: the same
    // grammar, UTF-8 checked, nesting bounded, nothing after the top-level object.
    void everyDecoderHoldsToOneSetOfRules()
    {
        const QByteArray deep =
            R"({"data":{"x":)" + QByteArray(10000, '[') + QByteArray(10000, ']') + "}}";
        const QByteArray bad[] = {
            R"({"data":{"users":01}})",
            R"({"data":{"users":1},"x":tru})",
            R"({"data":[1,]})",
            "{\"data\":{\"a\":\"\\q\"}}",
            "{\"data\":{\"a\":\"\xff\xfe\"}}", // not UTF-8
            "{\"data\":{\"a\":\"\xc0\xaf\"}}", // an overlong "/"
            R"({"data":{}}{})",
            R"({"data":{}} "x")",
            deep,
        };
        // Every decoder says the answer is not JSON (not a type mismatch further in): the
        // whole answer is read before any of it is used.
        const QString notJson = QStringLiteral("not valid JSON");
        for (const QByteArray &body : bad) {
            verifyInvalid(Decode::quickGlance(body), notJson);
            verifyInvalid(Decode::dailyAnalytics(body), notJson);
            verifyInvalid(Decode::events(body), notJson);
            verifyInvalid(Decode::eventProperties(body), notJson);
            verifyInvalid(Decode::eventAttribute(body), notJson);
            verifyInvalid(Decode::users(body), notJson);
            verifyInvalid(Decode::userDetails(body), notJson);
            verifyInvalid(Decode::sessionEvents(body), notJson);
            verifyInvalid(Decode::liveUsersCount(body), notJson);
            verifyInvalid(Decode::liveUsers(body), notJson);
            // The streaming /users reader stops at the first thing wrong, which may be the type.
            QVERIFY2(!Decode::userRows(body).ok(), body.left(40).constData());
            const QByteArray asUsers = QByteArray(body).replace(R"({"data":{)", R"({"data":[{)");
            if (asUsers != body && asUsers.endsWith("}}"))
                verifyInvalid(Decode::userRows(asUsers.chopped(1) + "]}"), // the body, not a type
                              QStringLiteral("(body): n"));
        }
        // A member name with an escape is the name JSON says it is; a NUL inside a string is
        // kept.
        const auto escaped = Decode::quickGlance("{\"d\\u0061ta\":{\"user\\u0073\":7}}");
        QVERIFY2(escaped.ok(), qPrintable(escaped.error().detail));
        QCOMPARE(*escaped.value().users, 7.0);
        const auto nul =
            Decode::eventAttribute("{\"data\":[{\"value\":\"a\\u0000b\",\"count\":1}]}");
        QVERIFY(nul.ok());
        QCOMPARE(nul.value().at(0).value,
                 QString(QStringLiteral("a") + QChar(0) + QLatin1Char('b')));
        // Integers up to 2^64 are read as the double nearest to them, as QJsonDocument read them.
        const auto big = Decode::eventAttribute(
            R"({"data":[{"value":18446744073709551615,"count":9223372036854775807}]})");
        QVERIFY2(big.ok(), qPrintable(big.error().detail));
        QCOMPARE(big.value().at(0).count, 9223372036854775807.0);
        QCOMPARE(big.value().at(0).value, QStringLiteral("18446744073709552000"));
    }

    // Valid JSON simdjson alone refuses, which an app's own data may hold: an integer beyond 64
    // bits (JavaScript writes 1e20 in full) and an escaped lone surrogate (a string cut inside an
    // emoji). Read as QJsonDocument reads them, by every decoder.
    void validJsonBeyondSimdjson()
    {
        const QByteArray big = R"({"data":[{"type":"t","data":{"n":100000000000000000000}}]})";
        const auto events = Decode::sessionEvents(big);
        QVERIFY2(events.ok(), qPrintable(events.error().detail));
        QCOMPARE(events.value().at(0).data.value(QStringLiteral("n")).toDouble(), 1e20);
        QCOMPARE(events.value().at(0).type, QStringLiteral("t"));

        const QByteArray lone = "{\"data\":[{\"type\":\"cut \\ud83d\"}]}";
        const auto cut = Decode::liveEvents(lone);
        QVERIFY2(cut.ok(), qPrintable(cut.error().detail));
        QCOMPARE(cut.value().at(0).type, QStringLiteral("cut ") + QChar(0xFFFD));

        const QByteArray users = "{\"total\":1,\"x\":123456789012345678901234,\"data\":"
                                 "[{\"userId\":\"u\",\"props\":{\"country\":\"\\udc00\"}}]}";
        const auto rows = Decode::userRows(users);
        QVERIFY2(rows.ok(), qPrintable(rows.error().detail));
        QCOMPARE(rows.value().rows.size(), 1);
        QCOMPARE(rows.value().rows[0].country, QString(QChar(0xFFFD)));
        QVERIFY(Decode::users(users).ok());
        // What neither reads stays refused, with simdjson's words.
        verifyInvalid(Decode::sessionEvents(R"({"data":[{"n":012}]})"),
                      QStringLiteral("not valid JSON"));
        QVERIFY(!Decode::userRows(R"({"data":[{"userId":"u","n":-}]})").ok());
    }

    // Of duplicate keys, the last counts, in a column as in the fields shown.
    void duplicateKeysReadTheLast()
    {
        const auto r = Decode::liveEvents(R"({"data":[{"type":"first","type":"last"}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().at(0).type, QStringLiteral("last"));
        QCOMPARE(r.value().at(0).fields().value(QStringLiteral("type")).toString(),
                 QStringLiteral("last"));
    }

    // An app's own fields of an event are kept as JSON has them, typed as QJsonValue would:
    // numbers as double, null as null, arrays and objects nested.
    void eventFieldsKeepTheirShape()
    {
        const auto r = Decode::sessionEvents(
            R"({"data":[{"type":"t","n":3,"big":-5e-3,"no":null,"yes":true,"list":[1,"a",[]],)"
            R"("data":{"obj":{"k":"v"},"i":4}},{"data":[1,2]}]})");
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const Event &e = r.value().at(0);
        QCOMPARE(e.fields().value(QStringLiteral("n")).typeId(), QMetaType::Double);
        QCOMPARE(e.fields().value(QStringLiteral("n")).toDouble(), 3.0);
        QCOMPARE(e.fields().value(QStringLiteral("big")).toDouble(), -0.005);
        QVERIFY(e.fields().value(QStringLiteral("no")).isNull());
        QVERIFY(e.fields().contains(QStringLiteral("no")));
        QCOMPARE(e.fields().value(QStringLiteral("yes")).toBool(), true);
        const QVariantList list = e.fields().value(QStringLiteral("list")).toList();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toString(), QStringLiteral("a"));
        QCOMPARE(list.at(2).toList().size(), 0);
        QCOMPARE(e.data.value(QStringLiteral("obj")).toMap().value(QStringLiteral("k")).toString(),
                 QStringLiteral("v"));
        QCOMPARE(e.data.value(QStringLiteral("i")).toDouble(), 4.0);
        // A payload that is not an object is kept under "value".
        QCOMPARE(r.value().at(1).data.value(QStringLiteral("value")).toList().size(), 2);
    }

    // Texts repeated across rows (platforms, versions, countries, event types) are shared:
    // a long list of events holds each once.
    void repeatedCodesAreShared()
    {
        const auto r = Decode::liveEvents(
            R"({"data":[{"type":"open","platform":"win","country":"DE","user_id":"u1"},)"
            R"({"type":"open","platform":"win","country":"DE","user_id":"u1"}]})");
        QVERIFY(r.ok());
        const Event &a = r.value().at(0);
        const Event &b = r.value().at(1);
        QCOMPARE(b.platform, QStringLiteral("win"));
        QCOMPARE(a.platform.constData(), b.platform.constData());
        QCOMPARE(a.type.constData(), b.type.constData());
        QCOMPARE(a.country.constData(), b.country.constData());
        QVERIFY(a.userId.constData() != b.userId.constData()); // ids are not codes
    }

    // Every decoder reads an answer with spare room after it in place, any other copied: both
    // read the same, and a cut body fails either way (ASan watches the reads past the end).
    void decodersReadPaddedAndUnpaddedAnswers()
    {
        const QByteArray exact = specBody("analytics").trimmed();
        QByteArray padded = exact;
        padded.reserve(exact.size() + Decode::kBodyPadding);
        QByteArray tight(exact.constData(), exact.size());
        tight.squeeze();
        const auto a = Decode::dailyAnalytics(padded);
        const auto b = Decode::dailyAnalytics(tight);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().usage, b.value().usage);
        QCOMPARE(a.value().platforms.size(), b.value().platforms.size());
        for (qsizetype cut = 0; cut < exact.size(); cut += 13) {
            QByteArray part(exact.constData(), cut);
            part.squeeze();
            QVERIFY(!Decode::dailyAnalytics(part).ok());
            part.reserve(cut + Decode::kBodyPadding);
            QVERIFY(!Decode::dailyAnalytics(part).ok());
        }
    }

    // simdjson reads a few bytes past an answer's end: an answer with room for them (as
    // ApiCall keeps it) is read in place, any other is copied; both read the same.
    void userRowsReadPaddedAndUnpaddedAnswers()
    {
        const QByteArray exact = specBody("users");
        QByteArray padded = exact;
        padded.reserve(exact.size() + Decode::kBodyPadding);
        QVERIFY(padded.capacity() - padded.size() >= Decode::kBodyPadding);
        QByteArray tight(exact.constData(), exact.size());
        tight.squeeze();
        const auto a = Decode::userRows(padded);
        const auto b = Decode::userRows(tight);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().rows.size(), 1);
        QCOMPARE(a.value().rows[0].userId, b.value().rows[0].userId);
        QCOMPARE(a.value().rows[0].lastSeenMs, b.value().rows[0].lastSeenMs);
        QCOMPARE(a.value().rows[0].platforms, b.value().rows[0].platforms);
        // Room before the data (left by a removal at the front) is not room after it: the
        // reader copies such a body rather than read past its end (ASan would see it).
        QByteArray front = QByteArray(200, ' ') + exact.trimmed();
        front.remove(0, 200);
        QVERIFY(front.capacity() - front.size() >= Decode::kBodyPadding);
        const auto c = Decode::userRows(front);
        QVERIFY(c.ok());
        QCOMPARE(c.value().rows[0].userId, a.value().rows[0].userId);
        // A cut body read in place fails too.
        for (qsizetype cut = 1; cut < exact.trimmed().size(); cut += 11) {
            QByteArray part = exact.trimmed().left(cut);
            part.reserve(cut + Decode::kBodyPadding);
            QVERIFY2(!Decode::userRows(part).ok(), part.right(30).constData());
        }
        // A body cut anywhere fails, never reads past its end (ASan watches this).
        const QByteArray whole = exact.trimmed();
        for (qsizetype cut = 0; cut < whole.size(); cut += 7) {
            QByteArray part(whole.constData(), cut);
            part.squeeze();
            QVERIFY2(!Decode::userRows(part).ok(), part.right(30).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
