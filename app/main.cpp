// Entry point: only wires the core (app/) to the widgets (ui/).
#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>
#include <QUuid>

#include <memory>

#include <cstdio>

namespace {
const char *kDefaultServer = "https://app.nucleus.sh/api/v1";

bool wantsOnlyText(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

void configureParser(QCommandLineParser &parser) {
    parser.setApplicationDescription(
        QStringLiteral("Analytics of your desktop apps from the Nucleus Data API V1.\n"
                       "The API token is read from the NUCLEUS_TOKEN environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("server"),
         QStringLiteral("Data API base URL (default %1).").arg(QLatin1String(kDefaultServer)),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("app"), QStringLiteral("App ID to show."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Open on the built-in demo data (a local demo server).")});
}

int fail(const QString &message) {
    QTextStream(stderr) << QStringLiteral(NUCLEUS_EXECUTABLE_NAME) << ": " << message << '\n';
    return 2;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication::setApplicationName(QStringLiteral(NUCLEUS_EXECUTABLE_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral("Nucleus Dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUCLEUS_VERSION_STRING));

    if (wantsOnlyText(argc, argv)) {
        // --version and --help must work without a display.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral(NUCLEUS_APP_NAME));
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    ApiClient client;
    std::unique_ptr<MainWindow> window;
    auto open = [&](const QUrl &server, const QString &appId, const QString &token,
                    const QString &label) {
        client.setBaseUrl(server);
        client.setToken(token);
        window = std::make_unique<MainWindow>(&client, MainWindow::Account{label, appId, {}});
        window->show();
    };

    if (parser.isSet(QStringLiteral("demo"))) {
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
        host->start(generator, options);
        const int code = app.exec();
        window.reset();
        return code;
    }

    const QUrl server =
        QUrl(parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server"))
                                                    : QString::fromLatin1(kDefaultServer),
             QUrl::StrictMode);
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(server, &why))
        return fail(QStringLiteral("--server: %1").arg(why));
    const QString appId = parser.value(QStringLiteral("app"));
    if (appId.isEmpty())
        return fail(QStringLiteral("no app given: use --app ID, or --demo (see --help)"));
    const QString token = qEnvironmentVariable("NUCLEUS_TOKEN");
    if (token.isEmpty())
        return fail(QStringLiteral("no API token: set NUCLEUS_TOKEN"));
    open(server, appId, token, server.host());
    const int code = app.exec();
    window.reset();
    return code;
}
