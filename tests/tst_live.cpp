// Live polling against the demo server whose live numbers follow an injected clock: counts and
// lists update, no overlapping polls, backoff and recovery, pausing, 401; and the incremental
// live models (no reset, selection kept).
#include "api/apiclient.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "live/livemodels.h"
#include "live/livepoller.h"
#include "mainwindow.h"
#include "named.h"
#include "pages/livepage.h"
#include "panel.h"
#include "signalwait.h"
#include "testhttpserver.h"
#include "traycounter.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace {
LiveUser liveUser(const char *id)
{
    LiveUser u;
    u.userId = QLatin1String(id);
    u.deviceId = QStringLiteral("dev-") + u.userId;
    u.platform = QStringLiteral("win");
    u.lastSeen = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
    return u;
}

Event liveEvent(int second, const char *type)
{
    Event e;
    e.time = QDateTime(QDate(2026, 1, 1), QTime(10, 0, second), QTimeZone::utc());
    e.type = QLatin1String(type);
    e.userId = QStringLiteral("u");
    return e;
}
} // namespace

class TestLive : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    DemoServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<LivePoller> m_poller;
    qint64 m_now = 0;

    // The poller's own backoff is under test: the client does not retry.
    static void useWithoutRetries(ApiClient &client, const TestHttpServer &server)
    {
        client.setBaseUrl(server.baseUrl());
        client.setToken(QStringLiteral("t"));
        RetryPolicy once;
        once.maxRetries = 0;
        client.setRetryPolicy(once);
    }

    bool nextPoll(bool *ok = nullptr)
    {
        return waitForOutcome(m_poller.get(), &LivePoller::pollFinished, ok, 10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings of our own
    void init()
    {
        m_now = QDateTime(QDate(2026, 6, 30), QTime(14, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(m_demo.start(3000, 30, QStringLiteral("t"), m_now, [this] { return m_now; }));
        m_server = m_demo.server.get();
        m_client = m_demo.client.get();
        RetryPolicy once;
        once.maxRetries = 0; // the poller's own backoff is under test
        m_client->setRetryPolicy(once);
        m_poller = std::make_unique<LivePoller>(m_client);
        m_poller->setInterval(50);
        m_poller->setAppId(m_server->appId());
    }
    void cleanup()
    {
        m_poller.reset();
        m_demo.stop();
    }

    void countsAndListsFollowTheClock()
    {
        QSignalSpy counts(m_poller.get(), &LivePoller::countUpdated);
        QSignalSpy users(m_poller.get(), &LivePoller::usersUpdated);
        QSignalSpy events(m_poller.get(), &LivePoller::eventsUpdated);
        m_poller->setActive(true);
        bool ok = false;
        QVERIFY(nextPoll(&ok));
        QVERIFY(ok);
        const double first = counts.last().at(0).value<OptNumber>().value_or(-1);
        QVERIFY(first > 0);
        QCOMPARE(users.last().at(0).value<QVector<LiveUser>>().size(), int(first));
        QVERIFY(!events.last().at(0).value<QVector<Event>>().isEmpty());
        QSet<double> seen{first};
        for (int i = 0; i < 12; ++i) {
            m_now += 5 * 60; // five minutes later
            QVERIFY(nextPoll());
            seen.insert(counts.last().at(0).value<OptNumber>().value_or(-1));
        }
        QVERIFY2(seen.size() > 3, "the live count should drift as the clock moves");
        QCOMPARE(m_poller->history().size(), counts.size());
        QVERIFY(m_poller->lastUpdated().isValid());
        QVERIFY(!m_poller->isStale());
    }

    void pollsNeverOverlap()
    {
        m_server->setLatencyMs(150);
        m_poller->setInterval(10);
        QSignalSpy finished(m_poller.get(), &LivePoller::pollFinished);
        m_poller->setActive(true);
        m_poller->pollNow(); // already polling: no second poll
        m_poller->pollNow();
        QCOMPARE(m_poller->pollsStarted(), quint64(1));
        // At every poll's end, at most the next one has started.
        quint64 mostOverlap = 0;
        connect(m_poller.get(), &LivePoller::pollFinished, this, [&] {
            mostOverlap =
                std::max(mostOverlap, m_poller->pollsStarted() - quint64(finished.size()));
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 10000);
        QCOMPARE(mostOverlap, quint64(0)); // the next starts only after the last ended
        m_poller->setActive(false);
    }

    void backsOffOnFailureAndRecovers()
    {
        m_server->setFailRate(1.0);
        QSignalSpy stale(m_poller.get(), &LivePoller::staleChanged);
        m_poller->setActive(true);
        QVector<int> delays;
        for (int i = 0; i < 4; ++i) {
            bool ok = true;
            QVERIFY(nextPoll(&ok));
            QVERIFY(!ok);
            delays.append(m_poller->currentDelay());
        }
        QCOMPARE(delays, (QVector<int>{100, 200, 400, 800}));
        QVERIFY(m_poller->isStale());
        QCOMPARE(stale.size(), 1);
        m_server->setFailRate(0);
        bool ok = false;
        QVERIFY(nextPoll(&ok));
        QVERIFY(ok);
        QCOMPARE(m_poller->currentDelay(), 50);
        QVERIFY(!m_poller->isStale());
        QCOMPARE(stale.size(), 2);
        // The backoff never waits longer than five minutes.
        m_poller->setInterval(200000);
        m_server->setFailRate(1.0);
        m_poller->pollNow();
        QVERIFY(nextPoll());
        QCOMPARE(m_poller->currentDelay(), LivePoller::kMaxBackoffMs);
        m_poller->setActive(false);
    }

    void pausedWhileInactive()
    {
        m_poller->setActive(true);
        QVERIFY(nextPoll());
        m_poller->setActive(false);
        QTRY_VERIFY(!m_poller->isPolling()); // a poll already in flight may still finish
        QVERIFY(!m_poller->isScheduled());   // and nothing will start another
        const quint64 started = m_poller->pollsStarted();
        m_poller->setActive(true); // back on screen: polls at once
        QCOMPARE(m_poller->pollsStarted(), started + 1);
        QVERIFY(nextPoll());
    }

    void unauthorizedStopsPolling()
    {
        m_client->setToken(QStringLiteral("wrong"));
        QSignalSpy denied(m_poller.get(), &LivePoller::authenticationFailed);
        m_poller->setActive(true);
        QVERIFY(denied.wait(5000));
        QVERIFY(m_poller->isStopped());
        QTRY_VERIFY(!m_poller->isPolling());
        QVERIFY(!m_poller->isScheduled()); // asking again with the same token: never
        m_client->setToken(QStringLiteral("t"));
        m_poller->restart();
        bool ok = false;
        QVERIFY(nextPoll(&ok));
        QVERIFY(ok);
    }

    void liveUsersUpdateInPlaceKeepingSelection()
    {
        LiveUsersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update({liveUser("a"), liveUser("b"), liveUser("c"), liveUser("d")});
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(2, 0),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        LiveUser cLater = liveUser("c");
        cLater.lastSeen = cLater.lastSeen.addSecs(30);
        model.update({liveUser("e"), cLater, liveUser("a")}); // b and d leave, e arrives
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // c's last seen
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a")); // stayed in place
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("c"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("e")); // appended
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("c"));
        QVERIFY(selection.isRowSelected(1));
    }

    void liveEventsNewestFirstAndCapped()
    {
        LiveEventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        model.update({liveEvent(1, "A"), liveEvent(2, "B"), liveEvent(3, "C"), liveEvent(4, "D"),
                      liveEvent(5, "E")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LiveEventsModel::TypeColumn).data().toString(),
                 QStringLiteral("E"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.update({liveEvent(4, "D"), liveEvent(5, "E"), liveEvent(6, "F")}); // only F is new
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LiveEventsModel::TypeColumn).data().toString(),
                 QStringLiteral("F"));
        QCOMPARE(model.index(2, LiveEventsModel::TypeColumn).data().toString(),
                 QStringLiteral("D"));
    }

    void aPartialFailureSaysWhichPartAndKeepsTheCountCurrent()
    {
        // The count and users come through but the events fail: the count is current (not
        // "stale", "last updated" moves), and the poller names the part that failed. Then the
        // count fails too: now the count drawn is old, and its time is the last good one.
        TestHttpServer server;
        QVERIFY(server.listen());
        bool countFails = false;
        server.setHandler([&countFails](const TestHttpServer::Request &r) {
            if (r.path().endsWith("/live/events"))
                return TestHttpServer::Response::json(R"({"error":"boom"})", 500);
            if (r.path().endsWith("/live/users/count"))
                return countFails ? TestHttpServer::Response::json(R"({"error":"boom"})", 500)
                                  : TestHttpServer::Response::json(R"({"data":7})");
            return TestHttpServer::Response::json(R"({"data":[]})");
        });
        ApiClient client;
        useWithoutRetries(client, server);
        LivePoller poller(&client);
        QDateTime clock(QDate(2026, 6, 30), QTime(14, 0), QTimeZone::utc());
        poller.setClock([&clock] { return clock; });
        poller.setInterval(60000);
        poller.setAppId(QStringLiteral("app"));
        QSignalSpy finished(&poller, &LivePoller::pollFinished);
        poller.setActive(true);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!poller.isStale());
        QCOMPARE(poller.lastUpdated(), clock);
        QCOMPARE(poller.failedParts(), QStringList{QStringLiteral("live events")});

        countFails = true;
        const QDateTime countedAt = clock;
        clock = clock.addSecs(120);
        poller.pollNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(poller.isStale());
        QCOMPARE(poller.lastUpdated(), countedAt);
        QCOMPARE(poller.failedParts().size(), 2);
    }

    void aListThatFailsSaysSoOnItsPanel()
    {
        // The events fail from the start: their panel leaves "Loading…" for its failed state
        // (the line under the count says why). Once they came, a failure keeps them, muted
        // with their time; the users' panel, whose part came, stays current throughout.
        TestHttpServer server;
        QVERIFY(server.listen());
        bool eventsFail = true;
        server.setHandler([&eventsFail](const TestHttpServer::Request &r) {
            if (r.path().endsWith("/live/events"))
                return eventsFail ? TestHttpServer::Response::json(R"({"error":"boom"})", 500)
                                  : TestHttpServer::Response::json(
                                        R"({"data":[{"time":"2026-06-30T14:00:00.000Z",)"
                                        R"("type":"A","user_id":"u"}]})");
            if (r.path().endsWith("/live/users/count"))
                return TestHttpServer::Response::json(R"({"data":1})");
            return TestHttpServer::Response::json(R"({"data":[]})");
        });
        ApiClient client;
        useWithoutRetries(client, server);
        DashboardState state;
        state.setApps({{QStringLiteral("app"), {}}});
        LivePage page(&client, &state);
        page.poller()->setInterval(60000);
        page.show();
        QSignalSpy finished(page.poller(), &LivePoller::pollFinished);
        state.refresh();
        QVERIFY(finished.wait(10000));
        Panel *events = page.eventsPanel();
        QCOMPARE(events->state(), Panel::State::Error);
        QVERIFY(!events->showsOldData());
        QCOMPARE(events->placeholderText(), QStringLiteral("Live events could not be loaded."));
        QVERIFY(!events->hasBanner()); // said once, under the count
        QVERIFY(page.statusText().contains(QStringLiteral("live events could not be loaded")));
        QCOMPARE(page.usersPanel()->state(), Panel::State::Empty);

        eventsFail = false;
        page.poller()->pollNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(events->state(), Panel::State::Ready);
        QVERIFY(events->asOfText().isEmpty());

        eventsFail = true;
        page.poller()->pollNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(events->state(), Panel::State::Error);
        QVERIFY(events->showsOldData());
        QVERIFY(events->asOfText().startsWith(QStringLiteral("as of ")));
        QCOMPARE(page.eventsModel().rowCount(), 1);
        QCOMPARE(page.usersPanel()->state(), Panel::State::Empty);
        QVERIFY(!page.usersPanel()->showsOldData());
    }

    void liveTimesInTheGivenZone()
    {
        LiveEventsModel events;
        LiveUsersModel users;
        events.update({liveEvent(1, "A")});
        users.update({liveUser("a")});
        QSignalSpy changed(&events, &QAbstractItemModel::dataChanged);
        for (const char *id : {"Asia/Kolkata", "America/Los_Angeles"}) {
            const QTimeZone zone(id);
            events.setTimeZone(zone);
            users.setTimeZone(zone);
            const QDateTime eventTime = liveEvent(1, "A").time;
            QCOMPARE(events.index(0, LiveEventsModel::TimeColumn).data().toString(),
                     QLocale().toString(eventTime.toTimeZone(zone), QStringLiteral("HH:mm:ss")));
            QCOMPARE(users.index(0, LiveUsersModel::LastSeenColumn).data().toString(),
                     QLocale().toString(liveUser("a").lastSeen.toTimeZone(zone),
                                        QStringLiteral("HH:mm:ss")));
        }
        QCOMPARE(changed.size(), 2); // redrawn in place, once per zone
    }

    void hiddenWindowPausesThePage()
    {
        DashboardState state;
        state.setApps({{m_server->appId(), {}}});
        MainWindow window(m_client, &state, QStringLiteral("test"));
        window.show();
        LivePage *live = named<LivePage>(window, "livePage");
        QVERIFY(!live->poller()->isActive()); // not the current page
        window.showPage(MainWindow::Live);
        QTRY_VERIFY(live->poller()->isActive());
        state.refresh();
        QTRY_VERIFY(live->countText() != QStringLiteral("—"));
        window.hide();
        QVERIFY(!live->poller()->isActive() || named<TrayCounter>(window, "tray")->isEnabled());
        window.show();
        QTRY_VERIFY(live->poller()->isActive());
    }
};

QTEST_MAIN(TestLive)
#include "tst_live.moc"
