// `export users` of 100 000 users against the same reading done by curl and Python (issue #17):
// both ask the same real nucleus-devserver process for /users, one through the whole command
// (request, decode, table, CSV to a file), the other as `curl … | python3 -c 'json.load(…)'`.
// Median of five runs each, and their ratio (goal ≤ 1.0). Skips with a message when curl or
// python3 is missing.
// Run: build/release/bench/bench_export [nucleus-devserver] [nucleus-dashboard] [users]
#include "devserverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream out(stdout);

// Runs `program args` with `env` to its end; its wall time in ms, or -1 when it failed.
qint64 timed(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << program << " failed: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    return clock.elapsed();
}

qint64 medianOf(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString devserver = DevServerProcess::program(argc, argv);
    const QString dashboard =
        argc > 2 ? QString::fromLocal8Bit(argv[2])
                 : QCoreApplication::applicationDirPath() + QStringLiteral("/../nucleus-dashboard");
    const QString users = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("100000");
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        out << "bench_export: skipped, curl and python3 are needed for the comparison" << Qt::endl;
        return 0;
    }
    QProcess serverProcess;
    const auto server =
        DevServerProcess::start(serverProcess, devserver, {QStringLiteral("--users"), users});
    if (!server) {
        out << "bench_export: could not start " << devserver << Qt::endl;
        return 2;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NUCLEUS_TOKEN"), QString::fromUtf8(server->token));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString usersUrl =
        server->baseUrl.toString() + QStringLiteral("/apps/%1/users").arg(server->appId);
    // The token reaches curl through a header file of its own, never the command line.
    const QString headerFile = home.filePath(QStringLiteral("header"));
    QFile header(headerFile);
    if (!header.open(QIODevice::WriteOnly))
        return 2;
    header.write("Authorization: " + server->token + "\n");
    header.close();
    const QString pipeline =
        QStringLiteral("curl -sf -H @%1 '%2' | python3 -c 'import json,sys; json.load(sys.stdin)'")
            .arg(headerFile, usersUrl);
    const QString output = home.filePath(QStringLiteral("users.csv"));

    QList<qint64> exportMs, pythonMs;
    // A first run of each warms the server's answer and the page cache.
    timed(dashboard,
          {QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--server"),
           server->baseUrl.toString(), QStringLiteral("--app"), server->appId, QStringLiteral("-o"),
           output},
          env);
    timed(QStringLiteral("bash"), {QStringLiteral("-c"), pipeline}, env);
    for (int i = 0; i < 5; ++i) { // interleaved: a busy moment of the machine hits both
        exportMs.append(
            timed(dashboard,
                  {QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--server"),
                   server->baseUrl.toString(), QStringLiteral("--app"), server->appId,
                   QStringLiteral("-o"), output},
                  env));
        pythonMs.append(timed(QStringLiteral("bash"), {QStringLiteral("-c"), pipeline}, env));
    }
    serverProcess.kill();
    serverProcess.waitForFinished();
    if (exportMs.contains(-1) || pythonMs.contains(-1))
        return 1;
    const qint64 e = medianOf(exportMs), p = medianOf(pythonMs);
    out << QStringLiteral("export users of %1 users: %2 ms; curl | python3 json.load: %3 ms; "
                          "ratio %4 (goal <= 1.0)")
               .arg(users)
               .arg(e)
               .arg(p)
               .arg(double(e) / p, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
