// The command line, run as the real executable against servers on 127.0.0.1: every export view
// compared with numbers worked out by hand for a hand-built data set, hostile CSV read back,
// and every failure kind ending non-zero with one line on stderr and no file left behind.
#include "demoserver.h"
#include "handbuiltdata.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
qint64 at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

// RFC 4180 reader (quoted fields with "", commas and line breaks inside quotes).
QVector<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};
} // namespace

// A failed check inside the helper ends the test function too (later waits would not wait).
#define VERIFY_FAILURE(...)                                                                        \
    do {                                                                                           \
        verifyOneLineFailure(__VA_ARGS__);                                                         \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestCli : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<DemoServer> m_server;

    // Runs the executable while this test's event loop keeps the in-process servers answering.
    Run run(const QStringList &args, const QString &token = QStringLiteral("secret"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NUCLEUS_TOKEN"), token);
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NUCLEUS_DASHBOARD_EXE), args);
        if (!finished.wait(60000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QStringList handArgs(const QStringList &more) const
    {
        return more + QStringList{QStringLiteral("--server"), m_server->baseUrl().toString(),
                                  QStringLiteral("--app"), QStringLiteral("hand-app")};
    }

    static QStringList lines(const QByteArray &out)
    {
        QStringList l = QString::fromUtf8(out).split(QStringLiteral("\r\n"));
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    }

    static void verifyOneLineFailure(const Run &r, int code, const char *mustContain)
    {
        if (r.exitCode != code || r.err.count('\n') != 1)
            qWarning("exit %d, stderr: %s", r.exitCode, r.err.constData());
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mustContain), r.err.constData());
    }

private slots:
    void init()
    {
        auto api = std::make_unique<DemoApi>(handBuiltDataSet(),
                                             [] { return at("2024-03-12T12:00:00Z"); });
        DemoServerOptions options;
        options.token = QStringLiteral("secret");
        m_server = std::make_unique<DemoServer>(std::move(api), options);
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void usageHasEveryDay()
    {
        const Run r = run(handArgs({QStringLiteral("export"), QStringLiteral("usage"),
                                    QStringLiteral("--from"), QStringLiteral("2024-03-09"),
                                    QStringLiteral("--to"), QStringLiteral("2024-03-12"),
                                    QStringLiteral("--timezone"), QStringLiteral("UTC")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            lines(r.out),
            (QStringList{
                QStringLiteral("date,usage,newUsers,activeUsers,nonNewUsers,avgSessionDuration"),
                QStringLiteral("2024-03-09,0,0,0,0,"), // no data: zeros, empty duration
                QStringLiteral("2024-03-10,1,1,1,0,1800"),
                QStringLiteral("2024-03-11,1,1,1,0,1200"),
                QStringLiteral("2024-03-12,2,0,2,2,2100")}));
        QVERIFY(r.err.isEmpty());
    }

    void usageInATimeZone()
    {
        // Berlin (UTC+1 in March): bob's 23:30 UTC session and install are on 03-12.
        const Run r = run(handArgs(
            {QStringLiteral("export"), QStringLiteral("usage"), QStringLiteral("--from"),
             QStringLiteral("2024-03-11"), QStringLiteral("--to"), QStringLiteral("2024-03-12"),
             QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin")}));
        QCOMPARE(lines(r.out).mid(1), (QStringList{QStringLiteral("2024-03-11,0,0,0,0,"),
                                                   QStringLiteral("2024-03-12,3,1,2,1,1800")}));
    }

    void everyOtherView()
    {
        const QStringList range{
            QStringLiteral("--start"),    QString::number(at("2024-03-10T00:00:00Z")),
            QStringLiteral("--end"),      QString::number(at("2024-03-12T23:59:59Z")),
            QStringLiteral("--timezone"), QStringLiteral("UTC")};
        auto exportView = [&](const QStringList &view) {
            const Run r = run(handArgs(QStringList{QStringLiteral("export")} + view + range));
            [&] { QCOMPARE(r.exitCode, 0); }();
            return lines(r.out);
        };
        QCOMPARE(exportView({QStringLiteral("quickglance")}),
                 (QStringList{QStringLiteral("metric,current,previous"),
                              QStringLiteral("users,2,0"), QStringLiteral("installs,1,0"),
                              QStringLiteral("appStarts,3,0"), QStringLiteral("errors,2,0")}));
        QCOMPARE(exportView({QStringLiteral("events")}),
                 (QStringList{QStringLiteral("event,date,count"),
                              QStringLiteral("ITEM_CHECKOUT,2024-03-10,0"),
                              QStringLiteral("ITEM_CHECKOUT,2024-03-11,0"),
                              QStringLiteral("ITEM_CHECKOUT,2024-03-12,2"),
                              QStringLiteral("ITEM_PLAYED,2024-03-10,1"),
                              QStringLiteral("ITEM_PLAYED,2024-03-11,0"),
                              QStringLiteral("ITEM_PLAYED,2024-03-12,0")}));
        QCOMPARE(exportView({QStringLiteral("errors")}),
                 (QStringList{QStringLiteral("error,date,count"),
                              QStringLiteral("NetworkError,2024-03-10,0"),
                              QStringLiteral("NetworkError,2024-03-11,0"),
                              QStringLiteral("NetworkError,2024-03-12,1"),
                              QStringLiteral("uncaughtException,2024-03-10,0"),
                              QStringLiteral("uncaughtException,2024-03-11,1"),
                              QStringLiteral("uncaughtException,2024-03-12,0")}));
        QCOMPARE(exportView({QStringLiteral("breakdown"), QStringLiteral("platforms")}),
                 (QStringList{QStringLiteral("value,count"), QStringLiteral("linux,1"),
                              QStringLiteral("mac,1"), QStringLiteral("win,1")}));
        QCOMPARE(exportView({QStringLiteral("breakdown"), QStringLiteral("versions")}),
                 (QStringList{QStringLiteral("value,count"), QStringLiteral("1.1.0,2"),
                              QStringLiteral("1.0.0,1")}));
        QCOMPARE(exportView({QStringLiteral("eventprops")}),
                 (QStringList{QStringLiteral("event,key,type"), QStringLiteral("init,plan,string"),
                              QStringLiteral("ITEM_CHECKOUT,plan,string")}));
        QCOMPARE(exportView({QStringLiteral("event-attr"), QStringLiteral("init"),
                             QStringLiteral("plan")}),
                 (QStringList{QStringLiteral("value,count"), QStringLiteral("free,2"),
                              QStringLiteral("pro,2")}));
        QCOMPARE(exportView({QStringLiteral("users")}),
                 (QStringList{
                     QStringLiteral("userId,createdAt,lastSeen,devices,platform,country,locale"),
                     QStringLiteral(
                         "alice,2024-03-10T08:00:00.000Z,2024-03-12T10:00:00.000Z,1,win,US,en"),
                     QStringLiteral(
                         "bob,2024-03-11T23:30:00.000Z,2024-03-12T07:10:00.000Z,2,mac;linux,DE,de"),
                     QStringLiteral(
                         "carol,2024-03-01T10:00:00.000Z,2024-03-01T10:05:00.000Z,1,win,FR,fr")}));
        const QStringList sessions = exportView({QStringLiteral("user"), QStringLiteral("alice")});
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions[0], QStringLiteral("session,device,start,end,actions,errors"));
        QVERIFY(sessions[1].endsWith(
            QStringLiteral(",d1,2024-03-12T09:00:00.000Z,2024-03-12T10:00:00.000Z,1,1")));
        const QString sessionId = sessions[1].section(QLatin1Char(','), 0, 0);
        QCOMPARE(
            exportView({QStringLiteral("session"), QStringLiteral("alice"), sessionId,
                        QStringLiteral("--device"), QStringLiteral("d1")}),
            (QStringList{
                QStringLiteral("time,type,platform,version,country,data"),
                QStringLiteral(
                    "2024-03-12T09:00:00.000Z,init,win,1.1.0,US,\"{\"\"plan\"\":\"\"pro\"\"}\""),
                QStringLiteral("2024-03-12T09:30:00.000Z,ITEM_CHECKOUT,win,1.1.0,US,\"{"
                               "\"\"plan\"\":\"\"pro\"\"}\""),
                QStringLiteral("2024-03-12T09:40:00.000Z,error,win,1.1.0,US,"
                               "\"{\"\"message\"\":\"\"NetworkError in version "
                               "1.1.0\"\",\"\"type\"\":\"\"NetworkError\"\"}\"")}));
        // Live: the count agrees with the list (both follow the server's clock).
        const QStringList count = exportView({QStringLiteral("live-count")});
        const QStringList users = exportView({QStringLiteral("live-users")});
        QCOMPARE(count.first(), QStringLiteral("count"));
        QCOMPARE(count[1].toInt(), users.size() - 1);
        QCOMPARE(exportView({QStringLiteral("live-events")}).first(),
                 QStringLiteral("time,type,userId,platform,data"));
    }

    void jsonFormatHasTheSameRows()
    {
        const Run r = run(
            handArgs({QStringLiteral("export"), QStringLiteral("usage"), QStringLiteral("--from"),
                      QStringLiteral("2024-03-11"), QStringLiteral("--to"),
                      QStringLiteral("2024-03-12"), QStringLiteral("--timezone"),
                      QStringLiteral("UTC"), QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2024-03-12"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("usage")).toDouble(), 2.0);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("avgSessionDuration")).toDouble(), 2100.0);
    }

    void hostileNamesSurviveCsv()
    {
        TestHttpServer hostile;
        QVERIFY(hostile.listen());
        const QStringList names = {QStringLiteral("comma, inside"),
                                   QStringLiteral("quote \"this\""), QStringLiteral("line\nbreak"),
                                   QStringLiteral("=cmd|' /C calc'!A0"),
                                   QStringLiteral("Zahlung 💶 日本語")};
        QJsonObject data;
        for (const QString &name : names)
            data.insert(name, QJsonObject{{QStringLiteral("2024-03-10"), 9007199254740991.0}});
        hostile.setHandler([&](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(
                QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson());
        });
        const Run r = run(
            {QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--server"),
             hostile.baseUrl().toString(), QStringLiteral("--app"), QStringLiteral("x"),
             QStringLiteral("--from"), QStringLiteral("2024-03-10"), QStringLiteral("--to"),
             QStringLiteral("2024-03-10"), QStringLiteral("--timezone"), QStringLiteral("UTC")});
        QCOMPARE(r.exitCode, 0);
        const QVector<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), names.size() + 1);
        QStringList read;
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), 3);
            read.append(rows[i][0]);
            QCOMPARE(rows[i][2], QStringLiteral("9007199254740991")); // 2^53 - 1, exact
        }
        QStringList expected = names;
        expected.sort();
        read.sort();
        QCOMPARE(read, expected);
    }

    void outputFileOnlyWhenComplete()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("usage.csv"));
        Run r = run(handArgs(
            {QStringLiteral("export"), QStringLiteral("quickglance"), QStringLiteral("-o"), file}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("metric,current,previous\r\n"));

        const QString failing = dir.filePath(QStringLiteral("failing.csv"));
        r = run(handArgs({QStringLiteral("export"), QStringLiteral("quickglance"),
                          QStringLiteral("-o"), failing}),
                QStringLiteral("wrong"));
        VERIFY_FAILURE(r, 1, "HTTP 401");
        QVERIFY(!QFile::exists(failing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("usage.csv")}); // no temp left

        r = run(
            handArgs({QStringLiteral("export"), QStringLiteral("quickglance"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("missing/dir/out.csv"))}));
        VERIFY_FAILURE(r, 4, "cannot write");
    }

    void failuresEndWithOneLine()
    {
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("usage")}),
                           QStringLiteral("wrong")),
                       1, "rejected the API token");
        VERIFY_FAILURE(
            run({QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--server"),
                 m_server->baseUrl().toString(), QStringLiteral("--app"), QStringLiteral("other")}),
            1, "HTTP 404");
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("user"),
                                     QStringLiteral("nobody")})),
                       1, "Not found");
        VERIFY_FAILURE(
            run(handArgs({QStringLiteral("export"), QStringLiteral("usage")}), QString()), 3,
            "NUCLEUS_TOKEN");
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("nope")})), 2,
                       "unknown view");
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("breakdown"),
                                     QStringLiteral("os")})),
                       2, "KIND");
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("usage"),
                                     QStringLiteral("--from"), QStringLiteral("yesterday"),
                                     QStringLiteral("--to"), QStringLiteral("2024-03-01")})),
                       2, "--from");
        VERIFY_FAILURE(run({QStringLiteral("export"), QStringLiteral("usage"),
                            QStringLiteral("--server"), QStringLiteral("http://example.com/api/v1"),
                            QStringLiteral("--app"), QStringLiteral("x")}),
                       2, "https");
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("session"),
                                     QStringLiteral("alice"), QStringLiteral("1")})),
                       2, "--device");

        m_server->setFailRate(1.0);
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("usage")})), 1,
                       "HTTP 500");
        m_server->setFailRate(0);

        TestHttpServer broken;
        QVERIFY(broken.listen());
        bool silent = false;
        broken.setHandler([&](const TestHttpServer::Request &) {
            TestHttpServer::Response r =
                TestHttpServer::Response::json(R"({"data":{"users":"15"}})");
            r.neverAnswer = silent;
            return r;
        });
        const QStringList brokenArgs{QStringLiteral("--server"), broken.baseUrl().toString(),
                                     QStringLiteral("--app"), QStringLiteral("x")};
        VERIFY_FAILURE(
            run(QStringList{QStringLiteral("export"), QStringLiteral("quickglance")} + brokenArgs),
            1, "cannot read. (data.users");
        silent = true;
        QElapsedTimer timer;
        timer.start();
        VERIFY_FAILURE(run(QStringList{QStringLiteral("export"), QStringLiteral("quickglance"),
                                       QStringLiteral("--timeout"), QStringLiteral("1")} +
                           brokenArgs),
                       1, "did not answer in time");
        QVERIFY(timer.elapsed() < 15000); // bounded: three attempts of 1 s plus backoff
    }

    void guiDemoQuitsCleanlyWithRepliesInFlight()
    {
#ifdef Q_OS_UNIX
        // The window on the demo data, with every answer held back: the demo server is torn
        // down (at exit) while replies wait. SIGTERM, as at log-out, must end it normally.
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nucleus.api.debug=true"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(NUCLEUS_DASHBOARD_EXE),
            {QStringLiteral("--demo"), QStringLiteral("--latency-ms"), QStringLiteral("60000")});
        QByteArray err;
        const bool sent = QTest::qWaitFor(
            [&] {
                err += process.readAllStandardError();
                // The Overview's three requests (quick glance, range, previous range) are out.
                return err.count(" sent") >= 3;
            },
            60000);
        QVERIFY2(sent, err.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("->"), err.constData()); // no request had been answered
