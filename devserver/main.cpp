// nucleus-devserver: the demo/reference Data API V1 server as a standalone program.
#include "demoserver.h"
#include "receivedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nucleus-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUCLEUS_DEVSERVER_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the Nucleus Data API V1 on 127.0.0.1 from a deterministic synthetic data set."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const char *name, const char *help, const char *value,
                            const char *def) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value), QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto port = option("port", "TCP port (0 = random).", "N", "0");
    const auto token = option("token", "API token that requests must send.", "TOKEN", "demo-token");
    const auto appId =
        option("app", "App ID to serve (the first app's, with --apps).", "ID", "demo-app");
    const auto apps = option("apps",
                             "Number of apps to serve (1 to 20): a big growing app, a small "
                             "fast-growing one, one with an error spike in the last 24 h, then "
                             "more small ones. --users sizes the first.",
                             "N", "1");
    const auto users = option("users", "Number of users.", "N", "5000");
    const auto days = option("days", "Days of history.", "N", "180");
    const auto seed = option("seed", "Seed of the data set.", "N", "1");
    const auto latency = option("latency-ms", "Delay of every answer.", "N", "0");
    const auto failRate = option("fail-rate", "Fraction of answers that are HTTP 500.", "P", "0");
    const QCommandLineOption ingestOption(
        QStringLiteral("ingest"),
        QStringLiteral("Also receive the Tracking API (POST /app/ID/track, WebSocket at "
                       "/app/ID/track and /ID/): what apps send joins the data."));
    const QCommandLineOption devOption(
        QStringLiteral("dev"),
        QStringLiteral("Local development: ingest on, no synthetic data; any app id is served "
                       "from what it sent (--app names the first, default dev-app)."));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral("SQLite file keeping received events across restarts (default: %1).")
            .arg(ReceivedStore::defaultPath()),
        QStringLiteral("FILE"));
    parser.addOption(ingestOption);
    parser.addOption(devOption);
    parser.addOption(dataOption);
    parser.process(app);
    const bool dev = parser.isSet(devOption);
    const bool ingest = dev || parser.isSet(ingestOption);

    QTextStream err(stderr);
    // --dev: the port and token `nucleus-dashboard --dev` uses too, so that either finds the
    // other's server and an SDK's endpoint stays the same.
    const auto valueOf = [&](const QCommandLineOption &o) {
        if (dev && !parser.isSet(o) && o.names() == port.names())
            return QString::number(DemoServerHost::kDevPort);
        if (dev && !parser.isSet(o) && o.names() == token.names())
            return DemoServerHost::devToken();
        return parser.value(o);
    };
    auto number = [&](const QCommandLineOption &o, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        *out = valueOf(o).toLongLong(&ok);
        if (!ok || *out < min || *out > max) {
            err << "nucleus-devserver: --" << o.names().first() << " must be a number from " << min
                << " to " << max << '\n';
            return false;
        }
        return true;
    };
    qint64 portN, usersN, daysN, seedN, latencyN, appsN;
    if (!number(port, 0, 65535, &portN) || !number(users, 1, 10000000, &usersN) ||
        !number(apps, 1, 20, &appsN) || !number(days, 1, 3650, &daysN) ||
        !number(seed, 0, Q_INT64_C(1) << 62, &seedN) || !number(latency, 0, 600000, &latencyN))
        return 2;
    bool ok = false;
    const double fail = parser.value(failRate).toDouble(&ok);
    if (!ok || fail < 0 || fail > 1) {
        err << "nucleus-devserver: --fail-rate must be a fraction from 0 to 1\n";
        return 2;
    }
    const QString firstApp =
        dev && !parser.isSet(appId) ? QStringLiteral("dev-app") : parser.value(appId);
    if (valueOf(token).isEmpty() || firstApp.isEmpty()) {
        err << "nucleus-devserver: --token and --app must not be empty\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<DemoApi>> apis;
    qsizetype userCount = 0, sessions = 0, events = 0;
    QVector<GeneratorOptions> profiles =
        demoAppProfiles(int(appsN), QDateTime::currentSecsSinceEpoch(), parser.value(appId));
    for (int i = 1; i < profiles.size(); ++i) {
        if (profiles[i].appId == profiles.first().appId) {
            err << "nucleus-devserver: --app " << profiles.first().appId
                << " is the id of another of the --apps; choose another\n";
            return 2;
        }
    }
    if (dev) { // no synthetic data: the first app is empty until something arrives
        DataSet empty;
        empty.appId = firstApp;
        empty.appName = firstApp;
        empty.versions.clear();
        empty.finalize();
        apis.push_back(std::make_unique<DemoApi>(std::move(empty)));
        profiles.clear();
    }
    for (int i = 0; i < profiles.size(); ++i) {
        GeneratorOptions &g = profiles[i];
        g.days = int(daysN);
        g.seed += quint64(seedN) - 1; // --seed 1 (the default) keeps each app's own seed
        if (i == 0)
            g.users = int(usersN);
        DataSet data = generateDataSet(g);
        userCount += data.users.size();
        sessions += data.sessions.size();
        events += data.events.size();
        apis.push_back(std::make_unique<DemoApi>(std::move(data)));
    }
    DemoServerOptions o;
    o.port = quint16(portN);
    o.token = valueOf(token);
    o.latencyMs = int(latencyN);
    o.failRate = fail;
    o.dev = dev;
    DemoServer server(std::move(apis), o);
    if (ingest) {
        auto store = std::make_unique<ReceivedStore>();
        const QString file =
            parser.isSet(dataOption) ? parser.value(dataOption) : ReceivedStore::defaultPath();
        QString error, notice;
        if (!store->open(file, &error, &notice)) {
            err << "nucleus-devserver: " << error << '\n';
            return 1;
        }
        if (!notice.isEmpty())
            err << "nucleus-devserver: " << notice << '\n';
        err << "nucleus-devserver: " << store->totalEvents() << " received events kept in " << file
            << '\n';
        err.flush();
        server.setReceivedStore(std::move(store));
    }
    if (!server.listen()) {
        err << "nucleus-devserver: cannot listen on 127.0.0.1:" << portN << '\n';
        return 1;
    }
    QStringList appIds;
    for (const DemoAppInfo &app : server.apps())
        appIds.append(app.id);
    QTextStream(stdout) << "nucleus-devserver listening on " << server.baseUrl().toString()
                        << (appIds.size() > 1 ? " apps " : " app ") << appIds.join(QLatin1Char(','))
                        << " token " << server.token() << " (" << userCount << " users, "
                        << sessions << " sessions, " << events << " events, ready in "
                        << timer.elapsed() << " ms)" << Qt::endl;
    if (ingest)
        QTextStream(stdout) << "send events to "
                            << server.trackingUrl(appIds.first(), true).toString()
                            << " (WebSocket) or POST "
                            << server.trackingUrl(appIds.first(), false).toString() << Qt::endl;
    return app.exec();
}
