#include "windowrun.h"

#include "accountopener.h"
#include "alertmonitor.h"
#include "api/apiclient.h"
#include "appearance.h"
#include "auth/accountresolver.h"
#include "auth/accountsettings.h"
#include "auth/keychainstore.h"
#include "cache/answercache.h"
#include "core/accountclients.h"
#include "core/dashboardstate.h"
#include "core/language.h"
#include "core/quitonsignal.h"
#include "guicommandline.h"
#include "mainwindow.h"
#include "pages/appspage.h"
#include "pages/livepage.h"
#include "pages/overviewpage.h"
#include "receivedstore.h"
#include "screenshot.h"
#include "startupprobe.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << QStringLiteral(NUCLEUS_EXECUTABLE_NAME) << ": " << message << '\n';
    return code;
}
} // namespace

QString WindowRun::languageToUse(int argc, char **argv)
{
    const QString asked = GuiCommandLine::argumentValue(argc, argv, "--language");
    return Language::isKnown(asked) ? asked : Language::saved();
}

int WindowRun::exec(int argc, char **argv, bool screenshot)
{
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // renders the same with or without a display
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral(NUCLEUS_APP_NAME));
    Language::install(&app, languageToUse(argc, argv));
    Appearance::instance(); // the saved light/dark choice, before the first window
    QCommandLineParser parser;
    GuiCommandLine::configure(parser, screenshot);
    parser.process(app);
    quitApplicationOnTerminationSignals();

    const QString languageError =
        GuiCommandLine::languageError(parser.value(QStringLiteral("language")));
    if (!languageError.isEmpty())
        return fail(languageError);
    bool latencyOk = false;
    const int demoLatencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&latencyOk);
    if (!latencyOk || demoLatencyMs < 0 || demoLatencyMs > 600000)
        return fail(QStringLiteral("--latency-ms must be a number of milliseconds, 0 to 600000"));
    ScreenshotTaker::Options shot;
    if (screenshot) {
        QString error;
        shot = ScreenshotTaker::readOptions(parser, &error);
        if (!error.isEmpty())
            return fail(error);
    }
    const bool demo = parser.isSet(QStringLiteral("demo"));
    const bool dev = parser.isSet(QStringLiteral("dev"));
    // A token from the environment goes to the server named with it (or Nucleus' own), never
    // to whichever server the window showed last.
    const QString envToken = qEnvironmentVariable("NUCLEUS_TOKEN");
    const AccountResolver::Choice account =
        AccountResolver::resolve(parser.value(QStringLiteral("server")),
                                 parser.value(QStringLiteral("app")), envToken.isEmpty());
    if (!demo && !dev && !account.ok())
        return fail(account.error);
    if (!demo && !dev && account.appId.isEmpty() && screenshot)
        return fail(
            QStringLiteral("no account yet: run `nucleus-dashboard login --server URL --app ID`, "
                           "pass --app ID with NUCLEUS_TOKEN, or try --demo"));

    // Declared before the client: it outlives every call that uses it.
    std::unique_ptr<AnswerCache> cache;
    const AccountSettings prefs;
    if (!parser.isSet(QStringLiteral("no-cache")))
        cache = std::make_unique<AnswerCache>(AnswerCache::defaultPath(),
                                              prefs.cacheLimitMegabytes() * AnswerCache::kMegabyte);
    ApiClient client;
    DashboardState state;
    state.setZoneId(prefs.timeZone().toUtf8()); // an unknown id keeps the system's
    const int timeoutSecs = shot.timeoutSecs > 0 ? shot.timeoutSecs : prefs.timeoutSecs();
    client.setTiming(ApiCall::Timing::forTimeout(timeoutSecs));
    client.setMaxAnswerBytes(qint64(prefs.maxAnswerMegabytes()) * 1024 * 1024);
    // A screenshot ends within timeout × retries (+ its margin), even against a server that
    // drips a byte a second: every request, chained ones too, shares that bound.
    const int screenshotBoundMs = timeoutSecs * 1000 * std::max(1, client.retryPolicy().maxRetries);
    if (screenshot)
        client.setDeadline(QDeadlineTimer(screenshotBoundMs));
    KeychainStore keychain(QStringLiteral(NUCLEUS_APP_NAME));

    MainWindow window(&client, &state, QString(), &keychain);
    window.setAnswerCache(cache.get());
    window.accountClients()->setTiming(client.timing());
    window.accountClients()->setMaxAnswerBytes(qint64(prefs.maxAnswerMegabytes()) * 1024 * 1024);
    window.accountClients()->setCache(cache.get());
    window.livePage()->poller()->setInterval(prefs.pollIntervalSecs() * 1000);
    window.appsPage()->setRefreshInterval(std::max(30, prefs.pollIntervalSecs()) * 1000);
    if (!screenshot) {
        // The alerts on the poll timer, and once soon after start.
        window.alerts()->setInterval(prefs.pollIntervalSecs() * 1000);
        QTimer::singleShot(5000, window.alerts(), &AlertMonitor::checkNow);
    }
    if (StartupProbe::isWanted())
        new StartupProbe(&window, window.overviewPage());
    AccountOpener opener(
        {&client, &state, &window, &keychain, cache.get(), demoLatencyMs, !screenshot});
    std::unique_ptr<ScreenshotTaker> taker;
    int exitCode = 0;
    QObject::connect(&opener, &AccountOpener::aboutToLoad, &app, [&] {
        if (screenshot && !taker) {
            taker = std::make_unique<ScreenshotTaker>(&window, shot, screenshotBoundMs);
            taker->arm();
        }
    });
    QObject::connect(&opener, &AccountOpener::failed, &app, [&](const QString &why, int code) {
        exitCode = fail(why, code);
        QCoreApplication::exit(code);
    });
    if (!screenshot)
        window.restoreWindowState();
    window.show();

    // The first account: the demo, the given or last one (NUCLEUS_TOKEN, else the keychain),
    // or, on a first run, the welcome page. What a run was told to show (the environment's
    // token, a screenshot) does not become the account the next start opens.
    opener.setRememberFirst(envToken.isEmpty() && !screenshot);
    if (dev) {
        const QString app = parser.value(QStringLiteral("app"));
        opener.openDev(app.isEmpty() ? QStringLiteral("dev-app") : app,
                       ReceivedStore::defaultPath());
    } else if (demo) {
        opener.openDemo();
    } else if (account.appId.isEmpty()) {
        window.showWelcome();
    } else if (!envToken.isEmpty()) {
        opener.openWithToken(account.server, account.appId, envToken);
    } else {
        opener.openSaved(account.server, account.appId);
    }
    const int code = app.exec();
    taker.reset();
    return exitCode != 0 ? exitCode : code;
}
