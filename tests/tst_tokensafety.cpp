// The token stays a secret: connecting checks it before saving; a 401 anywhere asks for a new
// token once; and after connecting and browsing every page, the token is in no settings file,
// no cache or data file, and no log line.
#include "api/apiclient.h"
#include "auth/accountsettings.h"
#include "auth/memorystore.h"
#include "connectdialog.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "named.h"
#include "pages/analyticspage.h"
#include "pages/userspage.h"
#include "tokenprompt.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <memory>

namespace {
const QString kToken = QStringLiteral("tok-SAFETY-91c2e");
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message);
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}
} // namespace

class TestTokenSafety : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    DemoServer *m_server = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Test mode keeps its own folders (~/.qttest): start them empty.
        for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                              QStandardPaths::AppDataLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        TokenPrompt::setScripted(true);
        QVERIFY(m_demo.start(300, 60, kToken, QDateTime::currentSecsSinceEpoch()));
        m_server = m_demo.server.get();
    }

    void connectRejectsBadTokenAndUnknownApp()
    {
        MemoryStore secrets;
        ConnectDialog dialog(&secrets);
        QSignalSpy checked(&dialog, &ConnectDialog::checked);
        dialog.setServer(m_server->baseUrl().toString());
        dialog.setToken(QStringLiteral("wrong"));
        dialog.setApp(m_server->appId());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        m_server->setLatencyMs(300);
        dialog.checkAndSave();
        // While it asks: "Checking…", the fields locked, Cancel still there.
        QVERIFY(dialog.isChecking());
        const auto buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->text() == QStringLiteral("Checking…") && !b->isEnabled();
        }));
        QVERIFY(checked.wait(10000));
        m_server->setLatencyMs(0);
        QVERIFY(!dialog.isChecking());
        QVERIFY(dialog.errorText().contains(QStringLiteral("rejected this token")));
        // The token is what to fix: the focus is there, ready to be typed over.
        auto *tokenField = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(tokenField && tokenField->echoMode() == QLineEdit::Password);
        QCOMPARE(tokenField->selectedText(), QStringLiteral("wrong"));
        dialog.setToken(kToken);
        dialog.setApp(QStringLiteral("not-an-app"));
        dialog.checkAndSave();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.errorText().contains(QStringLiteral("does not know app")));
        dialog.setServer(QStringLiteral("http://example.com/api/v1"));
        dialog.checkAndSave();
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY(dialog.errorText().contains(QStringLiteral("https")));
        QVERIFY(AccountSettings().accounts().isEmpty()); // nothing saved by failed checks
    }

    void missingTokenIsAskedForWithTheAccountFilledIn()
    {
        // A saved account whose keychain entry is gone (or a keychain that cannot be read):
        // the GUI asks for the token with server and app filled in, checks it, stores it.
        MemoryStore secrets;
        ConnectDialog dialog(&secrets);
        SecretResult missing;
        missing.status = SecretResult::Status::NotFound;
        const QUrl server = m_server->baseUrl();
        dialog.askForMissingToken(server, m_server->appId(), QStringLiteral("Demo"), missing);
        QVERIFY(dialog.introText().contains(secretKeyForServer(server)));
        QVERIFY(dialog.introText().contains(m_server->appId()));
        QCOMPARE(dialog.server(), QUrl(secretKeyForServer(server)));
        QCOMPARE(dialog.appId(), m_server->appId());
        QVERIFY(dialog.token().isEmpty());
        SecretResult locked;
        locked.status = SecretResult::Status::Denied;
        locked.message = QStringLiteral("the collection is locked");
        dialog.askForMissingToken(server, m_server->appId(), {}, locked);
        QVERIFY(dialog.introText().contains(locked.message));

        QSignalSpy checked(&dialog, &ConnectDialog::checked);
        dialog.setToken(kToken);
        dialog.checkAndSave();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.last().at(0).toBool());
        std::optional<SecretResult> stored;
        secrets.read(secretKeyForServer(server), [&](const SecretResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->secret, kToken);
    }

    void unauthorizedAsksOnceForANewToken()
    {
        MemoryStore secrets;
        ApiClient client;
        client.setBaseUrl(m_server->baseUrl());
        client.setToken(QStringLiteral("revoked"));
        DashboardState state;
        state.setApps({{m_server->appId(), {}}});
        MainWindow window(&client, &state, QStringLiteral("test"), &secrets);
        window.showPage(MainWindow::Overview); // a page of the open account
        window.show();
        const int before = TokenPrompt::timesAsked();
        TokenPrompt::setNextAnswer(kToken);
        QSignalSpy settled(window.currentPage(), &AnalyticsPage::settled);
        state.refresh(); // every page's requests get 401
        QTRY_COMPARE(TokenPrompt::timesAsked(), before + 1);
        // With the new token the pages load; the prompt came once for all the failed calls.
        QTRY_VERIFY(!settled.isEmpty() && settled.last().at(0).toBool());
        // Every call has ended: any other 401 would have asked by now.
        QTRY_COMPARE_WITH_TIMEOUT(client.callsInFlight(), 0, 10000);
        QCOMPARE(TokenPrompt::timesAsked(), before + 1);
        std::optional<SecretResult> stored;
        secrets.read(secretKeyForServer(m_server->baseUrl()),
                     [&](const SecretResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->secret, kToken);
    }

    void tokenIsNowhereAfterBrowsing()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("nucleus.*=true\nqt.network.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(capture);

        MemoryStore secrets;
        ConnectDialog dialog(&secrets);
        QSignalSpy checked(&dialog, &ConnectDialog::checked);
        dialog.setServer(m_server->baseUrl().toString());
        dialog.setToken(kToken);
        dialog.setApp(m_server->appId(), QStringLiteral("Demo"));
        dialog.checkAndSave();
        QVERIFY(checked.wait(10000));
        QVERIFY(checked.last().at(0).toBool());

        ApiClient client;
        client.setBaseUrl(dialog.server());
        client.setToken(dialog.token());
        DashboardState state;
        state.setApps({{dialog.appId(), {}}});
        MainWindow window(&client, &state, QStringLiteral("test"), &secrets);
        window.show();
        for (int page = 0; page < window.pageCount(); ++page) {
            window.showPage(page);
            QSignalSpy settled(window.currentPage(), &AnalyticsPage::settled);
            state.refresh();
            QVERIFY2(!settled.isEmpty() || settled.wait(20000),
                     qPrintable(window.currentPage()->title()));
        }
        window.showPage(MainWindow::Users); // users: open one, and a session of theirs
        UsersPage *users = named<UsersPage>(window, "usersPage");
        QTRY_VERIFY(users->usersView()->model()->rowCount() > 0);
        users->openUser(
            users->usersView()->model()->index(0, 0).data(UsersModel::KeyRole).toString());
        QTRY_VERIFY(users->sessionsModel().rowCount() > 0);
        users->openSession(0);
        QTRY_VERIFY(users->timelineModel().rowCount() > 0);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // requests were logged...
        QVERIFY(g_log.join(QLatin1Char('\n')).contains(QStringLiteral("/live/users")));
        QVERIFY(!g_log.join(QLatin1Char('\n')).contains(kToken)); // ...without the token

        const AccountSettings settings;
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(filesContaining(QFileInfo(settings.fileName()).absolutePath(), kToken.toUtf8())
                    .isEmpty());
        for (auto location :
             {QStandardPaths::CacheLocation, QStandardPaths::AppDataLocation,
              QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation}) {
            const QString dir = QStandardPaths::writableLocation(location);
            QVERIFY2(filesContaining(dir, kToken.toUtf8()).isEmpty(), qPrintable(dir));
        }
    }
};

QTEST_MAIN(TestTokenSafety)
#include "tst_tokensafety.moc"
