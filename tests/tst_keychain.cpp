// The real keychain (Secret Service under a private D-Bus session, see keychain/with-keyring.sh):
// a round trip through QtKeychain; `login`/`logout` storing and removing the token after a
// check against the demo server; exports using it; no token in the settings; and the path
// without any keychain.
#include "auth/accountsettings.h"
#include "auth/keychainstore.h"
#include "demofixture.h"
#include "demoserver.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {
const QString kToken = QStringLiteral("tok-KEYCHAIN-7d1f");

SecretResult wait(std::function<void(SecretStore::Callback)> call)
{
    std::optional<SecretResult> out;
    call([&out](const SecretResult &r) { out = r; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10000);
    if (!out) {
        SecretResult timeout;
        timeout.status = SecretResult::Status::Failed;
        timeout.message = QStringLiteral("no answer within 10 s");
        return timeout;
    }
    return *out;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    DemoServer *m_server = nullptr;

    Run run(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NUCLEUS_TOKEN"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NUCLEUS_DASHBOARD_EXE), args);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QStringList target() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through keychain/with-keyring.sh");
        QCoreApplication::setOrganizationName(QStringLiteral("Nucleus Dashboard"));
        QCoreApplication::setApplicationName(QStringLiteral("nucleus-dashboard"));
        QVERIFY(m_demo.start(200, 30, kToken, QDateTime::currentSecsSinceEpoch()));
        m_server = m_demo.server.get();
    }

    void roundTripThroughTheSystemKeychain()
    {
        KeychainStore store(QStringLiteral("Nucleus Dashboard tests"));
        const QString key =
            secretKeyForServer(QUrl(QStringLiteral("https://App.Example.com/api/v1/")));
        QCOMPARE(key, QStringLiteral("https://app.example.com/api/v1"));
        SecretResult r = wait([&](auto cb) { store.read(key, cb); });
        QCOMPARE(r.status, SecretResult::Status::NotFound); // "no token yet", not an error
        r = wait([&](auto cb) { store.write(key, QStringLiteral("first"), cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto cb) { store.read(key, cb); });
        QCOMPARE(r.secret, QStringLiteral("first"));
        r = wait([&](auto cb) { store.write(key, QStringLiteral("second ünï"), cb); });
        QVERIFY(r.ok());
        r = wait([&](auto cb) { store.read(key, cb); });
        QCOMPARE(r.secret, QStringLiteral("second ünï"));
        r = wait([&](auto cb) { store.remove(key, cb); });
        QVERIFY(r.ok());
        r = wait([&](auto cb) { store.read(key, cb); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }

    void loginChecksStoresAndExportsUseIt()
    {
        const QString app = m_server->appId();
        // A bad token and an unknown app are refused with the reason, and nothing is stored.
        Run r = run(QStringList{QStringLiteral("login"), QStringLiteral("--app"), app} + target(),
                    "wrong-token\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rejected this token"), r.err.constData());
        r = run(
            QStringList{QStringLiteral("login"), QStringLiteral("--app"), QStringLiteral("nope")} +
                target(),
            kToken.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not know app"), r.err.constData());
        KeychainStore store(QStringLiteral("Nucleus Dashboard"));
        QCOMPARE(
            wait([&](auto cb) { store.read(secretKeyForServer(m_server->baseUrl()), cb); }).status,
            SecretResult::Status::NotFound);

        r = run(QStringList{QStringLiteral("login"), QStringLiteral("--app"), app,
                            QStringLiteral("--name"), QStringLiteral("Demo")} +
                    target(),
                kToken.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("token is in the system keychain"));
        QCOMPARE(
            wait([&](auto cb) { store.read(secretKeyForServer(m_server->baseUrl()), cb); }).secret,
            kToken);

        // No NUCLEUS_TOKEN, no --app: the stored account and its keychain entry are used.
        r = run(QStringList{QStringLiteral("export"), QStringLiteral("quickglance")} + target());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("metric,current,previous"));

        // The token is nowhere in the settings file.
        const AccountSettings settings;
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(app.toUtf8()));
        QVERIFY(!stored.contains(kToken.toUtf8()));

        r = run(QStringList{QStringLiteral("logout")} + target());
        QCOMPARE(r.exitCode, 0);
        r = run(QStringList{QStringLiteral("export"), QStringLiteral("quickglance")} + target());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("no API token"));
    }

    void withoutAKeychainNothingIsStored()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r =
            run(QStringList{QStringLiteral("login"), QStringLiteral("--app"), m_server->appId()} +
                    target(),
                kToken.toUtf8() + '\n', noBus);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        // No plaintext fallback anywhere under HOME.
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-rl"), kToken, qEnvironmentVariable("HOME")});
        grep.waitForFinished();
        QCOMPARE(grep.readAllStandardOutput(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
