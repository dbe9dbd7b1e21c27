// The `screenshot` command, run as the real executable: it follows the window's state path.
// With the server down it renders the answer cache's data with "as of" marks, names each panel
// drawn from it on stderr and exits 0; with nothing kept it renders the failed states and exits
// 1 with one line; and it ends in bounded time against a server that drips a byte a second.
// `export --cached` reads what the window kept, with the server gone.
#include "demofixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
const QString kToken = QStringLiteral("screenshot-token");

struct Run {
    int exitCode = -1;
    bool finished = false;
    qint64 elapsedMs = 0;
    QStringList errLines;
};

// Answers every request with a 200 whose body never ends: one byte a second, forever.
class DripServer : public QTcpServer {
public:
    DripServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 1000000\r\n\r\n{");
                    auto *drip = new QTimer(socket);
                    connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                    drip->start(1000);
                });
            }
        });
    }
};
} // namespace

class TestScreenshot : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home; // HOME, settings and the answer cache of every run of a test
    QTemporaryDir m_out;

    // Runs the executable while this test's event loop keeps the in-process servers answering.
    Run screenshot(const QString &page, const QUrl &server, const QString &app,
                   const QStringList &more = {})
    {
        return runExe(QStringList{QStringLiteral("screenshot"), page, QStringLiteral("-o"),
                                  m_out.filePath(page + QStringLiteral(".png")),
                                  QStringLiteral("--server"), server.toString(),
                                  QStringLiteral("--app"), app, QStringLiteral("--size"),
                                  QStringLiteral("1024x640")} +
                      more);
    }

    Run runExe(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // What the cache holds is read without a token: none is given to such runs.
        if (args.contains(QStringLiteral("--cached")))
            env.remove(QStringLiteral("NUCLEUS_TOKEN"));
        else
            env.insert(QStringLiteral("NUCLEUS_TOKEN"), kToken);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the window's zone, and ours
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;qt.*=false"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(NUCLEUS_DASHBOARD_EXE), args);
        Run run;
        run.finished = finished.wait(60000) && process.exitStatus() == QProcess::NormalExit;
        run.elapsedMs = clock.elapsed();
        if (finished.isEmpty()) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = run.finished ? process.exitCode() : -1; // a hung or crashed run fails
        if (out)
            *out = process.readAllStandardOutput();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // The platform's chatter is not ours.
            if (!line.startsWith(QLatin1String("QStandardPaths:")) &&
                !line.contains(QLatin1String("propagateSizeHints")))
                run.errLines.append(line);
        }
        return run;
    }

    bool wrotePicture(const QString &page) const
    {
        const QImage image(m_out.filePath(page + QStringLiteral(".png")));
        return image.width() == 1024 && image.height() == 640;
    }

    static QUrl closedPort()
    {
        QTcpServer probe; // a port nobody listens on once it is closed again
        probe.listen(QHostAddress::LocalHost);
        QUrl url(QStringLiteral("http://127.0.0.1/api/v1"));
        url.setPort(probe.serverPort());
        return url;
    }

