#include "devserverprocess.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString DevServerProcess::program(int argc, char **argv)
{
    return argc > 1 ? QString::fromLocal8Bit(argv[1])
                    : QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../devserver/nucleus-devserver");
}

std::optional<DevServerProcess> DevServerProcess::start(QProcess &process, const QString &program,
                                                        const QStringList &args)
{
    // A --port in `args` wins (a restart on the same address); else a random one.
    const QStringList port = args.contains(QStringLiteral("--port"))
                                 ? QStringList()
                                 : QStringList{QStringLiteral("--port"), QStringLiteral("0")};
    process.start(program, args + port);
    if (!process.waitForStarted())
        return std::nullopt;
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(120000))
        line += process.readAllStandardOutput();
    const auto m = QRegularExpression(QStringLiteral("listening on (\\S+) app (\\S+) token (\\S+)"))
                       .match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return std::nullopt;
    return DevServerProcess{QUrl(m.captured(1)), m.captured(2), m.captured(3).toUtf8()};
}
