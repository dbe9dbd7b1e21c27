// Load check of the dev server's Tracking API (issue #20): N WebSocket clients, each sending
// batches of events (one in flight per client, as the SDKs do) to a real nucleus-devserver
// --dev process on 127.0.0.1 for a fixed time. Reports events/s received and stored, whether
// any confirmed event is missing from the Data API's answer afterwards, and the server's RSS.
//
//   bench_ingest [nucleus-devserver] [--clients N] [--batch B] [--seconds S]
//
// Goal (issue #20): at least 20 000 events/s on a 2-core machine, none lost.
#include "devserverprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace {

qint64 rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

// One client: a device with one session, sending `batch` events at a time.
struct Client {
    QWebSocket socket;
    QString device;
    int nextId = 1;
    qint64 confirmed = 0;
    bool sentInit = false;

    QString nextBatch(int batch)
    {
        QJsonArray events;
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        if (!sentInit) {
            events.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("init")},
                                      {QStringLiteral("id"), nextId++},
                                      {QStringLiteral("sessionId"), 1},
                                      {QStringLiteral("deviceId"), device},
                                      {QStringLiteral("platform"), QStringLiteral("Linux")},
                                      {QStringLiteral("date"), now}});
            sentInit = true;
        }
        while (events.size() < batch)
            events.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("event")},
                {QStringLiteral("id"), nextId++},
                {QStringLiteral("name"), QStringLiteral("LOAD")},
                {QStringLiteral("sessionId"), 1},
                {QStringLiteral("deviceId"), device},
                {QStringLiteral("date"), now},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), nextId % 10}}}});
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("data"), events}})
                                     .toJson(QJsonDocument::Compact));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    const int clients = option(args, QStringLiteral("--clients"), 8);
    const int batch = option(args, QStringLiteral("--batch"), 100);
    const int seconds = option(args, QStringLiteral("--seconds"), 10);
    const QString program = argc > 1 && !QByteArray(argv[1]).startsWith("--")
                                ? QString::fromLocal8Bit(argv[1])
                                : DevServerProcess::program(1, argv);

    QTemporaryDir dir;
    QProcess process;
    const auto server = DevServerProcess::start(
        process, program,
        {QStringLiteral("--dev"), QStringLiteral("--app"), QStringLiteral("load-app"),
         QStringLiteral("--data"), dir.filePath(QStringLiteral("load.sqlite"))});
    if (!server) {
        QTextStream(stderr) << "bench_ingest: nucleus-devserver did not start\n";
        return 1;
    }
    QUrl ws = server->baseUrl;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/app/load-app/track"));

    std::vector<std::unique_ptr<Client>> pool;
    bool running = true;
    int open = 0;
    for (int i = 0; i < clients; ++i) {
        auto client = std::make_unique<Client>();
        client->device = QStringLiteral("load-device-%1").arg(i);
        Client *c = client.get();
        QObject::connect(&c->socket, &QWebSocket::connected, &app, [c, batch, &open] {
            ++open;
            c->socket.sendTextMessage(c->nextBatch(batch));
        });
        QObject::connect(&c->socket, &QWebSocket::textMessageReceived, &app,
                         [c, batch, &running](const QString &answer) {
                             const QJsonObject o =
                                 QJsonDocument::fromJson(answer.toUtf8()).object();
                             c->confirmed +=
                                 o.value(QStringLiteral("reportedIds")).toArray().size();
                             if (running)
                                 c->socket.sendTextMessage(c->nextBatch(batch));
                         });
        pool.push_back(std::move(client));
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &c : pool)
        c->socket.open(ws);
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, [&] {
        running = false;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit); // the answers in flight
    });
    loop.exec();
    const double elapsed = double(timer.elapsed() - 1000) / 1000.0;
    qint64 confirmed = 0;
    for (auto &c : pool)
        confirmed += c->confirmed;
    const qint64 serverRss = rssKb(process.processId());

    // Every confirmed LOAD event must be in the Data API's event counts.
    QNetworkAccessManager net;
    QUrl url = server->baseUrl;
    url.setPath(url.path() + QStringLiteral("/apps/load-app/analytics/events"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    url.setQuery(QStringLiteral("start=%1&end=%2&utcOffset=0").arg(now - 86400).arg(now + 60));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", server->token);
    QElapsedTimer queryTimer;
    queryTimer.start();
    QNetworkReply *reply = net.get(request);
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const qint64 queryMs = queryTimer.elapsed();
    qint64 counted = 0;
    const QJsonObject days = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("LOAD"))
                                 .toObject();
    for (const QJsonValue v : days)
        counted += v.toInteger();
    const qint64 confirmedLoads = confirmed - open; // one init per client
    process.kill();
    process.waitForFinished();

    const double rate = double(confirmed) / elapsed;
    out << "bench_ingest: " << clients << " WebSocket clients, batches of " << batch << ", "
        << QString::number(elapsed, 'f', 1) << " s\n"
        << "  confirmed and stored: " << confirmed << " events = " << QString::number(rate, 'f', 0)
        << " events/s (goal >= 20000: " << (rate >= 20000 ? "met" : "NOT met") << ")\n"
        << "  in the Data API afterwards: " << counted << " of " << confirmedLoads
        << " LOAD events (" << (counted == confirmedLoads ? "none lost" : "LOST SOME")
        << "; first query after the stream " << queryMs << " ms)\n"
        << "  server RSS at the end: " << serverRss / 1024 << " MB\n";
    return counted == confirmedLoads ? 0 : 1;
}
