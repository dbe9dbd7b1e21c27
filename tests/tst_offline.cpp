// The answer cache in the window, on a real demo server: a page draws its kept answers at once
// (muted, "as of") while the fresh ones come; with the server gone the window opens on the
// last data and says so once; the cache file never holds the token; a deleted user's kept
// answers go with them.
#include "api/apiclient.h"
#include "api/endpoints.h"
#include "cache/answercache.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "named.h"
#include "pages/overviewpage.h"
#include "pages/userspage.h"
#include "panel.h"
#include "quickglancepanel.h"
#include "signalwait.h"
#include "testhttpserver.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString kToken = QStringLiteral("offline-test-token-4f1c9a");
const QString kAccount = QStringLiteral("http://127.0.0.1");
} // namespace

class TestOffline : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DemoFixture m_demo;
    std::unique_ptr<AnswerCache> m_cache;
    QString m_appId;

    QString cachePath() const { return m_dir.filePath(QStringLiteral("answers.sqlite")); }

    // A window as main() builds it: the client keeps and draws answers through the cache.
    struct Window {
        DashboardState state;
        std::unique_ptr<MainWindow> window;
    };
    std::unique_ptr<Window> openWindow()
    {
        auto w = std::make_unique<Window>();
        m_demo.client->setCache(m_cache.get(), kAccount);
        w->state.setApps({{m_appId, {}}});
        w->state.setPreset(DashboardState::Preset::Last7Days);
        w->window =
            std::make_unique<MainWindow>(m_demo.client.get(), &w->state, QStringLiteral("test"));
        w->window->setAnswerCache(m_cache.get());
        w->window->show();
        return w;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFile::remove(cachePath());
        m_cache = std::make_unique<AnswerCache>(cachePath());
        QVERIFY(m_demo.start(300, 40, kToken, QDateTime::currentSecsSinceEpoch()));
        m_appId = m_demo.server->appId();
    }
    void cleanup()
    {
        m_demo.stop();
        m_cache.reset();
    }

    void keptAnswersAreDrawnAtOnceThenReplaced()
    {
        {
            auto first = openWindow();
            first->state.refresh();
            QVERIFY(waitForOutcome(named<OverviewPage>(first->window, "overviewPage"),
                                   &AnalyticsPage::settled));
            m_cache->flush();
        }
        // Second start on a slow server: the kept answers are on screen long before the
        // fresh ones, muted and with their time; the fresh ones then replace them.
        m_demo.server->setLatencyMs(1500);
        auto second = openWindow();
        OverviewPage *page = named<OverviewPage>(second->window, "overviewPage");
        QSignalSpy settled(page, &AnalyticsPage::settled);
        second->state.refresh();
        Panel *usage = page->panels().first();
        QTRY_VERIFY_WITH_TIMEOUT(usage->state() == Panel::State::Ready, 1200);
        QVERIFY(page->isBusy()); // the fresh answers are still on their way
        QVERIFY(usage->showsOldData());
        QVERIFY(usage->asOfText().startsWith(QStringLiteral("as of ")));
        QVERIFY(page->dailyModel().rowCount() > 0);
        QCOMPARE(settled.size(), 0);
        QVERIFY(settled.wait(10000));
        QVERIFY(settled.last().at(0).toBool());
        QVERIFY(!usage->showsOldData());
        QVERIFY(usage->asOfText().isEmpty());
    }

    void withTheServerGoneTheWindowOpensOnTheLastData()
    {
        {
            auto first = openWindow();
            first->state.refresh();
            QVERIFY(waitForOutcome(named<OverviewPage>(first->window, "overviewPage"),
                                   &AnalyticsPage::settled));
            m_cache->flush();
        }
        m_demo.server.reset(); // the laptop went offline
        auto second = openWindow();
        OverviewPage *page = named<OverviewPage>(second->window, "overviewPage");
        second->state.refresh();
        bool ok = true;
        QVERIFY(waitForOutcome(page, &AnalyticsPage::settled, &ok, 30000));
        QVERIFY(!ok);
        QVERIFY2(page->failureSummary().startsWith(
                     QStringLiteral("Server unreachable — showing data as of ")),
                 qPrintable(page->failureSummary()));
        for (Panel *panel : page->panels()) {
            QCOMPARE(panel->state(), Panel::State::Error);
            QVERIFY(panel->showsOldData());
            QVERIFY(panel->asOfText().startsWith(QStringLiteral("as of ")));
        }
        QVERIFY(page->dailyModel().rowCount() > 0); // the last data, drawn
        // The status bar says it once every page has settled.
        QTRY_VERIFY_WITH_TIMEOUT(
            second->window->statusText().startsWith(QStringLiteral("offline · as of ")), 30000);

        // Another range, never loaded: the last range's data must not pass for its old data.
        second->state.setPreset(DashboardState::Preset::Last30Days);
        QVERIFY(waitForOutcome(page, &AnalyticsPage::settled, &ok, 30000));
        QVERIFY(!ok);
        // The range's panels have nothing; the quick glance (the last 24 hours, whatever the
        // range) still shows its kept answer.
        QVERIFY(page->quickGlance()->isFromCache());
        QVERIFY2(page->failureSummary().startsWith(
                     QStringLiteral("Server unreachable — showing data as of ")),
                 qPrintable(page->failureSummary()));
        for (Panel *panel : page->panels()) {
            QVERIFY(!panel->showsOldData());
            QVERIFY(panel->asOfText().isEmpty());
            QVERIFY(!panel->placeholderText().isEmpty());
        }
    }

    void theCacheFileNeverHoldsTheToken()
    {
        auto w = openWindow();
        for (int page = MainWindow::Overview; page <= MainWindow::Live; ++page) {
            w->window->showPage(page);
            QSignalSpy settled(w->window->currentPage(), &AnalyticsPage::settled);
            w->state.refresh();
            QVERIFY(settled.wait(20000));
        }
        m_cache->flush();
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 10000); // answers were kept
        QVERIFY(!bytes.contains(kToken.toUtf8()));
        QVERIFY(!bytes.contains(kToken.toUtf8().toBase64()));
    }

    void aDeletedUsersAnswersGoWithThem()
    {
        ApiClient *client = m_demo.client.get();
        client->setCache(m_cache.get(), kAccount);
        const QString app = m_demo.server->appId();
        const QString user = m_demo.server->api().data().users.first().userId;
        std::optional<bool> done;
        client->userDetails(app, user, this,
                            [&done](const Result<UserDetails> &r) { done = r.ok(); });
        QTRY_VERIFY(done.has_value());
        m_cache->flush();
        const QString key = Endpoints::userDetails(app, user).cacheKey();
        std::optional<std::optional<AnswerCache::Entry>> kept;
        m_cache->get(kAccount, app, key, this, [&kept](const auto &e) { kept = e; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(kept->has_value());

        std::optional<bool> deleted;
        client->deleteUser(app, user, this,
                           [&deleted](const Result<ApiClient::Done> &r) { deleted = r.ok(); });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(*deleted);
        m_cache->flush();
        kept.reset();
        m_cache->get(kAccount, app, key, this, [&kept](const auto &e) { kept = e; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(!kept->has_value());
    }

    void theUsersPageOfflineKeepsWhatItShowedMarkedOld()
    {
        const QString seen = m_demo.server->api().data().users.first().userId;
        const QString unseen = m_demo.server->api().data().users.last().userId;
        {
            auto first = openWindow();
            UsersPage *users = named<UsersPage>(first->window, "usersPage");
            first->window->showPage(MainWindow::Users);
            first->state.refresh();
            QVERIFY(waitForOutcome(users, &AnalyticsPage::settled));
            users->openUser(seen);
            QVERIFY(waitForOutcome(users, &AnalyticsPage::settled));
            QVERIFY(!users->detailsText().isEmpty());
            m_cache->flush();
        }
        m_demo.server.reset(); // offline
        auto second = openWindow();
        UsersPage *users = named<UsersPage>(second->window, "usersPage");
        second->window->showPage(MainWindow::Users);
        second->state.refresh();
        bool ok = true;
        QVERIFY(waitForOutcome(users, &AnalyticsPage::settled, &ok, 30000));
        QVERIFY(!ok);
        // The kept list, muted with its time; said once, by the window's banner.
        QTRY_VERIFY(users->usersModel().rowCount() > 0);
        QTRY_VERIFY(users->usersPanel()->showsOldData());
        QVERIFY(users->usersPanel()->asOfText().startsWith(QStringLiteral("as of ")));

        // The user seen before: their kept details stay, marked old.
        users->openUser(seen);
        QVERIFY(waitForOutcome(users, &AnalyticsPage::settled, &ok, 30000));
        QVERIFY(!ok);
        QCOMPARE(users->detailPanel()->state(), Panel::State::Error);
        QVERIFY(users->detailPanel()->showsOldData());
        QVERIFY(users->detailPanel()->asOfText().startsWith(QStringLiteral("as of ")));
        QVERIFY(!users->detailsText().isEmpty());

        // A user never seen: nothing to show, and nothing passes for their old data.
        users->openUser(unseen);
        QVERIFY(waitForOutcome(users, &AnalyticsPage::settled, &ok, 30000));
        QCOMPARE(users->detailPanel()->state(), Panel::State::Error);
        QVERIFY(!users->detailPanel()->showsOldData());
        QVERIFY(users->detailPanel()->asOfText().isEmpty());
        QVERIFY(users->detailsText().isEmpty());
    }

    void aUsersListAskedBeforeADeletionIsNotKept()
    {
        // The users list is on its way (slow) when a user is deleted: when it lands it still
        // names the user, so it is shown but not kept, or the next start would bring them back.
        TestHttpServer server;
        QVERIFY(server.listen());
        QFile spec(QStringLiteral(NUCLEUS_TEST_DATA "/spec-users.json"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        const QByteArray users = spec.readAll();
        server.setHandler([&users](const TestHttpServer::Request &r) {
            if (r.method == "DELETE")
                return TestHttpServer::Response::json("{}");
            auto list = TestHttpServer::Response::json(users);
            list.delayMs = 600;
            return list;
        });
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setToken(QStringLiteral("t"));
        client.setCache(m_cache.get(), kAccount);
        const QString app = QStringLiteral("app-1");
        std::optional<bool> listed, deleted;
        QStringList order;
        client.users(app, this, [&](const Result<UserList> &r) {
            if (!r.isFromCache()) {
                listed = r.ok();
                order.append(QStringLiteral("list"));
            }
        });
        client.deleteUser(app, QStringLiteral("someone"), this,
                          [&](const Result<ApiClient::Done> &r) {
                              deleted = r.ok();
                              order.append(QStringLiteral("delete"));
                          });
        QTRY_VERIFY(deleted.has_value() && listed.has_value());
        QVERIFY(*deleted && *listed);
        // The race under test: the list, asked for first, landed after the deletion.
        QCOMPARE(order, (QStringList{QStringLiteral("delete"), QStringLiteral("list")}));
        m_cache->flush();
        std::optional<std::optional<AnswerCache::Entry>> kept;
        m_cache->get(kAccount, app, Endpoints::users(app).cacheKey(), this,
                     [&kept](const auto &e) { kept = e; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(!kept->has_value());

        // Asked after the deletion, the list is kept again.
        listed.reset();
        client.users(app, this, [&listed](const Result<UserList> &r) {
            if (!r.isFromCache())
                listed = r.ok();
        });
        QTRY_VERIFY(listed.has_value());
        m_cache->flush();
        kept.reset();
        m_cache->get(kAccount, app, Endpoints::users(app).cacheKey(), this,
                     [&kept](const auto &e) { kept = e; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(kept->has_value());
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
