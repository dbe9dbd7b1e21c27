// The API client against a real HTTP server on 127.0.0.1 (random port).
#include "api/apiclient.h"
#include "core/requesttracker.h"
#include "testhttpserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QtTest>

#include <memory>

namespace {
const QString kToken = QStringLiteral("tok-SECRET-4242");
const QString kApp = QStringLiteral("app1");

QByteArray specBody(const QString &name)
{
    QFile file(QStringLiteral(NUCLEUS_TEST_DATA "/spec-%1.json").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList g_logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines.append(message);
}

// Collects one delivered result (and counts deliveries).
template <typename T> struct Catch {
    std::shared_ptr<std::optional<Result<T>>> result = std::make_shared<std::optional<Result<T>>>();
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    ApiClient::Callback<T> callback()
    {
        auto r = result;
        auto c = calls;
        return [r, c](const Result<T> &value) {
            ++*c;
            r->emplace(value);
        };
    }
    bool done() const { return result->has_value(); }
    const Result<T> &get() const { return **result; }
};
} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private:
    TestHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;

    void fastRetries()
    {
        RetryPolicy p;
        p.baseDelayMs = 20;
        m_client->setRetryPolicy(p);
    }

private slots:
    void anAnswerTooLargeIsStoppedAndSaidSo()
    {
        // A body bigger than the bound, and one whose Content-Length says it will be: both
        // stopped as soon as that is known (never read into memory whole), never retried.
        m_client->setMaxAnswerBytes(64 * 1024);
        int requests = 0;
        for (const bool announced : {false, true}) {
            m_server->setHandler([&requests, announced](const TestHttpServer::Request &) {
                ++requests;
                TestHttpServer::Response r;
                if (announced)
                    r.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 209715200\r\n\r\n{\"data\":";
                else
                    r = TestHttpServer::Response::json("{\"data\":{\"users\":1,\"pad\":\"" +
                                                       QByteArray(200 * 1024, 'x') + "\"}}");
                return r;
            });
            requests = 0;
            Catch<QuickGlance> answer;
            m_client->quickGlance(kApp, this, answer.callback());
            QTRY_VERIFY(answer.done());
            QVERIFY(!answer.get().ok());
            QCOMPARE(ApiError::kindName(answer.get().error().kind),
                     ApiError::kindName(ApiError::Kind::TooLarge));
            QVERIFY2(answer.get().error().message().contains(QStringLiteral("too large")),
                     qPrintable(answer.get().error().message()));
            QCOMPARE(requests, 1);
        }
        m_client->setMaxAnswerBytes(ApiCall::kMaxAnswerBytes);
    }

    void init()
    {
        m_server = new TestHttpServer(this);
        QVERIFY(m_server->listen());
        m_client = new ApiClient(this);
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setToken(kToken);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void everyEndpointSendsExactPathQueryAndHeaders()
    {
        m_server->setHandler([](const TestHttpServer::Request &req) {
            const QByteArray p = req.path();
            QString name = QStringLiteral("quickglance");
            if (p.endsWith("/analytics"))
                name = QStringLiteral("analytics");
            else if (p.endsWith("/analytics/events"))
                name = QStringLiteral("events");
            else if (p.endsWith("/eventsprops"))
                name = QStringLiteral("eventsprops");
            else if (p.contains("/analytics/events/"))
                name = QStringLiteral("eventattr");
            else if (p.endsWith("/errors"))
                name = QStringLiteral("errors");
            else if (p.endsWith("/apps/app1/users"))
                name = QStringLiteral("users");
            else if (p.endsWith("/live/users/count"))
                name = QStringLiteral("livecount");
            else if (p.endsWith("/live/users"))
                name = QStringLiteral("liveusers");
            else if (p.contains("/session/"))
                name = QStringLiteral("sessionevents");
            else if (p.contains("/users/"))
                name = QStringLiteral("userdetails");
            else if (p.endsWith("/live/events"))
                return TestHttpServer::Response::json(
                    R"({"data":[{"type":"init","time":"2021-03-23T09:31:49.647Z"}]})");
            return TestHttpServer::Response::json(specBody(name));
        });

        TimeRange tokyo;
        tokyo.start = 1618010248;
        tokyo.end = 1618211950;
        tokyo.zone = QTimeZone("Asia/Tokyo");
        TimeRange newYork = TimeRange::fromLocalDates(QDate(2024, 1, 10), QDate(2024, 1, 12),
                                                      QTimeZone("America/New_York"));

        Catch<QuickGlance> qg;
        Catch<DailyAnalytics> da;
        Catch<DailySeries> ev, er;
        Catch<QVector<EventProperty>> ep;
        Catch<Breakdown> ea;
        Catch<UserList> us;
        Catch<UserDetails> ud;
        Catch<QVector<Event>> se, le;
        Catch<OptNumber> lc;
        Catch<QVector<LiveUser>> lu;
        m_client->quickGlance(kApp, this, qg.callback());
        m_client->dailyAnalytics(kApp, tokyo, this, da.callback());
        m_client->events(kApp, newYork, this, ev.callback());
        m_client->eventProperties(kApp, tokyo, this, ep.callback());
        m_client->eventAttribute(kApp, QStringLiteral("init"), QStringLiteral("plan"), tokyo, this,
                                 ea.callback());
        m_client->errors(kApp, tokyo, this, er.callback());
        m_client->users(kApp, this, us.callback());
        m_client->userDetails(kApp, QStringLiteral("test_user"), this, ud.callback());
        m_client->sessionEvents(kApp, QStringLiteral("test_user"), QStringLiteral("s1"),
                                QStringLiteral("dev 1"), this, se.callback());
        m_client->liveEvents(kApp, this, le.callback());
        m_client->liveUsersCount(kApp, this, lc.callback());
        m_client->liveUsers(kApp, this, lu.callback());

        QTRY_VERIFY(qg.done() && da.done() && ev.done() && ep.done() && ea.done() && er.done() &&
                    us.done() && ud.done() && se.done() && le.done() && lc.done() && lu.done());
        QVERIFY(qg.get().ok() && da.get().ok() && ev.get().ok() && ep.get().ok() && ea.get().ok() &&
                er.get().ok() && us.get().ok() && ud.get().ok() && se.get().ok() && le.get().ok() &&
                lc.get().ok() && lu.get().ok());
        QCOMPARE(*qg.get().value().users, 15.0);
        QCOMPARE(da.get().value().usage.size(), 3);
        QCOMPARE(*lc.get().value(), 234.0);
        QCOMPARE(ud.get().value().sessions.size(), 2);
        QCOMPARE(le.get().value().size(), 1);

        QStringList targets;
        for (const auto &req : std::as_const(m_server->requests)) {
            targets.append(QString::fromUtf8(req.method + ' ' + req.target));
            QCOMPARE(req.headers.value("authorization"), kToken.toUtf8());
            QVERIFY(req.headers.value("user-agent").startsWith("NucleusDashboard/"));
            QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
        }
        const QString ny =
            QStringLiteral("?start=%1&end=%2&utcOffset=300").arg(newYork.start).arg(newYork.end);
        const QString tq = QStringLiteral("?start=1618010248&end=1618211950&utcOffset=-540");
        const QString a = QStringLiteral("GET /api/v1/apps/app1");
        QStringList expected = {
            a + QStringLiteral("/analytics/quickglance"),
            a + QStringLiteral("/analytics") + tq,
            a + QStringLiteral("/analytics/events") + ny,
            a + QStringLiteral("/analytics/eventsprops") + tq,
            a + QStringLiteral("/analytics/events/init/plan") + tq,
            a + QStringLiteral("/analytics/errors") + tq,
            a + QStringLiteral("/users"),
            a + QStringLiteral("/users/test_user"),
            a + QStringLiteral("/users/test_user/session/s1?device=dev%201"),
            a + QStringLiteral("/live/events"),
            a + QStringLiteral("/live/users/count"),
            a + QStringLiteral("/live/users"),
        };
        targets.sort();
        expected.sort();
        QCOMPARE(targets, expected);
        QCOMPARE(newYork.end - newYork.start + 1, qint64(3 * 24 * 3600));
    }

    void statusesMapToTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("401") << 401 << QByteArray(R"({"error":"bad token"})")
                             << int(ApiError::Kind::Unauthorized) << 1;
        QTest::newRow("403") << 403 << QByteArray() << int(ApiError::Kind::Forbidden) << 1;
        QTest::newRow("404") << 404 << QByteArray("Not Found") << int(ApiError::Kind::NotFound)
                             << 1;
        QTest::newRow("418") << 418 << QByteArray() << int(ApiError::Kind::HttpError) << 1;
        QTest::newRow("500") << 500 << QByteArray("oops") << int(ApiError::Kind::ServerError) << 3;
        QTest::newRow("502 html") << 502
                                  << QByteArray(
                                         "<html><body><h1>502 Bad Gateway</h1></body></html>")
                                  << int(ApiError::Kind::ServerError) << 3;
        QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>")
                                  << int(ApiError::Kind::InvalidResponse) << 1;
        QTest::newRow("200 wrong types") << 200 << QByteArray(R"({"data":{"users":"15"}})")
                                         << int(ApiError::Kind::InvalidResponse) << 1;
    }

    void statusesMapToTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, requests);
        fastRetries();
        m_server->setHandler([=](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.status = status;
            r.body = body;
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QVERIFY(!qg.get().ok());
        QCOMPARE(int(qg.get().error().kind), kind);
        QCOMPARE(m_server->requests.size(), requests);
        QCOMPARE(qg.get().error().path, QStringLiteral("/api/v1/apps/app1/analytics/quickglance"));
        QVERIFY(!qg.get().error().message().isEmpty());
        if (status != 200)
            QCOMPARE(qg.get().error().httpStatus, status);
    }

    void everyKindHasANameASentenceAndMaybeAnOutage()
    {
        // The kinds' table: a distinct stable name each (scripts read them), a sentence for
        // every error, and a short outage title only where the server itself is out.
        QSet<QString> names;
        for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::NotCached); ++k) {
            ApiError e;
            e.kind = ApiError::Kind(k);
            const QString name = ApiError::kindName(e.kind);
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(e.message().isEmpty(), e.kind == ApiError::Kind::None);
        }
        QCOMPARE(ApiError::kindName(ApiError::Kind::Unauthorized), QStringLiteral("unauthorized"));
        QCOMPARE(ApiError::kindName(ApiError::Kind::NotCached), QStringLiteral("not-cached"));
        ApiError failing;
        failing.kind = ApiError::Kind::ServerError;
        failing.httpStatus = 503;
        QCOMPARE(failing.outageTitle(), QStringLiteral("The server is failing (HTTP 503)"));
        QCOMPARE(failing.message(),
                 QStringLiteral("The server had an internal error. Try again later. (HTTP 503)"));
        ApiError missing;
        missing.kind = ApiError::Kind::NotFound;
        QVERIFY(missing.outageTitle().isEmpty());
        missing.kind = ApiError::Kind::Offline;
        QCOMPARE(missing.outageTitle(), QStringLiteral("Server unreachable"));
        missing.kind = ApiError::Kind::TooLarge;
        missing.limitBytes = 64 * 1024 * 1024;
        QVERIFY(missing.message().contains(QLatin1String("64 MB")));
    }

    void rateLimitHonoursRetryAfter()
    {
        m_server->setHandler([this](const TestHttpServer::Request &) {
            if (m_server->requests.size() == 1) {
                TestHttpServer::Response r = TestHttpServer::Response::json("{}", 429);
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return r;
            }
            return TestHttpServer::Response::json(specBody(QStringLiteral("livecount")));
        });
        QElapsedTimer timer;
        timer.start();
        Catch<OptNumber> lc;
        m_client->liveUsersCount(kApp, this, lc.callback());
        QTRY_VERIFY_WITH_TIMEOUT(lc.done(), 5000);
        QVERIFY(lc.get().ok());
        QCOMPARE(*lc.get().value(), 234.0);
        QCOMPARE(m_server->requests.size(), 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void longRetryAfterIsHandedToCaller()
    {
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r = TestHttpServer::Response::json("{}", 429);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
            return r;
        });
        Catch<OptNumber> lc;
        m_client->liveUsersCount(kApp, this, lc.callback());
        QTRY_VERIFY(lc.done());
        QCOMPARE(lc.get().error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(lc.get().error().retryAfterSecs, 3600);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void silentServerTimesOutWithBoundedRetries()
    {
        fastRetries();
        m_client->setTiming({300, 10000});
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.neverAnswer = true;
            return r;
        });
        QElapsedTimer timer;
        timer.start();
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY_WITH_TIMEOUT(qg.done(), 5000);
        QCOMPARE(qg.get().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server->requests.size(), 3); // first try + two retries
        QVERIFY(timer.elapsed() >= 900);
    }

    void overallCapEndsSlowTrickle()
    {
        m_client->setTiming({5000, 400});
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r = TestHttpServer::Response::json("{}");
            r.delayMs = 3000;
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY_WITH_TIMEOUT(qg.done(), 2000);
        QCOMPARE(qg.get().error().kind, ApiError::Kind::Timeout);
    }

    void oneDeadlineBoundsEveryCall()
    {
        // A call started within the deadline gets only what is left of it (its own cap is
        // longer); one started after it fails at once, without being sent.
        m_client->setTiming({60000, 60000});
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.neverAnswer = true;
            return r;
        });
        m_client->setDeadline(QDeadlineTimer(300));
        Catch<QuickGlance> first;
        m_client->quickGlance(kApp, this, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.done(), 5000);
        QCOMPARE(first.get().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server->requests.size(), 1);

        Catch<QuickGlance> late;
        m_client->quickGlance(kApp, this, late.callback());
        QTRY_VERIFY_WITH_TIMEOUT(late.done(), 5000);
        QCOMPARE(late.get().error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server->requests.size(), 1); // never sent
    }

    void deleteIsNeverRetried()
    {
        fastRetries();
        m_server->setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json("", 503);
        });
        Catch<ApiClient::Done> del;
        m_client->deleteUser(kApp, QStringLiteral("u1"), this, del.callback());
        QTRY_VERIFY(del.done());
        QCOMPARE(del.get().error().kind, ApiError::Kind::ServerError);
        QCOMPARE(m_client->callsInFlight(), 0); // delivered and closed: no retry can follow
        QCOMPARE(m_server->requests.size(), 1);
        QCOMPARE(m_server->requests[0].method, QByteArray("DELETE"));
    }

    void deleteAnswers204()
    {
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.status = 204;
            return r;
        });
        Catch<ApiClient::Done> del;
        m_client->deleteUser(kApp, QStringLiteral("user é/1"), this, del.callback());
        QTRY_VERIFY(del.done());
        QVERIFY(del.get().ok());
        QCOMPARE(m_server->requests[0].target,
                 QByteArray("/api/v1/apps/app1/users/user%20%C3%A9%2F1"));
    }

    void redirectLoopIsCappedAndSaysSo()
    {
        // The same URL again and again: followed kMaxRedirects times at most (each hop carries
        // the token), then named as a loop, not as "another address".
        m_server->setHandler([](const TestHttpServer::Request &req) {
            TestHttpServer::Response r;
            r.status = 307;
            r.headers.append(qMakePair(QByteArray("Location"), req.target));
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QCOMPARE(qg.get().error().kind, ApiError::Kind::RedirectLoop);
        QVERIFY2(qg.get().error().message().contains(QStringLiteral("redirect loop")),
                 qPrintable(qg.get().error().message()));
        QCOMPARE(m_server->requests.size(), 1 + ApiClient::kMaxRedirects);
    }

    void unfollowableRedirectIsNamed()
    {
        // ftp: is no web address: the 302 is not "refused", it cannot be followed.
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.status = 302;
            r.headers.append(
                qMakePair(QByteArray("Location"), QByteArray("ftp://127.0.0.1/moved?secret=1")));
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        const ApiError e = qg.get().error();
        QVERIFY2(e.kind == ApiError::Kind::BadRedirect || e.kind == ApiError::Kind::Redirect,
                 qPrintable(ApiError::kindName(e.kind)));
        QVERIFY(!e.message().contains(QStringLiteral("refused")));
        QVERIFY(!e.detail.contains(QStringLiteral("secret"))); // no query in what is logged
    }

    void brokenOffAndUndecodableAnswersSaySo_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::newRow("Content-Length longer than the body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 5000\r\nConnection: close\r\n\r\n{\"users\":")
            << int(ApiError::Kind::Incomplete);
        QTest::newRow("chunks that stop")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                          "a\r\n{\"users\":1\r\n")
            << int(ApiError::Kind::Incomplete);
        QTest::newRow("gzip that is not gzip")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Encoding: gzip\r\nContent-Length: 16\r\n"
                          "Connection: close\r\n\r\nthis is not gzip")
            << int(ApiError::Kind::Undecodable);
    }

    void brokenOffAndUndecodableAnswersSaySo()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        m_server->setHandler([raw](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.raw = raw;
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        const ApiError e = qg.get().error();
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(ApiError::Kind(kind)));
        // Never "could not be reached (HTTP 200)": the answer came, and was not whole.
        QVERIFY2(!e.message().contains(QStringLiteral("could not be reached")) &&
                     !e.message().contains(QStringLiteral("HTTP 200")),
                 qPrintable(e.message()));
    }

    void deleteIsSentExactlyOnce_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("connection closed at once") << 0;
        QTest::newRow("a status line that is not HTTP") << 1;
        QTest::newRow("a redirect to itself") << 2;
    }

    void deleteIsSentExactlyOnce()
    {
        // product.md §6: DELETE is never retried, whatever the server does: not by us, not by
        // Qt (which re-sends a request whose connection closed), not along redirects.
        QFETCH(int, fault);
        m_server->setHandler([fault](const TestHttpServer::Request &req) {
            TestHttpServer::Response r;
            if (req.method != "DELETE")
                return TestHttpServer::Response::json(specBody(QStringLiteral("quickglance")));
            if (fault == 0)
                r.closeWithoutAnswer = true;
            else if (fault == 1)
                r.raw = "SURPRISE\r\n\r\n";
            else {
                r.status = 307;
                r.headers.append(qMakePair(QByteArray("Location"), req.target));
            }
            return r;
        });
        Catch<ApiClient::Done> del;
        m_client->deleteUser(kApp, QStringLiteral("u1"), this, del.callback());
        QTRY_VERIFY(del.done());
        QVERIFY(!del.get().ok());
        // Said as what happened: no answer, or a redirect not followed; never "unreachable".
        const ApiError e = del.get().error();
        QCOMPARE(ApiError::kindName(e.kind),
                 ApiError::kindName(fault == 2 ? ApiError::Kind::BadRedirect
                                               : ApiError::Kind::NoAnswer));
        // A GET after it: once it has arrived, any re-sent DELETE would have too.
        Catch<QuickGlance> probe;
        m_client->quickGlance(kApp, this, probe.callback());
        QTRY_VERIFY(probe.done());
        const auto deletes = std::count_if(m_server->requests.cbegin(), m_server->requests.cend(),
                                           [](const auto &r) { return r.method == "DELETE"; });
        QCOMPARE(int(deletes), 1);
    }

    void getWithoutAnswerIsTriedThreeTimesInAll_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("connection closed at once") << 0;
        QTest::newRow("a status line that is not HTTP") << 1;
    }

    void getWithoutAnswerIsTriedThreeTimesInAll()
    {
        // product.md §6: a GET goes out once and is tried again at most twice; Qt's own silent
        // re-sends (three more per attempt) must not add to that.
        QFETCH(int, fault);
        m_server->setHandler([fault](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            if (fault == 0)
                r.closeWithoutAnswer = true;
            else
                r.raw = "SURPRISE\r\n\r\n";
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QCOMPARE(ApiError::kindName(qg.get().error().kind),
                 ApiError::kindName(ApiError::Kind::NoAnswer));
        QCOMPARE(m_server->requests.size(), 3);
    }

    void getClosedOnceIsAnsweredOnTheNextTry()
    {
        // What an idle connection the server closed looks like: the next try succeeds.
        m_server->setHandler([this](const TestHttpServer::Request &) {
            if (m_server->requests.size() == 1) {
                TestHttpServer::Response r;
                r.closeWithoutAnswer = true;
                return r;
            }
            return TestHttpServer::Response::json(specBody(QStringLiteral("quickglance")));
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QVERIFY(qg.get().ok());
        QCOMPARE(m_server->requests.size(), 2);
    }

    void redirectToAnotherOriginDoesNotCarryToken()
    {
        TestHttpServer other;
        QVERIFY(other.listen());
        const QByteArray elsewhere = other.baseUrl(QStringLiteral("/steal")).toString().toUtf8();
        m_server->setHandler([elsewhere](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.status = 302;
            r.headers.append(qMakePair(QByteArray("Location"), QByteArray(elsewhere)));
            return r;
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QCOMPARE(qg.get().error().kind, ApiError::Kind::Redirect);
        // A request of our own to the other server, after the refusal: once it is there, one
        // that followed the redirect (sent before the refusal) would be there too.
        ApiClient probe;
        probe.setBaseUrl(other.baseUrl());
        Catch<QuickGlance> sentinel;
        probe.quickGlance(kApp, this, sentinel.callback());
        QTRY_VERIFY(sentinel.done());
        QCOMPARE(other.requests.size(), 1); // the probe's alone
    }

    void sameOriginRedirectIsFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void sameOriginRedirectIsFollowed()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const TestHttpServer::Request &req) {
            if (req.path().endsWith("/quickglance")) {
                TestHttpServer::Response r;
                r.status = status;
                r.headers.append(qMakePair(QByteArray("Location"), QByteArray("/api/v2/moved")));
                return r;
            }
            return TestHttpServer::Response::json(specBody(QStringLiteral("quickglance")));
        });
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QVERIFY(qg.get().ok());
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests[1].headers.value("authorization"), kToken.toUtf8());
    }

    void supersededCallNeverDelivers()
    {
        // Which answer is wanted is the tracker's decision; the client carries out its cancel.
        m_server->setHandler([this](const TestHttpServer::Request &) {
            TestHttpServer::Response r = TestHttpServer::Response::json(
                m_server->requests.size() == 1 ? R"({"data":{"users":1}})"
                                               : R"({"data":{"users":2}})");
            r.delayMs = m_server->requests.size() == 1 ? 400 : 0;
            return r;
        });
        RequestTracker tracker;
        QSignalSpy settled(&tracker, &RequestTracker::settled);
        QVector<double> answers;
        auto ask = [&] {
            tracker.request<QuickGlance>(
                QStringLiteral("overview"),
                [&](ApiClient::Callback<QuickGlance> done) {
                    return m_client->cancelFunction(m_client->quickGlance(kApp, this, done));
                },
                [&](const Result<QuickGlance> &r) { answers.append(*r.value().users); });
        };
        ask();
        QTRY_COMPARE(m_server->requests.size(), 1);
        ask();
        QTRY_COMPARE(settled.size(), 1);
        // The first (superseded) answer would come 400 ms after it was asked for.
        QVERIFY(!QTest::qWaitFor([&] { return answers.size() > 1 || settled.size() > 1; }, 600));
        QCOMPARE(answers, QVector<double>{2.0});
        QCOMPARE(settled.size(), 1);
        QCOMPARE(tracker.supersededCount(), quint64(1));
        QVERIFY(!tracker.isBusy());
        QCOMPARE(m_client->callsInFlight(), 0);
    }

    void cancelledAndOrphanedCallsNeverDeliver()
    {
        m_server->setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r = TestHttpServer::Response::json(R"({"data":1})");
            r.delayMs = 200;
            return r;
        });
        Catch<OptNumber> cancelled, orphan;
        const ApiClient::CallId id = m_client->liveUsersCount(kApp, this, cancelled.callback());
        QVERIFY(id != 0);
        m_client->cancel(id);
        auto *context = new QObject;
        m_client->liveUsersCount(kApp, context, orphan.callback());
        delete context;
        // A third call, as slow, asked last: once its answer is in, theirs came before it.
        Catch<OptNumber> last;
        m_client->liveUsersCount(kApp, this, last.callback());
        QTRY_VERIFY(last.done());
        QCOMPARE(*cancelled.calls, 0);
        QCOMPARE(*orphan.calls, 0);
        QCOMPARE(m_client->callsInFlight(), 0);
    }

    void plainHttpToRemoteHostIsRefusedBeforeSending()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://example.com/api/v1")));
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QVERIFY(!qg.done()); // delivered asynchronously, like every answer
        QTRY_VERIFY(qg.done());
        QCOMPARE(qg.get().error().kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(m_server->requests.size(), 0);
    }

    void unreachableServerIsOffline()
    {
        const QUrl url = m_server->baseUrl();
        delete m_server;
        m_server = nullptr;
        m_client->setBaseUrl(url);
        fastRetries();
        Catch<QuickGlance> qg;
        m_client->quickGlance(kApp, this, qg.callback());
        QTRY_VERIFY(qg.done());
        QCOMPARE(qg.get().error().kind, ApiError::Kind::Offline);
        m_server = new TestHttpServer(this);
    }

    void tokenNeverReachesTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("nucleus.*=true"));
        g_logLines.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        fastRetries();
        m_server->setHandler([](const TestHttpServer::Request &req) {
            if (req.path().endsWith("/users"))
                return TestHttpServer::Response::json(R"({"data":[{"userId":5,"devices":"x"}]})");
            return TestHttpServer::Response::json("{}", 500);
        });
        Catch<QuickGlance> qg;
        Catch<UserList> us;
        m_client->quickGlance(kApp, this, qg.callback());
        m_client->users(kApp, this, us.callback());
        QTRY_VERIFY(qg.done() && us.done());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_logLines.isEmpty()); // the requests were logged...
        const QString all = g_logLines.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("/users")));
        QVERIFY(!all.contains(kToken));                       // ...without the token
        QVERIFY(!all.contains(QStringLiteral("\"userId\""))); // nor the body
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
