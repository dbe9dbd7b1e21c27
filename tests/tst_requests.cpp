// What is sent, computed without a network: time ranges, utcOffset, paths, URL policy, retries.
#include "api/endpoints.h"
#include "api/retrypolicy.h"
#include "api/timerange.h"
#include "api/urlpolicy.h"

#include <QtTest>

class TestRequests : public QObject {
    Q_OBJECT
private slots:
    void utcOffsetFollowsJavaScriptSign()
    {
        const QDateTime jan = QDateTime(QDate(2021, 1, 15), QTime(12, 0), QTimeZone::utc());
        const QDateTime jul = QDateTime(QDate(2021, 7, 15), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("Asia/Tokyo"), jan), -540);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("America/New_York"), jan), 300);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("America/New_York"), jul), 240);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("America/Los_Angeles"), jan), 480);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("Europe/Athens"), jan), -120);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone("Asia/Kolkata"), jan), -330);
        QCOMPARE(jsUtcOffsetMinutes(QTimeZone::utc(), jan), 0);
    }

    void specExampleRangeGivesSpecDays()
    {
        // start 1618010248, end 1618211950, utcOffset 480: days 2021-04-09 .. 2021-04-11.
        TimeRange r;
        r.start = 1618010248;
        r.end = 1618211950;
        r.zone = QTimeZone("America/Los_Angeles");
        QCOMPARE(r.utcOffsetMinutes(), 420); // April: Pacific daylight time
        r.zone = QTimeZone(-8 * 3600);       // a fixed UTC-8 zone, as in the spec's example
        QCOMPARE(r.utcOffsetMinutes(), 480);
        QCOMPARE(r.days(),
                 (QVector<QDate>{QDate(2021, 4, 9), QDate(2021, 4, 10), QDate(2021, 4, 11)}));
    }

    void localDatesRange()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        const TimeRange r = TimeRange::fromLocalDates(QDate(2024, 3, 1), QDate(2024, 3, 3), tokyo);
        QCOMPARE(r.start,
                 QDateTime(QDate(2024, 2, 29), QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(
            r.end,
            QDateTime(QDate(2024, 3, 3), QTime(14, 59, 59), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(r.days().size(), 3);
        QCOMPARE(r.days().first(), QDate(2024, 3, 1));
        const TimeRange prev = r.previous();
        QCOMPARE(prev.end, r.start - 1);
        QCOMPARE(prev.end - prev.start, r.end - r.start);
        QCOMPARE(prev.days().size(), 3);
        QCOMPARE(prev.days().last(), QDate(2024, 2, 29));
    }

    void daysAcrossDaylightSavingStartOnTheFirstLocalDate()
    {
        // Berlin leaves summer time on 2026-10-25: 00:00 of 10-20 is 22:00 UTC, which the
        // winter offset (the one sent) would put on 10-19.
        const TimeRange r = TimeRange::fromLocalDates(QDate(2026, 10, 20), QDate(2026, 10, 30),
                                                      QTimeZone("Europe/Berlin"));
        QCOMPARE(r.utcOffsetMinutes(), -60);
        QCOMPARE(r.days().size(), 11);
        QCOMPARE(r.days().first(), QDate(2026, 10, 20));
        QCOMPARE(r.days().last(), QDate(2026, 10, 30));
    }

    void lastDaysPreset()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(22, 0), QTimeZone::utc());
        const TimeRange r = TimeRange::lastDays(7, now, QTimeZone::utc());
        QCOMPARE(r.end - r.start + 1, qint64(7 * 24 * 3600));
        QCOMPARE(r.days().size(), 8); // partial first and last days
    }

    void lastDayIsPartialUntilItEnds()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        const TimeRange week =
            TimeRange::fromLocalDates(QDate(2024, 3, 1), QDate(2024, 3, 7), tokyo);
        // While 7 March (Tokyo) runs, its values are "so far"; from its last second on, whole.
        QVERIFY(week.lastDayIsPartial(week.end - 3600));
        QVERIFY(week.lastDayIsPartial(week.end));
        QVERIFY(!week.lastDayIsPartial(week.end + 1));
        QVERIFY(!week.lastDayIsPartial(week.end + 86400 * 30));
        // A range ending inside its last day (e.g. "to now") is partial whenever it is read.
        const QDateTime noon(QDate(2024, 3, 7), QTime(3, 0), QTimeZone::utc()); // 12:00 Tokyo
        const TimeRange toNow = TimeRange::lastDays(7, noon, tokyo);
        QVERIFY(toNow.lastDayIsPartial(toNow.end + 86400 * 30));
    }

    void endpointPathsAndQueries_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const QUrl base(QStringLiteral("https://app.nucleus.sh/api/v1/"));
        TimeRange r;
        r.start = 1618010248;
        r.end = 1618211950;
        r.zone = QTimeZone("Asia/Tokyo");
        const QString q = QStringLiteral("?start=1618010248&end=1618211950&utcOffset=-540");
        const QString app = QStringLiteral("https://app.nucleus.sh/api/v1/apps/my%20app");
        auto row = [&](const char *name, const ApiRequest &req, const QString &expected) {
            QTest::newRow(name) << req.url(base).toString(QUrl::FullyEncoded) << expected;
        };
        const QString id = QStringLiteral("my app");
        row("quickglance", Endpoints::quickGlance(id),
            app + QStringLiteral("/analytics/quickglance"));
        row("analytics", Endpoints::dailyAnalytics(id, r), app + QStringLiteral("/analytics") + q);
        row("events", Endpoints::events(id, r), app + QStringLiteral("/analytics/events") + q);
        row("eventsprops", Endpoints::eventProperties(id, r),
            app + QStringLiteral("/analytics/eventsprops") + q);
        row("eventattr",
            Endpoints::eventAttribute(id, QStringLiteral("a/b é"), QStringLiteral("plan?"), r),
            app + QStringLiteral("/analytics/events/a%2Fb%20%C3%A9/plan%3F") + q);
        row("errors", Endpoints::errors(id, r), app + QStringLiteral("/analytics/errors") + q);
        row("users", Endpoints::users(id), app + QStringLiteral("/users"));
        row("user", Endpoints::userDetails(id, QStringLiteral("u/1")),
            app + QStringLiteral("/users/u%2F1"));
        row("session",
            Endpoints::sessionEvents(id, QStringLiteral("u1"), QStringLiteral("42"),
                                     QStringLiteral("d+1&x=y")),
            app + QStringLiteral("/users/u1/session/42?device=d%2B1%26x%3Dy"));
        row("delete", Endpoints::deleteUser(id, QStringLiteral("u1")),
            app + QStringLiteral("/users/u1"));
        row("liveevents", Endpoints::liveEvents(id), app + QStringLiteral("/live/events"));
        row("livecount", Endpoints::liveUsersCount(id), app + QStringLiteral("/live/users/count"));
        row("liveusers", Endpoints::liveUsers(id), app + QStringLiteral("/live/users"));
    }

    void endpointPathsAndQueries()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(url, expected);
    }

    void methods()
    {
        QCOMPARE(Endpoints::deleteUser(QStringLiteral("a"), QStringLiteral("u")).method,
                 QByteArray("DELETE"));
        QCOMPARE(Endpoints::users(QStringLiteral("a")).method, QByteArray("GET"));
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://app.nucleus.sh/api/v1" << true;
        QTest::newRow("astrolytics") << "https://app.astrolytics.io/api/v1" << true;
        QTest::newRow("http remote") << "http://app.nucleus.sh/api/v1" << false;
        QTest::newRow("http private") << "http://192.168.1.10:8080/api/v1" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/v1" << true;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3:8080/" << true;
        QTest::newRow("http localhost") << "http://localhost:1234/api/v1" << true;
        QTest::newRow("http ::1") << "http://[::1]:1234/api/v1" << true;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.com/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("no host") << "https:///api" << false;
        QTest::newRow("credentials") << "https://user:pw@app.nucleus.sh/" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(UrlPolicy::isAllowedBaseUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void retryPolicy()
    {
        RetryPolicy p;
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        ApiError server;
        server.kind = ApiError::Kind::ServerError;
        ApiError limited;
        limited.kind = ApiError::Kind::RateLimited;
        limited.retryAfterSecs = 3;
        ApiError notFound;
        notFound.kind = ApiError::Kind::NotFound;

        QCOMPARE(p.delayBeforeRetryMs("GET", timeout, 1), 500);
        QCOMPARE(p.delayBeforeRetryMs("GET", server, 2), 1000);
        QCOMPARE(p.delayBeforeRetryMs("GET", server, 3), -1); // at most two retries
        QCOMPARE(p.delayBeforeRetryMs("GET", limited, 1), 3000);
        QCOMPARE(p.delayBeforeRetryMs("GET", notFound, 1), -1);
        QCOMPARE(p.delayBeforeRetryMs("DELETE", server, 1), -1);
        QCOMPARE(p.delayBeforeRetryMs("DELETE", timeout, 1), -1);
        limited.retryAfterSecs = 3600; // too long to wait inside one call
        QCOMPARE(p.delayBeforeRetryMs("GET", limited, 1), -1);
    }

    void retryAfterParsing()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), 120);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        QCOMPARE(RetryPolicy::parseRetryAfter("", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("-5", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), -1);
    }

    void errorMessagesAreSentences()
    {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.httpStatus = 401;
        QCOMPARE(
            e.message(),
            QStringLiteral("The server rejected the API token. Enter a valid token. (HTTP 401)"));
        e.kind = ApiError::Kind::RateLimited;
        e.httpStatus = 429;
        e.retryAfterSecs = 30;
        QVERIFY(e.message().contains(QStringLiteral("30 second")));
        QCOMPARE(ApiError::kindName(ApiError::Kind::NotFound), QStringLiteral("not-found"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
