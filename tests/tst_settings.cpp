// Saved accounts and apps: AccountSettings keeps them (no secrets), the Settings page removes an
// app or a whole account only after asking (an account's token leaves the keychain with it),
// and the main window's app switcher follows what is saved, moving off an app just removed.
#include "api/apiclient.h"
#include "appswitcher.h"
#include "auth/accountsettings.h"
#include "auth/memorystore.h"
#include "cache/answercache.h"
#include "cachesettings.h"
#include "confirm.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "named.h"
#include "pages/settingspage.h"
#include "zonebox.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QUrl kServer(QStringLiteral("https://api.example.test"));
const QUrl kOtherServer(QStringLiteral("https://eu.example.test"));

QStringList appIds(const QUrl &server)
{
    QStringList ids;
    if (const auto account = AccountSettings().account(server)) {
        for (const AppEntry &app : account->apps)
            ids.append(app.id);
    }
    return ids;
}

// The open account's apps in the switcher (other accounts and the demo follow them).
QStringList boxIds(const AppSwitcher *box)
{
    return box->openAccountApps();
}

SecretResult readNow(SecretStore &store, const QString &key)
{
    std::optional<SecretResult> out;
    store.read(key, [&out](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000)) {
        SecretResult timeout;
        timeout.status = SecretResult::Status::Failed;
        timeout.message = QStringLiteral("test waited 5 s for the store");
        return timeout;
    }
    return *out;
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings of our own
    void init() { QSettings().clear(); }
    void cleanup() { Confirm::setNextAnswer(std::nullopt); }

    void savedAppsPerAccount()
    {
        AccountSettings settings;
        settings.addApp(kServer, {QStringLiteral("app-a"), QStringLiteral("Alpha")});
        settings.addApp(kServer, {QStringLiteral("app-b"), {}});
        settings.addApp(kOtherServer, {QStringLiteral("app-a"), QStringLiteral("EU")});
        settings.addApp(kServer, {QStringLiteral("app-b"), QStringLiteral("Beta")}); // renames
        QCOMPARE(appIds(kServer), (QStringList{QStringLiteral("app-a"), QStringLiteral("app-b")}));
        QCOMPARE(settings.account(kServer)->apps[1].name, QStringLiteral("Beta"));

        // The open app comes first with its saved name; an app not saved is still offered.
        const auto offered = settings.appsToOffer(kServer, QStringLiteral("app-b"));
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered[0].id, QStringLiteral("app-b"));
        QCOMPARE(offered[0].name, QStringLiteral("Beta"));
        QCOMPARE(offered[1].id, QStringLiteral("app-a"));
        QCOMPARE(settings.appsToOffer(kServer, QStringLiteral("unsaved")).size(), 3);

        // Removing an app touches only that account; the account stays without apps.
        settings.removeApp(kServer, QStringLiteral("app-a"));
        QCOMPARE(appIds(kServer), QStringList{QStringLiteral("app-b")});
        QCOMPARE(appIds(kOtherServer), QStringList{QStringLiteral("app-a")});
        settings.removeApp(kServer, QStringLiteral("app-b"));
        QVERIFY(settings.account(kServer).has_value());
        QVERIFY(appIds(kServer).isEmpty());
        settings.removeApp(kServer, QStringLiteral("never-saved")); // no-op, no crash
        QCOMPARE(settings.accounts().size(), 2);
    }

    void pageRemovesAnAppOnlyAfterAsking()
    {
        AccountSettings().addApp(kServer, {QStringLiteral("app-a"), QStringLiteral("Alpha")});
        AccountSettings().addApp(kServer, {QStringLiteral("app-b"), {}});
        ApiClient client;
        DashboardState state;
        MemoryStore secrets;
        SettingsPage page(&client, &state, &secrets);
        page.reload();
        QCOMPARE(page.accountRows(), 1);
        QSignalSpy removed(&page, &SettingsPage::appRemoved);
        QSignalSpy changed(&page, &SettingsPage::appsChanged);

        Confirm::setNextAnswer(false);
        page.removeApp(0, QStringLiteral("app-a"));
        QVERIFY(Confirm::lastText().contains(QStringLiteral("Alpha (app-a)")));
        QVERIFY(Confirm::lastText().contains(QStringLiteral("not touched")));
        QCOMPARE(appIds(kServer).size(), 2);
        QCOMPARE(removed.size(), 0);

        Confirm::setNextAnswer(true);
        page.removeApp(0, QStringLiteral("app-a"));
        QCOMPARE(appIds(kServer), QStringList{QStringLiteral("app-b")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][0].toUrl(), kServer);
        QCOMPARE(removed[0][1].toString(), QStringLiteral("app-a"));
        QCOMPARE(changed.size(), 1);

        page.removeApp(0, QStringLiteral("app-a")); // already gone: nothing asked or sent
        page.removeApp(7, QStringLiteral("app-b")); // no such row
        QCOMPARE(removed.size(), 1);
    }

    void pageRemovesAnAccountAndItsToken()
    {
        AccountSettings().addApp(kServer, {QStringLiteral("app-a"), {}});
        MemoryStore secrets;
        const QString key = secretKeyForServer(kServer);
        bool written = false;
        secrets.write(key, QStringLiteral("tok-settings"),
                      [&](const SecretResult &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
        ApiClient client;
        DashboardState state;
        SettingsPage page(&client, &state, &secrets);
        page.reload();

        Confirm::setNextAnswer(false);
        page.removeAccount(0);
        QVERIFY(Confirm::lastText().contains(key));
        QVERIFY(readNow(secrets, key).ok());
        QCOMPARE(page.accountRows(), 1);

        QSignalSpy changed(&page, &SettingsPage::appsChanged);
        Confirm::setNextAnswer(true);
        page.removeAccount(0);
        QVERIFY(changed.wait(5000)); // after the keychain answered
        QCOMPARE(readNow(secrets, key).status, SecretResult::Status::NotFound);
        QVERIFY(AccountSettings().accounts().isEmpty());
        QCOMPARE(page.accountRows(), 0);
    }

    void cacheLimitUsageAndEmpty()
    {
        // The limit is a setting (200 MB unless changed) that the cache follows at once; the
        // row says how much is kept; "Empty…" asks, then forgets every answer.
        QTemporaryDir dir;
        AnswerCache cache(dir.filePath(QStringLiteral("answers.sqlite")));
        const QByteArray body(300 * 1024, 'x');
        for (int i = 0; i < 40; ++i) // 12 MB
            cache.put(QStringLiteral("acct"), QStringLiteral("app"), QString::number(i), body,
                      QDateTime::currentDateTimeUtc().addSecs(i));
        ApiClient client;
        DashboardState state;
        MemoryStore secrets;
        SettingsPage page(&client, &state, &secrets);
        CacheSettings *row = page.cacheSettings();
        QVERIFY(!row->limitBox()->isEnabled()); // no cache (--no-cache)
        QVERIFY(row->usageText().contains(QStringLiteral("--no-cache")));
        QCOMPARE(row->limitBox()->value(), 200);

        QSignalSpy usage(row, &CacheSettings::usageUpdated);
        row->setCache(&cache);
        QVERIFY(usage.wait(5000));
        QCOMPARE(row->usageText(),
                 QStringLiteral("%1 kept").arg(QLocale().formattedDataSize(
                     40 * (body.size() + 8LL), 2,
                     QLocale::DataSizeTraditionalFormat))); // body + request + names

        row->limitBox()->setValue(10);
        QCOMPARE(AccountSettings().cacheLimitMegabytes(), 10);
        QVERIFY(usage.wait(5000));
        QList<int> kept;
        for (int i = 0; i < 40; ++i) {
            bool done = false, found = false;
            cache.get(QStringLiteral("acct"), QStringLiteral("app"), QString::number(i), this,
                      [&](const std::optional<AnswerCache::Entry> &e) {
                          found = e.has_value();
                          done = true;
                      });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
            if (found)
                kept.append(i);
        }
        QCOMPARE(kept.size(), 34); // 10 MB of 300 KB answers: the newest
        QCOMPARE(kept.first(), 6);

        auto usedNow = [&] {
            std::optional<qint64> used;
            cache.usedBytes(this, [&](qint64 bytes) { used = bytes; });
            return QTest::qWaitFor([&] { return used.has_value(); }, 5000) ? *used : -1;
        };
        Confirm::setNextAnswer(false);
        row->emptyButton()->click();
        QVERIFY(Confirm::lastText().contains(QStringLiteral("Forget every answer")));
        QVERIFY(usedNow() > 0); // declined: nothing forgotten
        Confirm::setNextAnswer(true);
        row->emptyButton()->click();
        QCOMPARE(usedNow(), 0);
        QTRY_COMPARE(row->usageText(), QStringLiteral("%1 kept").arg(QLocale().formattedDataSize(
                                           0, 2, QLocale::DataSizeTraditionalFormat)));
    }

    void oneTimeZoneInToolbarAndSettings()
    {
        // The toolbar's zone is the setting: both boxes show the state's zone, editing either
        // moves the other, and the choice is kept for the next start.
        DashboardState state;
        state.setApps({{QStringLiteral("app"), {}}});
        MemoryStore secrets;
        ApiClient client;
        MainWindow window(&client, &state, QStringLiteral("test"), &secrets);
        QComboBox *toolbar = named<ZoneBox>(window, "zoneBox");
        QComboBox *settings = named<SettingsPage>(window, "settingsPage")->zoneBox();
        QCOMPARE(toolbar->currentData().toByteArray(), QByteArray()); // the system's
        QCOMPARE(settings->currentData().toByteArray(), QByteArray());

        toolbar->setCurrentIndex(toolbar->findData(QByteArray("Asia/Tokyo")));
        QCOMPARE(state.zone(), QTimeZone("Asia/Tokyo"));
        QCOMPARE(settings->currentData().toByteArray(), QByteArray("Asia/Tokyo"));
        QCOMPARE(AccountSettings().timeZone(), QStringLiteral("Asia/Tokyo"));

        settings->setCurrentIndex(settings->findData(QByteArray("Europe/Paris")));
        QCOMPARE(state.zone(), QTimeZone("Europe/Paris"));
        QCOMPARE(toolbar->currentData().toByteArray(), QByteArray("Europe/Paris"));
        QCOMPARE(AccountSettings().timeZone(), QStringLiteral("Europe/Paris"));

        settings->setCurrentIndex(0); // back to following the system
        QCOMPARE(toolbar->currentIndex(), 0);
        QCOMPARE(state.zone(), QTimeZone::systemTimeZone());
        QCOMPARE(AccountSettings().timeZone(), QString());
    }

    void switcherFollowsSavedApps()
    {
        DemoFixture demo;
        QVERIFY(demo.start(50, 30, QStringLiteral("settings-token"),
                           QDateTime::currentSecsSinceEpoch()));
        const QUrl server = demo.server->baseUrl();
        const QString open = demo.server->appId();
        AccountSettings().addApp(server, {open, QStringLiteral("Demo")});
        AccountSettings().addApp(server, {QStringLiteral("second"), {}});
        AccountSettings().addApp(server, {QStringLiteral("third"), {}});
        DashboardState state;
        QVector<DashboardState::App> apps;
        for (const AppEntry &entry : AccountSettings().appsToOffer(server, open))
            apps.append({entry.id, entry.name});
        state.setApps(apps);
        MemoryStore secrets;
        MainWindow window(demo.client.get(), &state, QStringLiteral("test"), &secrets);
        QCOMPARE(boxIds(named<AppSwitcher>(window, "appBox")),
                 (QStringList{open, QStringLiteral("second"), QStringLiteral("third")}));
        named<SettingsPage>(window, "settingsPage")->reload();

        // Another app removed: the switcher drops it and stays on the open app.
        Confirm::setNextAnswer(true);
        named<SettingsPage>(window, "settingsPage")->removeApp(0, QStringLiteral("third"));
        QCOMPARE(boxIds(named<AppSwitcher>(window, "appBox")),
                 (QStringList{open, QStringLiteral("second")}));
        QCOMPARE(state.appId(), open);
        QCOMPARE(named<AppSwitcher>(window, "appBox")->currentData().toString(), open);

        // The open app removed: the window moves to the account's remaining app.
        Confirm::setNextAnswer(true);
        named<SettingsPage>(window, "settingsPage")->removeApp(0, open);
        QCOMPARE(state.appId(), QStringLiteral("second"));
        QCOMPARE(boxIds(named<AppSwitcher>(window, "appBox")),
                 QStringList{QStringLiteral("second")});
        QCOMPARE(named<AppSwitcher>(window, "appBox")->currentData().toString(),
                 QStringLiteral("second"));
        demo.stop();
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