private slots:
    void init()
    {
        QFile::remove(m_out.filePath(QStringLiteral("overview.png")));
        QDir(m_home.filePath(QStringLiteral("cache"))).removeRecursively();
    }

    void fromTheCacheWhenTheServerIsDown()
    {
        DemoFixture demo;
        QVERIFY(demo.start(300, 70, kToken, QDateTime::currentSecsSinceEpoch()));
        const QUrl server = demo.server->baseUrl();
        const QString app = demo.server->appId();

        Run fresh = screenshot(QStringLiteral("overview"), server, app);
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.errLines.join(QLatin1Char('\n'))));
        QVERIFY2(fresh.errLines.isEmpty(), qPrintable(fresh.errLines.join(QLatin1Char('\n'))));
        const QDateTime afterFirst = QDateTime::currentDateTimeUtc();

        demo.stop(); // the server is gone: what the window shows now is what it kept
        QVERIFY(QFile::remove(m_out.filePath(QStringLiteral("overview.png"))));
        const Run kept = screenshot(QStringLiteral("overview"), server, app);
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.errLines.join(QLatin1Char('\n'))));
        QVERIFY(wrotePicture(QStringLiteral("overview")));
        // One line per panel drawn from the cache: the quick glance, four daily charts and
        // five breakdowns, each with the time its answer was received.
        const QRegularExpression line(QStringLiteral(
            "^(.+): from cache as of (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)$"));
        QStringList panels;
        for (const QString &text : kept.errLines) {
            const QRegularExpressionMatch m = line.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            panels.append(m.captured(1));
            const QDateTime asOf = QDateTime::fromString(m.captured(2), Qt::ISODate);
            QVERIFY(asOf.isValid());
            QVERIFY(asOf <= afterFirst && asOf.secsTo(afterFirst) < 300);
        }
        QVERIFY2(panels.size() == 10, qPrintable(panels.join(QLatin1Char('\n'))));
        QCOMPARE(panels.removeDuplicates(), 0);
        QVERIFY(panels.contains(QStringLiteral("Daily usage (app starts)")));
        QVERIFY(panels.contains(QStringLiteral("Platforms")));
    }

    void exportCachedReadsWhatTheWindowKept()
    {
        DemoFixture demo;
        QVERIFY(demo.start(300, 70, kToken, QDateTime::currentSecsSinceEpoch()));
        const QStringList account{QStringLiteral("--server"), demo.server->baseUrl().toString(),
                                  QStringLiteral("--app"), demo.server->appId()};
        const QStringList usage{QStringLiteral("export"), QStringLiteral("usage")};
        const Run none = runExe(usage + account + QStringList{QStringLiteral("--cached")});
        QCOMPARE(none.exitCode, 1); // nothing kept yet
        QCOMPARE(none.errLines.size(), 1);
        QVERIFY(none.errLines.first().contains(QLatin1String("without --cached")));

        // The window's range: the last 30 whole days, today included.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QStringList windowRange{QStringLiteral("--from"),
                                      today.addDays(-29).toString(Qt::ISODate),
                                      QStringLiteral("--to"), today.toString(Qt::ISODate)};
        QVERIFY(screenshot(QStringLiteral("overview"), demo.server->baseUrl(), demo.server->appId())
                    .exitCode == 0);
        QByteArray fresh;
        QCOMPARE(runExe(usage + account + windowRange, &fresh).exitCode, 0);
        demo.stop();

        // The server is gone; the numbers the window showed are still there for scripts.
        for (const QStringList &range : {QStringList{}, windowRange}) {
            QByteArray kept;
            const Run r =
                runExe(usage + account + range + QStringList{QStringLiteral("--cached")}, &kept);
            QVERIFY2(r.exitCode == 0, qPrintable(r.errLines.join(QLatin1Char('\n'))));
            QCOMPARE(kept, fresh);
            QCOMPARE(kept.count('\n'), 31); // the header and every day
            QCOMPARE(r.errLines.size(), 1);
            QVERIFY2(r.errLines.first().contains(QRegularExpression(
                         QStringLiteral("export: from cache as of \\d{4}-\\d\\d-\\d\\dT"))),
                     qPrintable(r.errLines.first()));
        }
        // What was never shown is not made up.
        const Run other = runExe(usage + account +
                                 QStringList{QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2020-01-31"),
                                             QStringLiteral("--cached")});
        QCOMPARE(other.exitCode, 1);
        QCOMPARE(other.errLines.size(), 1);
        QVERIFY(other.errLines.first().contains(QLatin1String("Nothing is kept")));
        // The demo's kept answers need no demo server (nor a token) to be read.
        const Run demoKept =
            runExe(usage + QStringList{QStringLiteral("--demo"), QStringLiteral("--cached")});
        QCOMPARE(demoKept.exitCode, 1); // this test's window never showed the demo
        QVERIFY(demoKept.errLines.first().contains(QLatin1String("Nothing is kept")));
        // Live numbers are never kept.
        const Run live =
            runExe(QStringList{QStringLiteral("export"), QStringLiteral("live-count")} + account +
                   QStringList{QStringLiteral("--cached")});
        QCOMPARE(live.exitCode, 2);
        QCOMPARE(live.errLines.size(), 1);
    }

    void failedStatesWithNothingKept()
    {
        const Run r = screenshot(QStringLiteral("overview"), closedPort(), QStringLiteral("app"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(wrotePicture(QStringLiteral("overview"))); // the failed states, rendered
        QCOMPARE(r.errLines.size(), 1);
        QVERIFY2(r.errLines.first().startsWith(QLatin1String("nucleus-dashboard: screenshot: ")),
                 qPrintable(r.errLines.first()));
        QVERIFY2(r.errLines.first().contains(QLatin1String("Server unreachable")),
                 qPrintable(r.errLines.first()));
    }

    void boundedAgainstADrippingServer()
    {
        DripServer drip;
        QVERIFY(drip.listen(QHostAddress::LocalHost));
        QUrl server(QStringLiteral("http://127.0.0.1/api/v1"));
        server.setPort(drip.serverPort());
        // Bytes keep coming, so no stall ever fires; the bound is the timeout × retries (2)
        // + 10 s the command promises.
        const int timeoutSecs = 2;
        const Run r = screenshot(QStringLiteral("overview"), server, QStringLiteral("app"),
                                 {QStringLiteral("--timeout"), QString::number(timeoutSecs)});
        QVERIFY(r.finished);
        qInfo("ended after %lld ms; bound %d ms", r.elapsedMs, (timeoutSecs * 2 + 10) * 1000);
        QVERIFY2(r.elapsedMs < (timeoutSecs * 2 + 10) * 1000,
                 qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines.size(), 1);
        QVERIFY2(r.errLines.first().contains(QLatin1String("not answering")),
                 qPrintable(r.errLines.first()));
        QVERIFY(wrotePicture(QStringLiteral("overview")));
    }

    void badTimeoutIsRefused()
    {
        const Run r = screenshot(QStringLiteral("overview"), closedPort(), QStringLiteral("app"),
                                 {QStringLiteral("--timeout"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines.size(), 1);
        QVERIFY(r.errLines.first().contains(QLatin1String("--timeout")));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
