#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A nucleus-devserver process started by a benchmark, as its start-up line announces it.
struct DevServerProcess {
    QUrl baseUrl;
    QString appId;
    QByteArray token;

    // argv[1], or the nucleus-devserver built next to the benchmarks.
    static QString program(int argc, char **argv);
    // Starts `program` on a random port (or the --port in `args`) with `args` and waits for its
    // "listening on" line.
    static std::optional<DevServerProcess> start(QProcess &process, const QString &program,
                                                 const QStringList &args = {});
};
