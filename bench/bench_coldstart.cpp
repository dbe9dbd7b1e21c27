// Cold start (issue "One truth of state", figure 6): process start -> the Overview painted with
// every panel drawn from the answer cache, against a server that answers after 3 s (so the
// cache is what draws), as a ratio to an empty QMainWindow program's start -> first paint,
// both measured in this one run, offscreen, median of several starts. Goal: <= 2.0.
// Run: build/release/bench/bench_coldstart [nucleus-dashboard nucleus-devserver
// bench_emptywindow]
#include "devserverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {
QTextStream out(stdout);
constexpr int kRuns = 7;

QString sibling(const QString &relative)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + relative;
}

// Starts `program` and returns the milliseconds until a stderr line matches `done` (the line
// itself in *line), or nullopt when it ended or 60 s passed first. The process is then ended.
std::optional<double> timeUntil(const QString &program, const QStringList &args,
                                const QProcessEnvironment &env, const QRegularExpression &done,
                                QString *line = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError); // so waitForReadyRead wakes on it
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    QByteArray err;
    std::optional<double> ms;
    while (!ms && clock.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
        for (const QByteArray &l : err.split('\n')) {
            const QString text = QString::fromUtf8(l);
            if (done.match(text).hasMatch()) {
                ms = clock.nsecsElapsed() / 1e6;
                if (line)
                    *line = text;
                break;
            }
        }
    }
    if (!ms)
        QTextStream(stderr) << program << " did not reach its end point:\n" << err << '\n';
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
    return ms;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dashboard = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                       : sibling(QStringLiteral("../nucleus-dashboard"));
    const QString devserver = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                       : sibling(QStringLiteral("../devserver/nucleus-devserver"));
    const QString empty =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : sibling(QStringLiteral("bench_emptywindow"));

    QProcess server;
    const auto dev = DevServerProcess::start(
        server, devserver, {QStringLiteral("--latency-ms"), QStringLiteral("3000")});
    if (!dev) {
        QTextStream(stderr) << "cannot start " << devserver << '\n';
        return 1;
    }
    QTemporaryDir home; // settings and answer cache of this run only
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("NUCLEUS_TOKEN"), QString::fromUtf8(dev->token));
    const QStringList account{QStringLiteral("--server"), dev->baseUrl.toString(),
                              QStringLiteral("--app"), dev->appId};

    // A first start fills the cache (it waits the 3 s for the server's answers).
    QProcess prime;
    prime.setProcessEnvironment(env);
    prime.start(dashboard,
                QStringList{QStringLiteral("screenshot"), QStringLiteral("overview"),
                            QStringLiteral("-o"), home.filePath(QStringLiteral("p.png"))} +
                    account);
    if (!prime.waitForFinished(120000) || prime.exitCode() != 0) {
        QTextStream(stderr) << "priming the cache failed: " << prime.readAllStandardError();
        return 1;
    }

    QProcessEnvironment probed = env;
    probed.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nucleus.startup.debug=true"));
    const QRegularExpression drawn(QStringLiteral(
        "overview drawn: (\\d+) panels, (\\d+) from cache, (\\d+) ms after the window"));
    const QRegularExpression painted(QStringLiteral("^painted$"));
    QVector<double> dashboardMs, emptyMs;
    for (int i = 0; i < kRuns; ++i) {
        // Interleaved, so both see the same machine load.
        const auto e = timeUntil(empty, {}, env, painted);
        QString line;
        const auto d = timeUntil(dashboard, account, probed, drawn, &line);
        if (!e || !d)
            return 1;
        const auto m = drawn.match(line);
        if (m.captured(1) != m.captured(2)) {
            QTextStream(stderr) << "not every panel came from the cache: " << line << '\n';
            return 1;
        }
        emptyMs.append(*e);
        dashboardMs.append(*d);
    }
    server.terminate();
    server.waitForFinished(10000);

    const double d = median(dashboardMs), e = median(emptyMs);
    out << "cold start, median of " << kRuns << " starts (server answers after 3 s):\n";
    out << QStringLiteral("  empty QMainWindow, start -> first paint:        %1 ms\n")
               .arg(e, 0, 'f', 1);
    out << QStringLiteral("  nucleus-dashboard, start -> Overview from cache: %1 ms\n")
               .arg(d, 0, 'f', 1);
    out << QStringLiteral("  ratio: %1 (goal <= 2.0)\n").arg(d / e, 0, 'f', 2);
    return 0;
}
