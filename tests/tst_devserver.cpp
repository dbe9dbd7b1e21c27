// The demo server over real HTTP, read through the project's own ApiClient: exact numbers on a
// hand-built data set (expected values worked out by hand below, not read from the server),
// utcOffset day moves, additivity, token, deletion, and the live endpoints moving with the clock.
#include "api/apiclient.h"
#include "demoserver.h"
#include "handbuiltdata.h"

#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {
qint64 at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}
QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

template <typename T> Result<T> wait(std::function<void(ApiClient::Callback<T>)> call)
{
    std::optional<Result<T>> out;
    call([&out](const Result<T> &r) { out.emplace(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000)) {
        ApiError timeout; // shows up as a failed comparison in the caller
        timeout.kind = ApiError::Kind::Timeout;
        timeout.detail = QStringLiteral("test waited 10 s for an answer");
        return Result<T>(timeout);
    }
    return *out;
}
} // namespace

class TestDevServer : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    qint64 m_now = 0;
    const QString m_app = QStringLiteral("hand-app");

    TimeRange utcRange(const char *from, const char *to, int utcOffsetMinutes)
    {
        TimeRange r;
        r.start = at(from);
        r.end = at(to);
        r.zone = QTimeZone(-utcOffsetMinutes * 60);
        return r;
    }

    void serve(DataSet data, const QString &token = QStringLiteral("secret"))
    {
        auto api = std::make_unique<DemoApi>(std::move(data), [this] { return m_now; });
        DemoServerOptions options;
        options.token = token;
        m_server = std::make_unique<DemoServer>(std::move(api), options);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setToken(QStringLiteral("secret"));
    }