#else
        QSKIP("SIGTERM is a Unix signal");
#endif
    }

    void anAnswerOverMaxBodyFailsAsTooLarge()
    {
        // A 2 MB answer: read under the default bound, refused under --max-body 1, never
        // partly written.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(
                R"({"data":{"users":7,"installs":1,"appStarts":2,"errors":3,"pad":")" +
                QByteArray(2 * 1024 * 1024, 'x') + R"("}})");
        });
        const QStringList target{QStringLiteral("export"),   QStringLiteral("quickglance"),
                                 QStringLiteral("--server"), server.baseUrl().toString(),
                                 QStringLiteral("--app"),    QStringLiteral("x")};
        const Run ok = run(target);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(ok.out.contains("users,7"));
        VERIFY_FAILURE(run(target + QStringList{QStringLiteral("--max-body"), QStringLiteral("1")}),
                       1, "too large");
        VERIFY_FAILURE(run(target + QStringList{QStringLiteral("--max-body"), QStringLiteral("0")}),
                       2, "--max-body must be whole megabytes");
    }

    void deleteUserNeedsYes()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &) {
            TestHttpServer::Response r;
            r.status = 204;
            return r;
        });
        const QStringList target{QStringLiteral("--server"), server.baseUrl().toString(),
                                 QStringLiteral("--app"), QStringLiteral("x")};
        VERIFY_FAILURE(
            run(QStringList{QStringLiteral("delete-user"), QStringLiteral("bob")} + target), 2,
            "without --yes");
        QCOMPARE(server.requests.size(), 0); // nothing sent
        const Run ok = run(QStringList{QStringLiteral("delete-user"), QStringLiteral("bob"),
                                       QStringLiteral("--yes")} +
                           target);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].method, QByteArray("DELETE"));
        QCOMPARE(server.requests[0].path(), QByteArray("/api/v1/apps/x/users/bob"));

        // Against the demo server: the user is gone afterwards.
        QCOMPARE(run(handArgs({QStringLiteral("delete-user"), QStringLiteral("bob"),
                               QStringLiteral("--yes")}))
                     .exitCode,
                 0);
        VERIFY_FAILURE(run(handArgs({QStringLiteral("export"), QStringLiteral("user"),
                                     QStringLiteral("bob")})),
                       1, "HTTP 404");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
