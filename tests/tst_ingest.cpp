// The dev server's Tracking API (issue #20) over real HTTP and WebSocket on 127.0.0.1: a
// session reported by an app shows up in every Data API answer it belongs to, bad bodies and
// events are refused with the field named (the good ones of a batch kept), ids are stored once,
// the events survive a restart and a kill -9 mid-stream, a corrupt file is set aside.
#include "demoapi.h"
#include "demoserver.h"
#include "receivedstore.h"
#include "tracking.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QtTest>

#include <memory>

namespace {

struct Answer {
    int status = 0;
    QJsonObject json;
};

Answer call(QNetworkAccessManager &net, const QByteArray &verb, const QUrl &url,
            const QByteArray &body = {}, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token);
    QNetworkReply *reply = net.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return a;
}

QByteArray batch(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), events}})
        .toJson(QJsonDocument::Compact);
}

// A session as the JS SDK 4.x sends it: integer ids, ms dates, `locale`, Node's platform name.
QJsonArray sdkSession(const QString &device, qint64 session, qint64 startMs, int firstId,
                      const QString &platform = QStringLiteral("Linux"))
{
    const auto at = [startMs](int seconds) { return double(startMs + seconds * 1000); };
    return QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("init")},
                    {QStringLiteral("id"), firstId},
                    {QStringLiteral("date"), at(0)},
                    {QStringLiteral("sessionId"), double(session)},
                    {QStringLiteral("deviceId"), device},
                    {QStringLiteral("anonId"), QStringLiteral("anon-") + device},
                    {QStringLiteral("platform"), platform},
                    {QStringLiteral("osVersion"), QStringLiteral("6.1.0")},
                    {QStringLiteral("locale"), QStringLiteral("de-DE")},
                    {QStringLiteral("client"), QStringLiteral("js")},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("userid")},
                    {QStringLiteral("id"), firstId + 1},
                    {QStringLiteral("date"), at(1)},
                    {QStringLiteral("sessionId"), double(session)},
                    {QStringLiteral("deviceId"), device},
                    {QStringLiteral("userId"), QStringLiteral("user@") + device}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                    {QStringLiteral("id"), firstId + 2},
                    {QStringLiteral("name"), QStringLiteral("EXPORT")},
                    {QStringLiteral("date"), at(30)},
                    {QStringLiteral("sessionId"), double(session)},
                    {QStringLiteral("deviceId"), device},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("format"), QStringLiteral("pdf")}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("id"), firstId + 3},
                    {QStringLiteral("name"), QStringLiteral("TypeError")},
                    {QStringLiteral("date"), at(60)},
                    {QStringLiteral("sessionId"), double(session)},
                    {QStringLiteral("deviceId"), device},
                    {QStringLiteral("platform"), platform},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("message"), QStringLiteral("x is undefined")}}}}};
}

} // namespace

