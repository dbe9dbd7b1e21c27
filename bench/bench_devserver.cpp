// Demo server figures (issue "Demo server"): start-up to first answer and peak memory of the
// nucleus-devserver process for the default data set and for 100 000 users x 365 days, and the
// time of /analytics over 365 days as a ratio to serialising the same JSON alone.
// Run: build/dev/bench/bench_devserver [path/to/nucleus-devserver]
#include "demoapi.h"
#include "devserverprocess.h"
#include "generator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream out(stdout);

qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// Starts the server process, waits for its first HTTP answer, returns ms and peak memory.
void startup(const QString &program, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess server;
    const auto started = DevServerProcess::start(server, program, args);
    if (!started) {
        out << "cannot start " << program << Qt::endl;
        return;
    }
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(started->baseUrl.toString() + QStringLiteral("/apps/") +
                                 started->appId + QStringLiteral("/analytics/quickglance")));
    request.setRawHeader("Authorization", started->token);
    QNetworkReply *reply = nam.get(request);
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 firstAnswerMs = timer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    const qint64 peak = peakKiB(server.processId());
    out << "  startup to first answer: " << firstAnswerMs << " ms (HTTP " << status
        << "), peak RSS " << (peak / 1024) << " MiB  [" << args.join(QLatin1Char(' ')) << "]"
        << Qt::endl;
    server.kill();
    server.waitForFinished();
}

template <typename F> double medianMs(int runs, F &&f)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString program = DevServerProcess::program(argc, argv);
    out << "nucleus-devserver start-up:" << Qt::endl;
    startup(program, {});
    startup(program, {QStringLiteral("--users"), QStringLiteral("100000"), QStringLiteral("--days"),
                      QStringLiteral("365")});

    out << "/analytics over 365 days, 100000 users (in-process):" << Qt::endl;
    GeneratorOptions g;
    g.users = 100000;
    g.days = 365;
    g.now = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer gen;
    gen.start();
    DemoApi api(generateDataSet(g));
    out << "  generated " << api.data().sessions.size() << " sessions, " << api.data().events.size()
        << " events in " << gen.elapsed() << " ms" << Qt::endl;
    const QStringList path = {QStringLiteral("apps"), g.appId, QStringLiteral("analytics")};
    // The figure (a year, as the dashboard asks for it: to now, in a whole-hour zone),
    // then a 90-day range, where most users also have sessions before it.
    for (const int days : {365, 90}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start"), QString::number(g.now - days * 86400 + 1));
        query.addQueryItem(QStringLiteral("end"), QString::number(g.now));
        query.addQueryItem(QStringLiteral("utcOffset"), QStringLiteral("-60"));
        QByteArray body;
        const double answerMs = medianMs(7, [&] { body = api.handle("GET", path, query).body; });
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QByteArray again;
        const double serialiseMs = medianMs(7, [&] { again = doc.toJson(QJsonDocument::Compact); });
        out << "  " << days << " days: answer " << answerMs
            << " ms, serialising the same JSON alone " << serialiseMs << " ms (" << body.size()
            << " bytes): ratio " << answerMs / serialiseMs << Qt::endl;
    }
    return 0;
}
