// Live figures (issue "Live panel"): 10 000 polls against a local nucleus-devserver process:
// resident memory after the first 100 polls and after all 10 000 (goal: growth under 2 MB),
// and client CPU time per poll (request, decode, model update) as a ratio to decoding the same
// bodies alone.
// Run: build/release/bench/bench_live [path/to/nucleus-devserver] [polls]
#include "api/apiclient.h"
#include "api/decoders.h"
#include "devserverprocess.h"
#include "live/livemodels.h"
#include "live/livepoller.h"
#include "residentmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <ctime>

namespace {
QTextStream out(stdout);

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", token);
    QNetworkReply *reply = nam.get(request);
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString program = DevServerProcess::program(argc, argv);
    const int polls = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    QProcess server;
    const auto started = DevServerProcess::start(server, program);
    if (!started) {
        out << "cannot start " << program << Qt::endl;
        return 1;
    }
    const QUrl base = started->baseUrl;
    const QString app_ = started->appId;
    const QByteArray token = started->token;

    ApiClient client;
    client.setBaseUrl(base);
    client.setToken(QString::fromUtf8(token));
    LivePoller poller(&client);
    poller.setAppId(app_);
    poller.setInterval(1);
    LiveUsersModel users;
    LiveEventsModel events;
    QObject::connect(&poller, &LivePoller::usersUpdated, &users, &LiveUsersModel::update);
    QObject::connect(&poller, &LivePoller::eventsUpdated, &events, &LiveEventsModel::update);
    int done = 0, failed = 0;
    qint64 rssAt100 = 0;
    double cpuAt100 = 0;
    QObject::connect(&poller, &LivePoller::pollFinished, [&](bool ok) {
        ++done;
        failed += ok ? 0 : 1;
        if (done == 100) {
            rssAt100 = rssKiB();
            cpuAt100 = cpuMs();
        }
        if (done == polls)
            QCoreApplication::quit();
    });
    QElapsedTimer wall;
    wall.start();
    poller.setActive(true);
    app.exec();
    poller.setActive(false);
    const qint64 rssEnd = rssKiB();
    const double cpuPerPoll = (cpuMs() - cpuAt100) / double(polls - 100);
    out << polls << " polls in " << wall.elapsed() / 1000.0 << " s (" << failed << " failed)"
        << Qt::endl;
    out << "RSS after 100 polls " << rssAt100 / 1024.0 << " MiB, after " << polls << " "
        << rssEnd / 1024.0 << " MiB: growth " << (rssEnd - rssAt100) / 1024.0 << " MiB" << Qt::endl;

    // Decode alone, same bodies.
    QNetworkAccessManager nam;
    const QString root = base.toString() + QStringLiteral("/apps/") + app_;
    const QByteArray count = get(nam, QUrl(root + QStringLiteral("/live/users/count")), token);
    const QByteArray list = get(nam, QUrl(root + QStringLiteral("/live/users")), token);
    const QByteArray feed = get(nam, QUrl(root + QStringLiteral("/live/events")), token);
    const double before = cpuMs();
    const int rounds = 2000;
    for (int i = 0; i < rounds; ++i) {
        Decode::liveUsersCount(count);
        Decode::liveUsers(list);
        Decode::liveEvents(feed);
    }
    const double decodePerPoll = (cpuMs() - before) / rounds;
    out << "CPU per poll " << cpuPerPoll << " ms, decoding the same bodies alone " << decodePerPoll
        << " ms (" << count.size() + list.size() + feed.size() << " bytes): ratio "
        << cpuPerPoll / decodePerPoll << Qt::endl;
    server.kill();
    server.waitForFinished();
    return 0;
}
