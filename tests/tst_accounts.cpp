// Accounts in one window: the welcome page, the demo, two saved accounts switched in place from
// the app switcher and from Settings, a missing token, Connect cancelled. Real demo servers over
// HTTP on 127.0.0.1; the keychain is a MemoryStore (the real one has tst_keychain).
#include "accountopener.h"
#include "alertmonitor.h"
#include "alertsettings.h"
#include "appswitcher.h"
#include "apptile.h"
#include "auth/accountsettings.h"
#include "auth/memorystore.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "live/livemodels.h"
#include "localdevpanel.h"
#include "mainwindow.h"
#include "named.h"
#include "pages/appspage.h"
#include "pages/livepage.h"
#include "pages/overviewpage.h"
#include "pages/settingspage.h"
#include "signalwait.h"
#include "traycounter.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestAccounts : public QObject {
    Q_OBJECT
private:
    DemoFixture m_first, m_second;
    std::unique_ptr<MemoryStore> m_keychain; // a fresh one per test
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AccountOpener> m_opener;

    void makeWindow(bool interactive)
    {
        m_client = std::make_unique<ApiClient>();
        m_state = std::make_unique<DashboardState>();
        m_window = std::make_unique<MainWindow>(m_client.get(), m_state.get(), QString(),
                                                m_keychain.get());
        m_opener = std::make_unique<AccountOpener>(
            AccountOpener::Setup{m_client.get(), m_state.get(), m_window.get(), m_keychain.get(),
                                 nullptr, 0, interactive});
        m_window->show();
    }

    bool overviewSettled()
    {
        bool ok = false;
        return waitForOutcome(named<OverviewPage>(m_window, "overviewPage"),
                              &AnalyticsPage::settled, &ok) &&
               ok;
    }

    // The switcher's row of `kind` (and `server`, for another account).
    int switcherRow(AppSwitcher::Kind kind, const QUrl &server = {})
    {
        AppSwitcher *box = named<AppSwitcher>(m_window, "appBox");
        for (int row = 0; row < box->count(); ++row) {
            if (box->itemData(row, AppSwitcher::KindRole).toInt() == int(kind) &&
                (server.isEmpty() || box->itemData(row, AppSwitcher::ServerRole).toUrl() == server))
                return row;
        }
        return -1;
    }

    QString statusLine() const
    {
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        QStringList texts;
        for (QLabel *label : labels)
            texts.append(label->text());
        return texts.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_first.start(80, 40, QStringLiteral("first-token"),
                              QDateTime::currentSecsSinceEpoch()));
        QVERIFY(m_second.start(40, 40, QStringLiteral("second-token"),
                               QDateTime::currentSecsSinceEpoch()));
    }

    void init()
    {
        for (const Account &account : AccountSettings().accounts())
            AccountSettings().removeAccount(account.server);
        AccountSettings().addApp(m_first.server->baseUrl(),
                                 {m_first.server->appId(), QStringLiteral("First app")});
        AccountSettings().addApp(m_second.server->baseUrl(),
                                 {m_second.server->appId(), QStringLiteral("Second app")});
        m_keychain = std::make_unique<MemoryStore>();
        bool stored = false;
        m_keychain->write(secretKeyForServer(m_first.server->baseUrl()),
                          QStringLiteral("first-token"),
                          [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
    }

    void cleanup()
    {
        m_opener.reset();
        m_window.reset();
        m_state.reset();
        m_client.reset();
    }

    void cleanupTestCase()
    {
        m_first.stop();
        m_second.stop();
    }

    // --dev: a dev server in this process; what an app posts shows on the Live page, and
    // Settings says where to send it. Port 0 here (a random one): tests run side by side.
    void localDevelopmentShowsWhatAnAppSends()
    {
        makeWindow(true);
        QTemporaryDir dir;
        m_opener->openDev(QStringLiteral("my-app"), dir.filePath(QStringLiteral("ev.sqlite")), 0);
        LocalDevPanel *panel = named<SettingsPage>(m_window, "settingsPage")->localDevelopment();
        QTRY_VERIFY(!panel->httpAddress().isEmpty());
        QVERIFY2(panel->webSocketAddress().startsWith(QLatin1String("ws://127.0.0.1:")),
                 qPrintable(panel->webSocketAddress()));
        QVERIFY(panel->httpAddress().endsWith(QLatin1String("/app/my-app/track")));
        QCOMPARE(m_window->currentPage(),
                 static_cast<AnalyticsPage *>(named<LivePage>(m_window, "livePage")));
        QVERIFY(statusLine().contains(QLatin1String("Local development")));

        // The page's own curl example, sent as curl would.
        const QString curl = panel->curlExample();
        const QByteArray body = curl.section(QLatin1Char('\''), 1, 1).toUtf8();
        QVERIFY2(QJsonDocument::fromJson(body).isObject(), body.constData());
        QNetworkAccessManager net;
        QNetworkRequest request{QUrl(panel->httpAddress())};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = net.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            named<LivePage>(m_window, "livePage")->eventsModel().rowCount() >= 1, 10000);
        QCOMPARE(named<LivePage>(m_window, "livePage")
                     ->eventsModel()
                     .index(0, LiveEventsModel::TypeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("HELLO"));
    }

    void switchesAccountInPlace()
    {
        makeWindow(false);
        const QUrl first = m_first.server->baseUrl(), second = m_second.server->baseUrl();
        bool stored = false;
        m_keychain->write(secretKeyForServer(second), QStringLiteral("second-token"),
                          [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
        m_opener->openSaved(first, m_first.server->appId());
        QVERIFY(overviewSettled());
        QCOMPARE(m_client->baseUrl(), first);
        QCOMPARE(m_state->accountKey(), secretKeyForServer(first));
        QVERIFY(statusLine().contains(first.host()));
        // The switcher lists the open account, the other saved account and the demo.
        QVERIFY(switcherRow(AppSwitcher::Kind::OtherAccount, second) >= 0);
        QVERIFY(switcherRow(AppSwitcher::Kind::Demo) >= 0);
        QCOMPARE(named<AppSwitcher>(m_window, "appBox")->currentData().toString(),
                 m_first.server->appId());

        // The other account's app, from the switcher: same window, its token, its data.
        emit named<AppSwitcher>(m_window, "appBox")
            ->activated(switcherRow(AppSwitcher::Kind::OtherAccount, second));
        QVERIFY(overviewSettled());
        QCOMPARE(m_client->baseUrl(), second);
        QCOMPARE(m_state->accountKey(), secretKeyForServer(second));
        QCOMPARE(m_state->appId(), m_second.server->appId());
        QCOMPARE(named<AppSwitcher>(m_window, "appBox")->openAccountApps(),
                 QStringList{m_second.server->appId()});
        QVERIFY(switcherRow(AppSwitcher::Kind::OtherAccount, first) >= 0);
        // Loaded from the second server with the second token: its numbers, no failure.
        QVERIFY(named<OverviewPage>(m_window, "overviewPage")->requests().failures().isEmpty());
        QCOMPARE(AccountSettings().lastServer(), second); // the next start opens it

        // Settings → Open (a double-click on the row does the same).
        emit named<SettingsPage>(m_window, "settingsPage")
            ->openRequested(first, m_first.server->appId());
        QVERIFY(overviewSettled());
        QCOMPARE(m_client->baseUrl(), first);

        // The demo, from the switcher: started in-process, then shown in place.
        QSignalSpy demoSettled(named<OverviewPage>(m_window, "overviewPage"),
                               &AnalyticsPage::settled);
        emit named<AppSwitcher>(m_window, "appBox")
            ->activated(switcherRow(AppSwitcher::Kind::Demo));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_state->accountKey() == QLatin1String("demo") && !demoSettled.isEmpty(), 30000);
        QVERIFY(demoSettled.last().at(0).toBool());
        QVERIFY(m_client->baseUrl().host() == QLatin1String("127.0.0.1"));
        QVERIFY(m_client->baseUrl() != first && m_client->baseUrl() != second);
        QVERIFY(statusLine().contains(QStringLiteral("Demo data")));
        QCOMPARE(switcherRow(AppSwitcher::Kind::Demo), -1); // it is the open one now
    }

    void theLastChoiceWinsAndRunsToldWhatToShowAreNotRemembered()
    {
        makeWindow(false);
        AccountSettings().setLast(m_second.server->baseUrl(), m_second.server->appId());
        // A run told what to show (NUCLEUS_TOKEN, screenshot) leaves "last account" alone.
        m_opener->setRememberFirst(false);
        m_opener->openWithToken(m_first.server->baseUrl(), m_first.server->appId(),
                                QStringLiteral("first-token"));
        QCOMPARE(AccountSettings().lastServer(), m_second.server->baseUrl());
        QVERIFY(overviewSettled());
        // A saved account asked for (its token read from the keychain), then the demo at once:
        // the keychain's late answer must not replace the demo.
        QSignalSpy settled(named<OverviewPage>(m_window, "overviewPage"), &AnalyticsPage::settled);
        m_opener->openSaved(m_first.server->baseUrl(), m_first.server->appId());
        m_opener->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_state->accountKey() == QLatin1String("demo") && !settled.isEmpty(), 30000);
        QCoreApplication::processEvents(); // anything still queued has been delivered
        QCOMPARE(m_state->accountKey(), QStringLiteral("demo"));
        // The demo's three apps, in the switcher and on the All-apps page after the saved ones.
        QCOMPARE(m_state->apps().size(), 3);
        QCOMPARE(named<AppsPage>(m_window, "appsPage")->entries().size(), 2 + 3);
        QCOMPARE(named<AppsPage>(m_window, "appsPage")->entries().last().appId,
                 QStringLiteral("demo-sync"));
        // A switch the user makes is remembered.
        m_opener->openSaved(m_first.server->baseUrl(), m_first.server->appId());
        QTRY_COMPARE(m_client->baseUrl(), m_first.server->baseUrl());
        QCOMPARE(AccountSettings().lastServer(), m_first.server->baseUrl());
    }

    void allAppsShowsEveryAccountEachTileOnItsOwn()
    {
        // A third account whose server is gone: its tile fails on its own.
        const QUrl gone(QStringLiteral("http://127.0.0.1:1/api/v1"));
        AccountSettings().addApp(gone, {QStringLiteral("gone-app"), QStringLiteral("Gone app")});
        int stored = 0;
        m_keychain->write(secretKeyForServer(m_second.server->baseUrl()),
                          QStringLiteral("second-token"), [&](const SecretResult &) { ++stored; });
        m_keychain->write(secretKeyForServer(gone), QStringLiteral("gone-token"),
                          [&](const SecretResult &) { ++stored; });
        QTRY_COMPARE(stored, 2);
        makeWindow(true);
        m_opener->openSaved(m_first.server->baseUrl(), m_first.server->appId());
        QVERIFY(overviewSettled());

        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        AppsPage *apps = named<AppsPage>(m_window, "appsPage");
        QCOMPARE(m_window->currentPage(), static_cast<AnalyticsPage *>(apps));
        const QVector<AppTile *> tiles = apps->tiles();
        QCOMPARE(tiles.size(), 3);
        auto settledTile = [](const AppTile *t) { return t->state() != Panel::State::Loading; };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tiles.cbegin(), tiles.cend(), settledTile), 30000);
        QCOMPARE(tiles[0]->title(), QStringLiteral("First app"));
        QCOMPARE(tiles[0]->state(), Panel::State::Ready);
        QCOMPARE(tiles[1]->state(), Panel::State::Ready);
        QVERIFY2(!tiles[1]->summaryText().contains(QStringLiteral(": — users")),
                 qPrintable(tiles[1]->summaryText()));
        // The failing one says why, with its own Retry; the page has no outage to report.
        QCOMPARE(tiles[2]->title(), QStringLiteral("Gone app"));
        QCOMPARE(tiles[2]->state(), Panel::State::Error);
        QVERIFY2(tiles[2]->errorText().contains(QStringLiteral("could not be reached")),
                 qPrintable(tiles[2]->errorText()));
        QVERIFY(tiles[2]->hasBanner());
        QVERIFY(apps->failureSummary().isEmpty());
        QVERIFY(!named<ErrorBanner>(m_window, "outageBanner")->isVisibleTo(m_window.get()));
        // Left open, the page loads again on its own (the poll interval; short here).
        QSignalSpy again(apps, &AnalyticsPage::settled);
        apps->setRefreshInterval(200);
        QVERIFY(again.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tiles.cbegin(), tiles.cend(), settledTile), 30000);
        QCOMPARE(tiles[0]->state(), Panel::State::Ready);
        apps->setRefreshInterval(60000);

        // A click opens another account's app in place, at its Overview.
        QSignalSpy settled(named<OverviewPage>(m_window, "overviewPage"), &AnalyticsPage::settled);
        QTest::mouseClick(tiles[1], Qt::LeftButton);
        QCOMPARE(m_window->currentPage(),
                 static_cast<AnalyticsPage *>(named<OverviewPage>(m_window, "overviewPage")));
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 20000);
        QCOMPARE(m_client->baseUrl(), m_second.server->baseUrl());
        QCOMPARE(m_state->appId(), m_second.server->appId());
        AccountSettings().removeAccount(gone);
    }

    void alertsFireOnceInTheWindowAndAreKept()
    {
        QSettings().remove(QStringLiteral("alerts"));
        makeWindow(true);
        m_opener->openSaved(m_first.server->baseUrl(), m_first.server->appId());
        QVERIFY(overviewSettled());
        AlertSettings *settings = named<SettingsPage>(m_window, "settingsPage")->alertSettings();
        // A bad rule cannot be confirmed, and says why; a good one is stored.
        settings->addRule([](AlertRuleDialog &dialog) {
            dialog.ruleEdit()->setText(QStringLiteral("live<-1"));
            QVERIFY(!dialog.okButton()->isEnabled());
            QVERIFY2(dialog.problemText().contains(QStringLiteral("0 or more")),
                     qPrintable(dialog.problemText()));
            dialog.ruleEdit()->setText(QStringLiteral("live<1000000@1m")); // always holds
            QVERIFY(dialog.okButton()->isEnabled());
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        });
        AlertMonitor *alerts = named<AlertMonitor>(m_window, "alerts");
        QCOMPARE(alerts->store().rules().size(), 1);
        QCOMPARE(alerts->store().rules().first().account,
                 secretKeyForServer(m_first.server->baseUrl()));
        QCOMPARE(settings->rulesTable()->rowCount(), 1);

        // Held for a minute on the test's clock before it fires, then one notification only.
        qint64 now = QDateTime::currentSecsSinceEpoch();
        alerts->setClock([&now] { return now; });
        QSignalSpy fired(alerts, &AlertMonitor::fired);
        QSignalSpy checked(alerts, &AlertMonitor::checked);
        auto check = [&] {
            const auto before = checked.size();
            alerts->checkNow();
            return QTest::qWaitFor([&] { return checked.size() > before; }, 20000);
        };
        QVERIFY(check());
        QCOMPARE(fired.size(), 0);
        now += 60;
        QVERIFY(check());
        QCOMPARE(fired.size(), 1);
        now += 60;
        QVERIFY(check());
        QCOMPARE(fired.size(), 1); // still firing: not said again
        QVERIFY2(
            named<TrayCounter>(m_window, "tray")->lastAlert().contains(QStringLiteral("First app")),
            qPrintable(named<TrayCounter>(m_window, "tray")->lastAlert()));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Alert: ")));
        QCOMPARE(alerts->store().history().size(), 1);
        settings->refresh();
        QCOMPARE(settings->historyTable()->rowCount(), 1);
        // Turned off in the table: no longer checked.
        settings->rulesTable()->item(0, 3)->setCheckState(Qt::Unchecked);
        QVERIFY(!alerts->store().rules().first().enabled);
        QSettings().remove(QStringLiteral("alerts"));
    }

    void aMissingTokenIsAFailureWithoutAPerson()
    {
        makeWindow(false);
        QSignalSpy failed(m_opener.get(), &AccountOpener::failed);
        m_opener->openSaved(m_second.server->baseUrl(), m_second.server->appId());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("no token stored")));
        QCOMPARE(failed.first().at(1).toInt(), 3);
    }

    void welcomePageLeadsInAndCancelComesBack()
    {
        makeWindow(true);
        m_window->showWelcome();
        QVERIFY(m_window->isShowingWelcome());
        // Connect, then Cancel: back on the welcome page, nothing quits.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog)
                dialog->reject();
        });
        named<WelcomePage>(m_window, "welcomePage")->connectButton()->click();
        QVERIFY(m_window->isShowingWelcome());
        // The demo: the dashboard replaces the welcome page.
        QSignalSpy settled(named<OverviewPage>(m_window, "overviewPage"), &AnalyticsPage::settled);
        named<WelcomePage>(m_window, "welcomePage")->demoButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingWelcome() && !settled.isEmpty(), 30000);
        QVERIFY(settled.last().at(0).toBool());
        QCOMPARE(m_state->accountKey(), QStringLiteral("demo"));
    }

    void aMissingTokenIsAskedForAndCancelKeepsTheWindow()
    {
        makeWindow(true);
        m_opener->openSaved(m_first.server->baseUrl(), m_first.server->appId());
        QVERIFY(overviewSettled());
        // The second account has no token: Connect asks for it; Cancel keeps the first.
        bool asked = false;
        // Looks until the dialog is up (however long the keychain takes), then cancels it.
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&asked, &watcher] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                watcher.stop();
                dialog->reject();
            }
        });
        watcher.start(20);
        emit m_window->accountRequested(m_second.server->baseUrl(), m_second.server->appId());
        QTRY_VERIFY(asked);
        QCOMPARE(m_client->baseUrl(), m_first.server->baseUrl());
        QVERIFY(!m_window->isShowingWelcome());
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