private slots:
    void init()
    {
        m_now = at("2024-03-12T12:00:00Z");
        serve(handBuiltDataSet());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void quickGlanceCountsTheLastTwoDays()
    {
        const auto r = wait<QuickGlance>([&](auto cb) { m_client->quickGlance(m_app, this, cb); });
        QVERIFY(r.ok());
        // Last 24 h (03-11 12:00 .. 03-12 12:00): sessions b, c, d by bob and alice.
        QCOMPARE(*r.value().appStarts, 3.0);
        QCOMPARE(*r.value().users, 2.0);
        QCOMPARE(*r.value().installs, 1.0); // bob
        QCOMPARE(*r.value().errors, 2.0);
        QCOMPARE(*r.value().previousAppStarts, 0.0);
        QCOMPARE(*r.value().previousUsers, 0.0);
        QCOMPARE(*r.value().previousInstalls, 0.0); // alice installed at 08:00, before the window
        QCOMPARE(*r.value().previousErrors, 0.0);
    }

    void dailyAnalyticsInUtc()
    {
        const auto r = wait<DailyAnalytics>([&](auto cb) {
            m_client->dailyAnalytics(
                m_app, utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", 0), this, cb);
        });
        QVERIFY(r.ok());
        const DailyAnalytics &a = r.value();
        QCOMPARE(
            a.usage,
            (DayValues{{day("2024-03-10"), 1}, {day("2024-03-11"), 1}, {day("2024-03-12"), 2}}));
        QCOMPARE(
            a.activeUsers,
            (DayValues{{day("2024-03-10"), 1}, {day("2024-03-11"), 1}, {day("2024-03-12"), 2}}));
        QCOMPARE(a.newUsers, (DayValues{{day("2024-03-10"), 1}, {day("2024-03-11"), 1}}));
        QCOMPARE(a.nonNewUsers, (DayValues{{day("2024-03-12"), 2}})); // zero days are left out
        QCOMPARE(a.avgSessionDuration, (DayValues{{day("2024-03-10"), 1800},
                                                  {day("2024-03-11"), 1200},
                                                  {day("2024-03-12"), 2100}}));
        QCOMPARE(*a.totalUsers, 2.0);
        QCOMPARE(*a.totalInstalls, 2.0);
        QVector<Number> hours12(24, 0);
        hours12[7] = 1;
        hours12[9] = 1;
        QCOMPARE(a.hours.value(day("2024-03-12")), hours12);
        auto counts = [](const Breakdown &b) {
            QMap<QString, Number> m;
            for (const ValueCount &vc : b)
                m.insert(vc.value, vc.count);
            return m;
        };
        using M = QMap<QString, Number>;
        QCOMPARE(counts(a.platforms), (M{{QStringLiteral("win"), 1},
                                         {QStringLiteral("mac"), 1},
                                         {QStringLiteral("linux"), 1}}));
        QCOMPARE(counts(a.versions),
                 (M{{QStringLiteral("1.0.0"), 1}, {QStringLiteral("1.1.0"), 2}}));
        QCOMPARE(counts(a.languages), (M{{QStringLiteral("en"), 1}, {QStringLiteral("de"), 1}}));
        QCOMPARE(counts(a.countries), (M{{QStringLiteral("US"), 1}, {QStringLiteral("DE"), 1}}));
        QCOMPARE(counts(a.ram), (M{{QStringLiteral("8"), 1}, {QStringLiteral("16"), 1}}));
    }

    void utcOffsetMovesDayKeys()
    {
        // UTC+2 (utcOffset -120): bob's 23:30 UTC session and install fall on 03-12.
        auto r = wait<DailyAnalytics>([&](auto cb) {
            m_client->dailyAnalytics(
                m_app, utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", -120), this, cb);
        });
        QVERIFY(r.ok());
        QCOMPARE(r.value().usage, (DayValues{{day("2024-03-10"), 1}, {day("2024-03-12"), 3}}));
        QCOMPARE(r.value().newUsers, (DayValues{{day("2024-03-10"), 1}, {day("2024-03-12"), 1}}));
        QCOMPARE(r.value().activeUsers.value(day("2024-03-12")), 2.0);
        // UTC-8 (utcOffset 480): d at 07:00 UTC is 23:00 on 03-11, c at 09:00 UTC is 01:00 on
        // 03-12.
        r = wait<DailyAnalytics>([&](auto cb) {
            m_client->dailyAnalytics(
                m_app, utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", 480), this, cb);
        });
        QCOMPARE(
            r.value().usage,
            (DayValues{{day("2024-03-10"), 1}, {day("2024-03-11"), 2}, {day("2024-03-12"), 1}}));
        QCOMPARE(r.value().hours.value(day("2024-03-12")).value(1), 1.0);
    }

    void utcOffsetAcrossDaylightSavingChange()
    {
        // New York switched to EDT on 2024-03-10: the client sends the offset at the range's
        // end (240, not 300), and the server's day keys follow it.
        const TimeRange r = TimeRange::fromLocalDates(QDate(2024, 3, 9), QDate(2024, 3, 12),
                                                      QTimeZone("America/New_York"));
        QCOMPARE(r.utcOffsetMinutes(), 240);
        const auto a =
            wait<DailyAnalytics>([&](auto cb) { m_client->dailyAnalytics(m_app, r, this, cb); });
        QVERIFY(a.ok());
        // 08:00 UTC 03-10 -> 04:00; 23:30 UTC 03-11 -> 19:30 03-11; 07:00/09:00 UTC 03-12 ->
        // 03:00/05:00.
        QCOMPARE(
            a.value().usage,
            (DayValues{{day("2024-03-10"), 1}, {day("2024-03-11"), 1}, {day("2024-03-12"), 2}}));
        QCOMPARE(a.value().hours.value(day("2024-03-11")).value(19), 1.0);
        for (const QDate &d : a.value().usage.keys())
            QVERIFY(r.days().contains(d));
    }

    void eventsErrorsAndProperties()
    {
        const TimeRange r = utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", 0);
        const auto events =
            wait<DailySeries>([&](auto cb) { m_client->events(m_app, r, this, cb); });
        QCOMPARE(events.value(),
                 (DailySeries{{QStringLiteral("ITEM_PLAYED"), {{day("2024-03-10"), 1}}},
                              {QStringLiteral("ITEM_CHECKOUT"), {{day("2024-03-12"), 2}}}}));
        const auto errors =
            wait<DailySeries>([&](auto cb) { m_client->errors(m_app, r, this, cb); });
        QCOMPARE(errors.value(),
                 (DailySeries{{QStringLiteral("uncaughtException"), {{day("2024-03-11"), 1}}},
                              {QStringLiteral("NetworkError"), {{day("2024-03-12"), 1}}}}));
        const auto props = wait<QVector<EventProperty>>(
            [&](auto cb) { m_client->eventProperties(m_app, r, this, cb); });
        QCOMPARE(props.value().size(), 2);
        QCOMPARE(props.value()[0].event, QStringLiteral("init"));
        QCOMPARE(props.value()[1].event, QStringLiteral("ITEM_CHECKOUT"));
        QCOMPARE(props.value()[1].keys, QStringList{QStringLiteral("plan")});
        const auto checkout = wait<Breakdown>([&](auto cb) {
            m_client->eventAttribute(m_app, QStringLiteral("ITEM_CHECKOUT"), QStringLiteral("plan"),
                                     r, this, cb);
        });
        QCOMPARE(checkout.value().size(), 2);
        QCOMPARE(checkout.value()[0].value, QStringLiteral("free")); // 1 each: ties sorted by value
        QCOMPARE(checkout.value()[1].count, 1.0);
        const auto init = wait<Breakdown>([&](auto cb) {
            m_client->eventAttribute(m_app, QStringLiteral("init"), QStringLiteral("plan"), r, this,
                                     cb);
        });
        QCOMPARE(init.value().size(), 2); // alice's 2 sessions (pro), bob's 2 (free)
        QCOMPARE(init.value()[0].count + init.value()[1].count, 4.0);
        // A narrower range: only 03-12, carol's March 1 session never counts.
        const auto narrow = wait<DailySeries>([&](auto cb) {
            m_client->events(m_app, utcRange("2024-03-12T00:00:00Z", "2024-03-12T08:00:00Z", 0),
                             this, cb);
        });
        QCOMPARE(narrow.value(),
                 (DailySeries{{QStringLiteral("ITEM_CHECKOUT"), {{day("2024-03-12"), 1}}}}));
    }

    void usersDetailsAndSessionEvents()
    {
        const auto users = wait<UserList>([&](auto cb) { m_client->users(m_app, this, cb); });
        QCOMPARE(*users.value().total, 3);
        const User &alice = users.value().users[0];
        QCOMPARE(alice.userId, QStringLiteral("alice"));
        QCOMPARE(alice.lastSeen.toSecsSinceEpoch(), at("2024-03-12T10:00:00Z"));
        QCOMPARE(alice.devices[0].version, QStringLiteral("1.1.0"));
        QCOMPARE(alice.props.value(QStringLiteral("country")).toString(), QStringLiteral("US"));

        const auto bob = wait<UserDetails>(
            [&](auto cb) { m_client->userDetails(m_app, QStringLiteral("bob"), this, cb); });
        QVERIFY(bob.ok());
        QCOMPARE(bob.value().user.devices.size(), 2);
        QCOMPARE(bob.value().sessions.size(), 2);
        QCOMPARE(bob.value().sessions[0].start.toSecsSinceEpoch(),
                 at("2024-03-12T07:00:00Z")); // newest first
        QCOMPARE(bob.value().sessions[0].device, QStringLiteral("d3"));
        QCOMPARE(*bob.value().sessions[0].actions, 1.0);
        QCOMPARE(*bob.value().sessions[1].errors, 1.0);

        const auto aliceDetails = wait<UserDetails>(
            [&](auto cb) { m_client->userDetails(m_app, QStringLiteral("alice"), this, cb); });
        const Session &c = aliceDetails.value().sessions[0];
        const auto events = wait<QVector<Event>>([&](auto cb) {
            m_client->sessionEvents(m_app, QStringLiteral("alice"), c.session, c.device, this, cb);
        });
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 3);
        QCOMPARE(events.value()[0].type, QStringLiteral("init"));
        QCOMPARE(events.value()[0].data.value(QStringLiteral("plan")).toString(),
                 QStringLiteral("pro"));
        QCOMPARE(events.value()[1].type, QStringLiteral("ITEM_CHECKOUT"));
        QCOMPARE(events.value()[2].type, QStringLiteral("error"));
        QCOMPARE(events.value()[2].data.value(QStringLiteral("type")).toString(),
                 QStringLiteral("NetworkError"));

        const auto wrongDevice = wait<QVector<Event>>([&](auto cb) {
            m_client->sessionEvents(m_app, QStringLiteral("alice"), c.session, QStringLiteral("d2"),
                                    this, cb);
        });
        QCOMPARE(wrongDevice.error().kind, ApiError::Kind::NotFound);
        const auto noDevice = wait<QVector<Event>>([&](auto cb) {
            m_client->sessionEvents(m_app, QStringLiteral("alice"), c.session, QString(), this, cb);
        });
        QCOMPARE(noDevice.error().httpStatus, 400);
    }

    void deleteRemovesTheUsersData()
    {
        const auto del = wait<ApiClient::Done>(
            [&](auto cb) { m_client->deleteUser(m_app, QStringLiteral("bob"), this, cb); });
        QVERIFY(del.ok());
        const auto gone = wait<UserDetails>(
            [&](auto cb) { m_client->userDetails(m_app, QStringLiteral("bob"), this, cb); });
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        const auto again = wait<ApiClient::Done>(
            [&](auto cb) { m_client->deleteUser(m_app, QStringLiteral("bob"), this, cb); });
        QCOMPARE(again.error().kind, ApiError::Kind::NotFound);
        const auto users = wait<UserList>([&](auto cb) { m_client->users(m_app, this, cb); });
        QCOMPARE(*users.value().total, 2);
        const auto a = wait<DailyAnalytics>([&](auto cb) {
            m_client->dailyAnalytics(
                m_app, utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", 0), this, cb);
        });
        QCOMPARE(a.value().usage, (DayValues{{day("2024-03-10"), 1}, {day("2024-03-12"), 1}}));
        const auto errors = wait<DailySeries>([&](auto cb) {
            m_client->errors(m_app, utcRange("2024-03-10T00:00:00Z", "2024-03-12T23:59:59Z", 0),
                             this, cb);
        });
        QVERIFY(!errors.value().contains(QStringLiteral("uncaughtException")));
    }

    void tokenAppAndBadQueries()
    {
        m_client->setToken(QStringLiteral("wrong"));
        const auto r = wait<QuickGlance>([&](auto cb) { m_client->quickGlance(m_app, this, cb); });
        QCOMPARE(r.error().kind, ApiError::Kind::Unauthorized);
        m_client->setToken(QString());
        const auto none =
            wait<OptNumber>([&](auto cb) { m_client->liveUsersCount(m_app, this, cb); });
        QCOMPARE(none.error().kind, ApiError::Kind::Unauthorized);
        m_client->setToken(QStringLiteral("secret"));
        const auto unknownApp = wait<QuickGlance>(
            [&](auto cb) { m_client->quickGlance(QStringLiteral("nope"), this, cb); });
        QCOMPARE(unknownApp.error().kind, ApiError::Kind::NotFound);
        TimeRange backwards;
        backwards.start = 100;
        backwards.end = 50;
        const auto bad =
            wait<DailySeries>([&](auto cb) { m_client->events(m_app, backwards, this, cb); });
        QCOMPARE(bad.error().httpStatus, 400);
    }

    void answersAreAdditiveOverASplitRange()
    {
        GeneratorOptions g;
        g.users = 400;
        g.days = 60;
        g.seed = 42;
        g.now = at("2024-06-30T18:00:00Z");
        g.appId = m_app;
        m_now = g.now;
        serve(generateDataSet(g));
        const int offset = -330; // India: a half-hour zone
        const TimeRange whole = utcRange("2024-05-01T00:00:00Z", "2024-06-29T23:59:59Z", offset);
        TimeRange first = whole, second = whole;
        first.end = at("2024-05-31T18:29:59Z"); // local midnight 06-01 minus 1 s
        second.start = first.end + 1;
        QCOMPARE(first.utcOffsetMinutes(), offset);

        auto sumUsage = [](const DailyAnalytics &a) {
            Number n = 0;
            for (Number v : a.usage)
                n += v;
            return n;
        };
        const auto w = wait<DailyAnalytics>(
            [&](auto cb) { m_client->dailyAnalytics(m_app, whole, this, cb); });
        const auto f = wait<DailyAnalytics>(
            [&](auto cb) { m_client->dailyAnalytics(m_app, first, this, cb); });
        const auto s = wait<DailyAnalytics>(
            [&](auto cb) { m_client->dailyAnalytics(m_app, second, this, cb); });
        QVERIFY(sumUsage(w.value()) > 500);
        QCOMPARE(sumUsage(f.value()) + sumUsage(s.value()), sumUsage(w.value()));
        QCOMPARE(*f.value().totalInstalls + *s.value().totalInstalls, *w.value().totalInstalls);
        DayValues merged = f.value().activeUsers;
        merged.insert(s.value().activeUsers);
        QCOMPARE(merged, w.value().activeUsers); // days split cleanly at local midnight

        for (bool errors : {false, true}) {
            auto get = [&](const TimeRange &r) {
                return wait<DailySeries>([&](auto cb) {
                    errors ? m_client->errors(m_app, r, this, cb)
                           : m_client->events(m_app, r, this, cb);
                });
            };
            const DailySeries all = get(whole).value();
            DailySeries parts = get(first).value();
            const DailySeries later = get(second).value();
            for (auto it = later.cbegin(); it != later.cend(); ++it)
                parts[it.key()].insert(it.value());
            QCOMPARE(parts, all);
            QVERIFY(!all.isEmpty());
        }
    }

    void liveEndpointsMoveWithTheClock()
    {
        GeneratorOptions g;
        g.users = 3000;
        g.days = 30;
        g.now = at("2024-06-30T14:00:00Z");
        g.appId = m_app;
        m_now = g.now;
        serve(generateDataSet(g));
        QSet<Number> counts;
        for (int minute = 0; minute < 60; minute += 5) {
            m_now = g.now + minute * 60;
            const auto count =
                wait<OptNumber>([&](auto cb) { m_client->liveUsersCount(m_app, this, cb); });
            const auto users =
                wait<QVector<LiveUser>>([&](auto cb) { m_client->liveUsers(m_app, this, cb); });
            QVERIFY(count.ok() && users.ok());
            QCOMPARE(int(*count.value()), users.value().size());
            QVERIFY(*count.value() > 0);
            counts.insert(*count.value());
            for (const LiveUser &u : users.value())
                QVERIFY(u.lastSeen.toSecsSinceEpoch() <= m_now &&
                        u.lastSeen.toSecsSinceEpoch() > m_now - 60);
        }
        QVERIFY2(counts.size() > 3, "the live count should drift over an hour");
        const auto events =
            wait<QVector<Event>>([&](auto cb) { m_client->liveEvents(m_app, this, cb); });
        QVERIFY(!events.value().isEmpty());
        for (int i = 1; i < events.value().size(); ++i)
            QVERIFY(events.value()[i - 1].time >= events.value()[i].time); // newest first
        QVERIFY(events.value().first().time.toSecsSinceEpoch() <= m_now);
    }

    void isoTimesAreQtsIsoTimes()
    {
        // The server's own fast formatter against QDateTime, around the edges of months,
        // leap days, centuries and the epoch; in UTC with "Z" as the real API writes them.
        auto qt = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
                .toString(Qt::ISODateWithMs)
                .replace(QLatin1String("+00:00"), QLatin1String("Z"));
        };
        QCOMPARE(demoIsoTime(1709251199), QStringLiteral("2024-02-29T23:59:59.000Z"));
        const qint64 samples[] = {0,          -1,         59,           86399,      86400,
                                  951782400,  951868799,  951868800,    1709251199, 1709251200,
                                  4107542400, 4107628799, 253402300799, -86400,     -2208988800};
        for (const qint64 secs : samples)
            QCOMPARE(demoIsoTime(secs), qt(secs));
        for (qint64 secs = -400LL * 86400 * 366; secs < 600LL * 86400 * 366; secs += 7777777)
            QCOMPARE(demoIsoTime(secs), qt(secs));
    }

    void generatorIsDeterministic()
    {
        GeneratorOptions g;
        g.users = 300;
        g.days = 120;
        g.now = at("2024-06-30T14:00:00Z");
        const DataSet a = generateDataSet(g);
        const DataSet b = generateDataSet(g);
        QCOMPARE(a.sessions.size(), b.sessions.size());
        QCOMPARE(a.events.size(), b.events.size());
        QVERIFY(a.sessions.size() > 300 * 5);
        QCOMPARE(a.sessions.last().start, b.sessions.last().start);
        QVERIFY(a.sessions.last().start <= g.now);
        g.seed = 2;
        QVERIFY(generateDataSet(g).sessions.size() != a.sessions.size());
    }

    void devicesHaveTheirOwnPlatformsOSVersions()
    {
        // Windows is 10.0.x, macOS 13/14, Linux a kernel: a second device of another platform
        // gets that platform's version, never the first device's.
        GeneratorOptions g;
        g.users = 400;
        g.days = 30;
        g.now = at("2024-06-30T14:00:00Z");
        const QHash<QString, QString> prefix{{QStringLiteral("win"), QStringLiteral("10.0.")},
                                             {QStringLiteral("mac"), QStringLiteral("1")},
                                             {QStringLiteral("linux"), QStringLiteral("6.")}};
        int secondDevices = 0;
        for (const DemoUser &user : generateDataSet(g).users) {
            secondDevices += user.devices.size() > 1;
            for (const auto &device : user.devices) {
                QVERIFY2(device.osVersion.startsWith(prefix.value(device.platform)) &&
                             (device.platform != QLatin1String("mac") ||
                              !device.osVersion.startsWith(QLatin1String("10.0"))),
                         qPrintable(device.platform + QLatin1Char(' ') + device.osVersion));
            }
        }
        QVERIFY(secondDevices > 20);
    }

    void stoppingWithDelayedRepliesAnswersThem()
    {
        // --latency-ms holds answers back; a server destroyed meanwhile (the demo at exit)
        // answers them at once with 503 instead of leaving responders to outlive it (which
        // crashed on Qt 6.8).
        m_server->setLatencyMs(60000);
        std::optional<Result<QuickGlance>> first;
        m_client->quickGlance(m_app, this, [&first](const auto &r) { first.emplace(r); });
        m_client->liveUsersCount(m_app, this, [](const auto &) {});
        QTRY_COMPARE(m_server->delayedReplies(), 2); // both are at the server, waiting
        QVERIFY(!first.has_value());
        m_server.reset();
        QVERIFY(QTest::qWaitFor([&first] { return first.has_value(); }, 10000));
        QVERIFY(first->error().isError());
        // 503, or "connection refused" when the client's retry finds no server any more.
        QVERIFY2(first->error().kind == ApiError::Kind::ServerError ||
                     first->error().kind == ApiError::Kind::Offline,
                 qPrintable(first->error().detail));

        // A fresh server with the same latency still answers in full after the wait.
        serve(handBuiltDataSet());
        m_server->setLatencyMs(200);
        const auto late =
            wait<QuickGlance>([&](auto cb) { m_client->quickGlance(m_app, this, cb); });
        QVERIFY2(!late.error().isError(), qPrintable(late.error().detail));
    }

    void authorizationHeaderIsCaseInsensitive()
    {
        // HTTP header names are case-insensitive; HTTP/2 and some proxies send them lower-case.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/apps/hand-app/live/users/count HTTP/1.1\r\n"
                     "host: 127.0.0.1\r\nauthorization: secret\r\nconnection: close\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    // Last: it runs (and ends) the application's own event loop.
    void demoHostStopsWhenTheApplicationLoopEnds()
    {
        // `--demo` runs the server on a thread whose event loop goes through the application
        // object: it must end with the application's loop, before that object is destroyed
        // (else a late event crashes the exit now and then).
        DemoServerHost host;
        QSignalSpy ready(&host, &DemoServerHost::ready);
        GeneratorOptions g;
        g.users = 50;
        g.days = 30;
        g.now = m_now;
        DemoServerOptions options;
        options.token = QStringLiteral("host-token");
        host.start(g, options);
        QVERIFY(ready.wait(20000));
        QVERIFY(host.isRunning());
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        QCOMPARE(QCoreApplication::exec(), 0);
        QVERIFY(!host.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDevServer)
#include "tst_devserver.moc"
