// Entry point of nucleus-dashboard: command-line subcommands run without widgets (app/cli);
// the GUI wires the core (app/) to the widgets (ui/) and, for --demo, the demo server.
#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "appearance.h"
#include "auth/accountsettings.h"
#include "auth/keychainstore.h"
#include "cache/answercache.h"
#include "cli/cli.h"
#include "connectdialog.h"
#include "core/dashboardstate.h"
#include "core/quitonsignal.h"
#include "demoserver.h"
#include "guicommandline.h"
#include "mainwindow.h"
#include "models/displayformat.h"
#include "pages/livepage.h"
#include "pages/overviewpage.h"
#include "screenshot.h"
#include "startupprobe.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral(NUCLEUS_EXECUTABLE_NAME) << ": " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(NUCLEUS_EXECUTABLE_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral("Nucleus Dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUCLEUS_VERSION_STRING));
    const bool screenshot = GuiCommandLine::isScreenshot(argc, argv);

    if (!Cli::isCommand(argc, argv) &&
        GuiCommandLine::hasArgument(argc, argv, {"--version", "-v", "--help", "-h"})) {
        // --version and --help must work without a display.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        GuiCommandLine::configure(parser, screenshot);
        parser.process(app); // prints and exits
        return 0;
    }
    if (Cli::isCommand(argc, argv)) {
        // export / delete-user: no window, no display needed.
        QCoreApplication app(argc, argv);
        return Cli::run(app, [&app](Cli::DemoReady ready, Cli::DemoFailed failed) {
            auto *host = new DemoServerHost(&app);
            QObject::connect(host, &DemoServerHost::ready, &app, ready);
            QObject::connect(host, &DemoServerHost::failed, &app, failed);
            GeneratorOptions generator;
            generator.now = QDateTime::currentSecsSinceEpoch();
            DemoServerOptions options;
            options.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            host->start(generator, options);
        });
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // renders the same with or without a display

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral(NUCLEUS_APP_NAME));
    DisplayFormat::useSystemLocale();
    Appearance::instance(); // the saved light/dark choice, before the first window
    QCommandLineParser parser;
    GuiCommandLine::configure(parser, screenshot);
    parser.process(app);
    quitApplicationOnTerminationSignals();

    bool latencyOk = false;
    const int demoLatencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&latencyOk);
    if (!latencyOk || demoLatencyMs < 0 || demoLatencyMs > 600000)
        return fail(QStringLiteral("--latency-ms must be a number of milliseconds, 0 to 600000"));

    std::unique_ptr<ScreenshotTaker> taker;
    ScreenshotTaker::Options shot;
    if (screenshot) {
        QString error;
        shot = ScreenshotTaker::readOptions(parser, &error);
        if (!error.isEmpty())
            return fail(error);
    }

    // Declared before the client: it outlives every call that uses it.
    std::unique_ptr<AnswerCache> cache;
    if (!parser.isSet(QStringLiteral("no-cache")))
        cache = std::make_unique<AnswerCache>(AnswerCache::defaultPath(),
                                              AccountSettings().cacheLimitMegabytes() *
                                                  AnswerCache::kMegabyte);
    ApiClient client;
    DashboardState state;
    KeychainStore keychain(QStringLiteral(NUCLEUS_APP_NAME));
    std::unique_ptr<MainWindow> window;
    auto open = [&](const QUrl &server, const QString &appId, const QString &token,
                    const QString &label) {
        client.setBaseUrl(server);
        client.setToken(token);
        // Saved preferences: the charts' time zone and the request timeout.
        const AccountSettings prefs;
        state.setZoneId(prefs.timeZone().toUtf8()); // an unknown id keeps the system's
        const int timeoutSecs = shot.timeoutSecs > 0 ? shot.timeoutSecs : prefs.timeoutSecs();
        client.setTiming(ApiCall::Timing::forTimeout(timeoutSecs));
        // A screenshot ends within timeout × retries (+ its margin), even against a server
        // that drips a byte a second: every request, chained ones too, shares that bound.
        const int screenshotBoundMs =
            timeoutSecs * 1000 * std::max(1, client.retryPolicy().maxRetries);
        if (screenshot)
            client.setDeadline(QDeadlineTimer(screenshotBoundMs));
        // The demo's server moves port every run; its answers are kept under one name.
        const bool demo = label == QLatin1String("Demo data");
        client.setCache(cache.get(), demo ? QStringLiteral("demo") : secretKeyForServer(server));
        QVector<DashboardState::App> apps;
        for (const AppEntry &entry : prefs.appsToOffer(server, appId))
            apps.append({entry.id, entry.name});
        state.setApps(apps);
        window = std::make_unique<MainWindow>(&client, &state, label, demo ? nullptr : &keychain);
        window->setAnswerCache(cache.get());
        if (StartupProbe::isWanted())
            new StartupProbe(window.get(), window->overviewPage());
        if (screenshot) {
            taker = std::make_unique<ScreenshotTaker>(window.get(), shot, screenshotBoundMs);
            taker->arm();
        }
        window->livePage()->poller()->setInterval(prefs.pollIntervalSecs() * 1000);
        if (!screenshot)
            window->restoreWindowState();
        window->show();
        state.refresh(); // first load of every page
    };
    auto run = [&] {
        const int code = app.exec();
        taker.reset();
        window.reset();
        return code;
    };

    auto startDemo = [&] {
        // The demo server runs on its own thread; the window opens once it listens.
        auto *host = new DemoServerHost(&app);
        QObject::connect(host, &DemoServerHost::ready, &app,
                         [&](const QUrl &url, const QString &appId, const QString &token) {
                             open(url, appId, token, QStringLiteral("Demo data"));
                         });
        QObject::connect(host, &DemoServerHost::failed, &app, [](const QString &reason) {
            fail(reason);
            QCoreApplication::exit(1);
        });
        GeneratorOptions generator;
        generator.now = QDateTime::currentSecsSinceEpoch();
        DemoServerOptions options;
        // A fresh token per run: other local processes cannot read the in-process server.
        options.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        options.latencyMs = demoLatencyMs;
        host->start(generator, options);
    };
    if (parser.isSet(QStringLiteral("demo"))) {
        startDemo();
        return run();
    }

    // Without --server/--app: the last used account (stored by `login`, no secrets in it).
    const AccountSettings settings;
    const QUrl server(parser.isSet(QStringLiteral("server"))
                          ? parser.value(QStringLiteral("server"))
                      : settings.lastServer().isValid() && !settings.lastServer().isEmpty()
                          ? settings.lastServer().toString()
                          : QString::fromLatin1(GuiCommandLine::kDefaultServer),
                      QUrl::StrictMode);
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(server, &why))
        return fail(QStringLiteral("--server: %1").arg(why));
    QString appId = parser.value(QStringLiteral("app"));
    if (appId.isEmpty() && secretKeyForServer(server) == secretKeyForServer(settings.lastServer()))
        appId = settings.lastApp();
    if (appId.isEmpty() && screenshot)
        return fail(
            QStringLiteral("no account yet: run `nucleus-dashboard login --server URL --app ID`, "
                           "pass --app ID with NUCLEUS_TOKEN, or try --demo"));
    if (appId.isEmpty()) {
        // First run: the demo, or connecting an account (checked before anything is saved).
        QMessageBox welcome(
            QMessageBox::Information, QStringLiteral(NUCLEUS_APP_NAME),
            QObject::tr("Welcome! See what the dashboard shows on built-in demo data, "
                        "or connect your own app with its API token."));
        QPushButton *demo =
            welcome.addButton(QObject::tr("Explore the demo"), QMessageBox::AcceptRole);
        QPushButton *connectAccount =
            welcome.addButton(QObject::tr("Connect…"), QMessageBox::ActionRole);
        welcome.addButton(QMessageBox::Cancel);
        welcome.exec();
        if (welcome.clickedButton() == demo) {
            startDemo();
            return run();
        }
        if (welcome.clickedButton() != connectAccount)
            return 0;
        ConnectDialog dialog(&keychain);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        open(dialog.server(), dialog.appId(), dialog.token(), dialog.server().host());
        return run();
    }
    const QString envToken = qEnvironmentVariable("NUCLEUS_TOKEN");
    if (!envToken.isEmpty()) {
        open(server, appId, envToken, server.host());
        return run();
    }
    // The token from the OS keychain; the window opens once it is read (never a blocking wait).
    keychain.read(secretKeyForServer(server), [&](const SecretResult &secret) {
        if (secret.ok() && !secret.secret.isEmpty()) {
            open(server, appId, secret.secret, server.host());
            return;
        }
        if (!screenshot) {
            // Started from the desktop there is no terminal to read a message on: ask for the
            // token instead of exiting without a window.
            QTimer::singleShot(0, &app, [&, secret] {
                ConnectDialog dialog(&keychain);
                dialog.askForMissingToken(server, appId,
                                          settings.appsToOffer(server, appId).first().name, secret);
                if (dialog.exec() != QDialog::Accepted) {
                    QCoreApplication::exit(0);
                    return;
                }
                open(dialog.server(), dialog.appId(), dialog.token(), dialog.server().host());
            });
            return;
        }
        fail(secret.status == SecretResult::Status::NotFound
                 ? QStringLiteral(
                       "no token stored for %1: run `nucleus-dashboard login --server %1 --app ID`")
                       .arg(secretKeyForServer(server))
                 : QStringLiteral("the keychain could not be read (%1); set NUCLEUS_TOKEN")
                       .arg(secret.message));
        QCoreApplication::exit(3);
    });
    return run();
}