class TestIngest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoServer> m_server;
    QNetworkAccessManager m_net;
    const QByteArray m_token = QByteArrayLiteral("ingest-token");

    QString dataFile() const { return m_dir.filePath(QStringLiteral("events.sqlite")); }

    bool startServer(QString *notice = nullptr)
    {
        DataSet empty;
        empty.appId = QStringLiteral("dev-app");
        empty.versions.clear();
        empty.finalize();
        DemoServerOptions options;
        options.token = QString::fromLatin1(m_token);
        options.dev = true;
        m_server =
            std::make_unique<DemoServer>(std::make_unique<DemoApi>(std::move(empty)), options);
        auto store = std::make_unique<ReceivedStore>();
        QString error, said;
        if (!store->open(dataFile(), &error, &said)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (notice)
            *notice = said;
        m_server->setReceivedStore(std::move(store));
        return m_server->listen();
    }

    QUrl api(const QString &path, bool range = false) const
    {
        QUrl url = m_server->baseUrl();
        url.setPath(url.path() + QStringLiteral("/apps/dev-app/") + path);
        if (range) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            url.setQuery(
                QStringLiteral("start=%1&end=%2&utcOffset=0").arg(now - 7 * 86400).arg(now));
        }
        return url;
    }

    Answer get(const QString &path, bool range = false)
    {
        return call(m_net, "GET", api(path, range), {}, m_token);
    }

    Answer post(const QByteArray &body, const QString &app = QStringLiteral("dev-app"))
    {
        return call(m_net, "POST", m_server->trackingUrl(app, false), body);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        QFile::remove(dataFile());
        QVERIFY(startServer());
    }
    void cleanup() { m_server.reset(); }

    void aReportedSessionShowsUpEverywhere()
    {
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
        const Answer sent = post(batch(sdkSession(QStringLiteral("dev+/1"), 123456, start, 1)));
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json.value(QStringLiteral("reportedIds")).toArray(),
                 (QJsonArray{1, 2, 3, 4}));

        const QJsonObject analytics = get(QStringLiteral("analytics"), true).json;
        const QJsonObject data = analytics.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("totalNumbers"))
                     .toObject()
                     .value(QStringLiteral("users"))
                     .toInt(),
                 1);
        QCOMPARE(data.value(QStringLiteral("platforms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("linux")); // Node's os.type() "Linux", normalised
        const QJsonObject users = get(QStringLiteral("users")).json;
        QCOMPARE(users.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject user = users.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(user.value(QStringLiteral("userId")).toString(), QStringLiteral("user@dev+/1"));
        QCOMPARE(user.value(QStringLiteral("props"))
                     .toObject()
                     .value(QStringLiteral("country"))
                     .toString(),
                 QStringLiteral("DE"));
        // The user's page, the session and its events (the device id percent-encoded).
        const QJsonObject details =
            call(m_net, "GET",
                 QUrl(api(QString()).toString() + QStringLiteral("users/") +
                      QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("user@dev+/1")))),
                 {}, m_token)
                .json; // {"user": {...}, "sessions": [...]}
        const QJsonArray sessions = details.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 1);
        const QJsonObject session = sessions.first().toObject();
        QCOMPARE(session.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(session.value(QStringLiteral("actions")).toInt(), 1);
        const QString sessionId = session.value(QStringLiteral("session")).toString();
        QUrl eventsUrl(api(QString()).toString() + QStringLiteral("users/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("user@dev+/1"))) +
                       QStringLiteral("/session/") + sessionId);
        eventsUrl.setQuery(QStringLiteral("device=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("dev+/1"))));
        const QJsonArray timeline =
            call(m_net, "GET", eventsUrl, {}, m_token).json.value(QStringLiteral("data")).toArray();
        // The session's custom event and its error, in time order.
        QVERIFY2(timeline.size() >= 2, QJsonDocument(timeline).toJson().constData());
        QVERIFY2(QJsonDocument(timeline).toJson().contains("EXPORT"),
                 QJsonDocument(timeline).toJson().constData());

        const QJsonObject events = get(QStringLiteral("analytics/events"), true).json;
        const QJsonObject exports = events.value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("EXPORT"))
                                        .toObject();
        int exportCount = 0;
        for (const QJsonValue v : exports)
            exportCount += v.toInt();
        QCOMPARE(exportCount, 1);
        const QJsonObject errors = get(QStringLiteral("analytics/errors"), true).json;
        QVERIFY(
            errors.value(QStringLiteral("data")).toObject().contains(QStringLiteral("TypeError")));
        // Its utcOffset: a session ten minutes old lies on today's local day in any zone.
        QCOMPARE(data.value(QStringLiteral("usage")).toObject().size(), 1);
    }

    void badBodiesAndEventsAreRefusedByName()
    {
        Answer a = post("not json");
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json.value(QStringLiteral("error"))
                     .toString()
                     .startsWith(QLatin1String("body: not valid JSON")),
                 qPrintable(a.json.value(QStringLiteral("error")).toString()));
        a = post(R"({"data": {"type": "init"}})");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("data: expected an array of events"));

        // One bad event among good ones: the good ones are stored and said, the bad one named.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonArray events = sdkSession(QStringLiteral("dev-2"), 777, now - 60000, 10);
        events.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                  {QStringLiteral("id"), 99},
                                  {QStringLiteral("deviceId"), QStringLiteral("dev-2")},
                                  {QStringLiteral("name"), QStringLiteral("X")}});
        events.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                  {QStringLiteral("id"), 100},
                                  {QStringLiteral("sessionId"), 777},
                                  {QStringLiteral("deviceId"), QStringLiteral("dev-2")},
                                  {QStringLiteral("name"), 5}});
        a = post(batch(events));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("data[4].sessionId: required"));
        const QJsonArray errors = a.json.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[1].toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("data[5].name"));
        QCOMPARE(errors[1].toObject().value(QStringLiteral("id")).toInt(), 100);
        QCOMPARE(a.json.value(QStringLiteral("reportedIds")).toArray(),
                 (QJsonArray{10, 11, 12, 13}));
        QCOMPARE(m_server->receivedStore()->events(QStringLiteral("dev-app")).size(), 4);

        // Over the limit: refused whole, nothing stored.
        QByteArray big = batch(sdkSession(QStringLiteral("dev-3"), 1, now, 20));
        big.insert(big.size() - 2, QByteArray(Tracking::kMaxBatchBytes, ' '));
        a = post(big);
        QCOMPARE(a.status, 413);
        QCOMPARE(m_server->receivedStore()->events(QStringLiteral("dev-app")).size(), 4);
        // Hostile values: a 2 000-character name, a date in the year 20000, an unknown type.
        for (const QJsonObject &bad :
             {QJsonObject{{QStringLiteral("name"), QString(2000, QLatin1Char('n'))}},
              QJsonObject{{QStringLiteral("name"), QStringLiteral("ok")},
                          {QStringLiteral("date"), 600000000000000.0}},
              QJsonObject{{QStringLiteral("type"), QStringLiteral("drop table")}}}) {
            QJsonObject e = bad;
            e.insert(QStringLiteral("sessionId"), 1);
            e.insert(QStringLiteral("deviceId"), QStringLiteral("d"));
            a = post(batch({e}));
            QCOMPARE(a.status, 400);
            QVERIFY(!a.json.value(QStringLiteral("errors")).toArray().isEmpty());
        }
        // GET on the ingest address is not a way in.
        QCOMPARE(call(m_net, "GET", m_server->trackingUrl(QStringLiteral("dev-app"), false)).status,
                 405);
    }

    void idsAreStoredOnce()
    {
        const QByteArray body =
            batch(sdkSession(QStringLiteral("dev-4"), 4, QDateTime::currentMSecsSinceEpoch(), 40));
        QCOMPARE(post(body).status, 200);
        const Answer again = post(body); // the client did not see the first answer
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("reportedIds")).toArray().size(), 4);
        QCOMPARE(m_server->receivedStore()->events(QStringLiteral("dev-app")).size(), 4);
        // The same id from another device is another event.
        QCOMPARE(post(batch(sdkSession(QStringLiteral("dev-5"), 4,
                                       QDateTime::currentMSecsSinceEpoch(), 40)))
                     .status,
                 200);
        QCOMPARE(m_server->receivedStore()->events(QStringLiteral("dev-app")).size(), 8);
        QCOMPARE(get(QStringLiteral("users")).json.value(QStringLiteral("total")).toInt(), 2);
    }

    void webSocketAtBothAddressesAndHeartbeatsAreLive()
    {
        for (const QString &path :
             {QStringLiteral("/app/dev-app/track"), QStringLiteral("/dev-app/")}) {
            QWebSocket socket;
            QSignalSpy connected(&socket, &QWebSocket::connected);
            QSignalSpy answers(&socket, &QWebSocket::textMessageReceived);
            QUrl url = m_server->trackingUrl(QStringLiteral("dev-app"), true);
            url.setPath(path);
            socket.open(url);
            QVERIFY(connected.wait(5000));
            const QString device = QStringLiteral("ws-") + QString::number(path.size());
            socket.sendTextMessage(QString::fromUtf8(
                batch(sdkSession(device, 9, QDateTime::currentMSecsSinceEpoch() - 5000, 70))));
            QVERIFY(answers.wait(5000));
            const QJsonObject reply =
                QJsonDocument::fromJson(answers.takeFirst().first().toString().toUtf8()).object();
            QCOMPARE(reply.value(QStringLiteral("reportedIds")).toArray(),
                     (QJsonArray{70, 71, 72, 73}));
            // The SDK's heartbeat names no device: the connection's is online.
            socket.sendTextMessage(QStringLiteral(R"({"data":[{"type":"heartbeat"}]})"));
            QVERIFY(answers.wait(5000));
            answers.clear();
            const QJsonArray live =
                get(QStringLiteral("live/users")).json.value(QStringLiteral("data")).toArray();
            bool found = false;
            for (const QJsonValue v : live)
                found =
                    found || v.toObject().value(QStringLiteral("deviceId")).toString() == device;
            QVERIFY2(found, QJsonDocument(live).toJson().constData());
            QVERIFY(get(QStringLiteral("live/users/count"))
                        .json.value(QStringLiteral("data"))
                        .toInt() >= 1);
            // A bad message is answered with the field, and the connection stays.
            socket.sendTextMessage(QStringLiteral(R"({"data":[{"type":"event","deviceId":"x"}]})"));
            QVERIFY(answers.wait(5000));
            QVERIFY(answers.takeFirst().first().toString().contains(QLatin1String("data[0]")));
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            socket.close();
            QVERIFY2(closed.count() > 0 || closed.wait(5000), qPrintable(path));
            QTRY_COMPARE(
                get(QStringLiteral("live/users/count")).json.value(QStringLiteral("data")).toInt(),
                0);
        }
        // Other paths do not upgrade.
        QWebSocket stray;
        QSignalSpy strayConnected(&stray, &QWebSocket::connected);
        QUrl url = m_server->trackingUrl(QStringLiteral("dev-app"), true);
        url.setPath(QStringLiteral("/api/v1/apps"));
        stray.open(url);
        QVERIFY(!strayConnected.wait(1500));
    }

    void eventsSurviveARestartAndACorruptFileIsSetAside()
    {
        QCOMPARE(post(batch(sdkSession(QStringLiteral("dev-6"), 6,
                                       QDateTime::currentMSecsSinceEpoch() - 1000, 60)))
                     .status,
                 200);
        m_server.reset();
        QVERIFY(startServer());
        QCOMPARE(m_server->receivedStore()->events(QStringLiteral("dev-app")).size(), 4);
        QCOMPARE(get(QStringLiteral("users")).json.value(QStringLiteral("total")).toInt(), 1);
        m_server.reset();

        QFile file(dataFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QString notice;
        QVERIFY(startServer(&notice));
        QVERIFY2(notice.contains(QLatin1String("moved to")), qPrintable(notice));
        QCOMPARE(m_server->receivedStore()->totalEvents(), 0);
        const QString aside =
            notice.section(QStringLiteral("moved to "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(QFile::exists(aside), qPrintable(aside));
    }

    // The real Nucleus JavaScript SDK (npm nucleus-analytics 4.x) under Node: init, identify,
    // track, trackError reach every answer they belong to, and its open WebSocket is live.
    // Runs where node and npm are (CI installs them); the SDK is installed once per build tree.
    void sdkSessionArrives()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (node.isEmpty() || npm.isEmpty())
            QSKIP("node and npm are not installed: the SDK test needs them");
        QProcess version;
        version.start(node, {QStringLiteral("--version")});
        version.waitForFinished(10000);
        const int major = QString::fromLatin1(version.readAllStandardOutput())
                              .mid(1)
                              .section(QLatin1Char('.'), 0, 0)
                              .toInt();
        if (major < 20)
            QSKIP("the SDK test needs Node 20 or newer (the SDK as observed; Debian 12 has 18)");
        const QString sdkDir = QStringLiteral(NUCLEUS_SDK_DIR);
        QDir().mkpath(sdkDir);
        if (!QFile::exists(sdkDir +
                           QStringLiteral("/node_modules/nucleus-analytics/package.json"))) {
            QProcess install;
            install.setWorkingDirectory(sdkDir);
            install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"),
                                QStringLiteral("--no-fund"), QStringLiteral("--silent"),
                                QStringLiteral("--prefix"), sdkDir,
                                QStringLiteral("nucleus-analytics@4")});
            if (!install.waitForFinished(300000) || install.exitCode() != 0)
                QSKIP(qPrintable(
                    QStringLiteral("npm could not install nucleus-analytics@4: %1")
                        .arg(QString::fromUtf8(install.readAllStandardError()).left(300))));
        }
        QFile::remove(sdkDir + QStringLiteral("/track-with-sdk.js"));
        QVERIFY(QFile::copy(QStringLiteral(NUCLEUS_TEST_DATA "/../sdk/track-with-sdk.js"),
                            sdkDir + QStringLiteral("/track-with-sdk.js")));

        QUrl endpoint = m_server->trackingUrl(QStringLiteral("sdk-app"), true);
        endpoint.setPath(QString()); // the SDK adds /app/:appId/track itself
        QProcess sdk;
        sdk.setWorkingDirectory(sdkDir);
        sdk.start(node, {QStringLiteral("track-with-sdk.js"), endpoint.toString(),
                         QStringLiteral("sdk-app"), QStringLiteral("12")});
        QVERIFY(sdk.waitForStarted());
        const auto appGet = [this](const QString &path, bool range = false) {
            QUrl url = m_server->baseUrl();
            url.setPath(url.path() + QStringLiteral("/apps/sdk-app/") + path);
            if (range) {
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                url.setQuery(
                    QStringLiteral("start=%1&end=%2&utcOffset=0").arg(now - 86400).arg(now + 60));
            }
            return call(m_net, "GET", url, {}, m_token).json;
        };
        QTRY_VERIFY_WITH_TIMEOUT(appGet(QStringLiteral("analytics/errors"), true)
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .contains(QStringLiteral("TypeError")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(appGet(QStringLiteral("analytics/events"), true)
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .contains(QStringLiteral("EXPORT")),
                                 10000);
        const QJsonObject user = appGet(QStringLiteral("users"))
                                     .value(QStringLiteral("data"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(user.value(QStringLiteral("userId")).toString(), QStringLiteral("sdk-user"));
        // Node's os.type() ("Linux", "Darwin", "Windows_NT"), as the dashboard names it.
        const QString platform = user.value(QStringLiteral("devices"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("platform"))
                                     .toString();
        QVERIFY2(
            QStringList({QStringLiteral("linux"), QStringLiteral("mac"), QStringLiteral("win")})
                .contains(platform),
            qPrintable(platform));
        QCOMPARE(appGet(QStringLiteral("live/users/count")).value(QStringLiteral("data")).toInt(),
                 1);
        sdk.kill();
        sdk.waitForFinished();
        QTRY_COMPARE(
            appGet(QStringLiteral("live/users/count")).value(QStringLiteral("data")).toInt(), 0);
    }

    // The real program, killed with SIGKILL while a client streams batches: every batch it
    // confirmed is there after a restart.
    void aKillLosesNothingConfirmed()
    {
        m_server.reset();
        const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess server;
        server.setProgram(QStringLiteral(NUCLEUS_DEVSERVER_EXE));
        server.setArguments({QStringLiteral("--dev"), QStringLiteral("--data"), file});
        server.start();
        QVERIFY(server.waitForReadyRead(10000));
        const QString banner = QString::fromUtf8(server.readAllStandardOutput());
        const QRegularExpression ws(
            QStringLiteral("POST (http://127.0.0.1:\\d+/app/dev-app/track)"));
        QRegularExpressionMatch m = ws.match(banner);
        for (int i = 0; i < 50 && !m.hasMatch(); ++i) {
            server.waitForReadyRead(200);
            m = ws.match(banner + QString::fromUtf8(server.readAllStandardOutput()));
        }
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        const QUrl track(m.captured(1));
        int confirmed = 0;
        QTimer::singleShot(400, &server, [&server] { server.kill(); });
        for (int i = 0; i < 2000; ++i) {
            const Answer a = call(m_net, "POST", track,
                                  batch(sdkSession(QStringLiteral("k%1").arg(i), i,
                                                   QDateTime::currentMSecsSinceEpoch(), i * 10)));
            if (a.status != 200)
                break;
            confirmed += int(a.json.value(QStringLiteral("reportedIds")).toArray().size());
        }
        server.waitForFinished(5000);
        QVERIFY(confirmed > 0);
        ReceivedStore reopened;
        QString error, notice;
        QVERIFY2(reopened.open(file, &error, &notice), qPrintable(error));
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        QVERIFY2(reopened.events(QStringLiteral("dev-app")).size() >= confirmed,
                 qPrintable(QStringLiteral("%1 kept, %2 confirmed")
                                .arg(reopened.events(QStringLiteral("dev-app")).size())
                                .arg(confirmed)));
    }
};

QTEST_MAIN(TestIngest)
#include "tst_ingest.moc"
