#include "demoserver.h"

#include "receiveddata.h"
#include "receivedstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace {
const QString kApiRoot = QStringLiteral("/api/v1/");

// The app id of a Tracking API path: /app/:appId/track (HTTP, and the JS SDK's WebSocket) or,
// for WebSocket, /:appId/ (the documented address); "" for any other path.
QString trackedApp(const QString &encodedPath, bool webSocket)
{
    QStringList parts = encodedPath.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    QString app;
    if (parts.size() == 3 && parts[0] == QLatin1String("app") && parts[2] == QLatin1String("track"))
        app = parts[1];
    else if (webSocket && parts.size() == 1 && parts[0] != QLatin1String("api"))
        app = parts[0];
    app = QUrl::fromPercentEncoding(app.toUtf8());
    return app.size() <= 200 ? app : QString();
}

DemoApi::Reply errorReply(int status, const QString &message)
{
    return {status, demoJson(QJsonObject{{QStringLiteral("error"), message}})};
}

QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    default:
        return "OTHER";
    }
}

void send(QHttpServerResponder &responder, const DemoApi::Reply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (reply.body.isEmpty())
        responder.write(status);
    else
        responder.write(reply.body, "application/json", status);
}
} // namespace

namespace {
std::vector<std::unique_ptr<DemoApi>> oneApi(std::unique_ptr<DemoApi> api)
{
    std::vector<std::unique_ptr<DemoApi>> apis;
    apis.push_back(std::move(api));
    return apis;
}
} // namespace

DemoServer::DemoServer(std::unique_ptr<DemoApi> api, const DemoServerOptions &options,
                       QObject *parent)
    : DemoServer(oneApi(std::move(api)), options, parent)
{}

DemoServer::DemoServer(std::vector<std::unique_ptr<DemoApi>> apis, const DemoServerOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_apis(std::move(apis))
    , m_options(options)
    , m_tcp(new QTcpServer(this))
    , m_failures(options.failSeed)
{
    // Every request comes here: our own router keeps percent-encoded segments ("a%2Fb") whole,
    // and the latency switch needs to answer later without blocking the server thread.
    auto handle = [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        ++m_requestCounts[request.url().path(QUrl::FullyEncoded)];
        const DemoApi::Reply reply = answer(request);
        if (m_options.latencyMs <= 0)
            send(responder, reply);
        else
            answerLater(std::move(responder), reply);
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http.setMissingHandler(
        this, [handle](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handle(request, responder);
        });
    // From 6.8 an upgrade needs a yes: the Tracking API's paths, while ingest is on.
    m_http.addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) {
        return m_received && !trackedApp(request.url().path(QUrl::FullyEncoded), true).isEmpty()
                   ? QHttpServerWebSocketUpgradeResponse::accept()
                   : QHttpServerWebSocketUpgradeResponse::deny();
    });
#else
    m_http.setMissingHandler(
        [handle](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, responder);
        });
    // Before 6.8 an upgrade goes ahead only when a route takes the request: the Tracking
    // API's paths are routes that leave an upgrade alone and answer anything else as usual.
    const auto tracking = [this, handle](const QHttpServerRequest &request,
                                         QHttpServerResponder &&responder) {
        const bool upgrade =
            request.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) ==
            0;
        if (!(upgrade && m_received))
            handle(request, responder);
    };
    m_http.route(
        QStringLiteral("/app/<arg>/track"),
        [tracking](const QString &, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) { tracking(request, std::move(responder)); });
    m_http.route(
        QStringLiteral("/<arg>/"),
        [tracking](const QString &, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) { tracking(request, std::move(responder)); });
#endif
}

DemoServer::~DemoServer()
{
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
    // Replies still waiting out their latency are answered now, while the HTTP server and its
    // connections exist: a responder outliving them crashes on Qt 6.8 (and on 6.4 would write
    // to a deleted socket).
    auto pending = std::move(m_delayed);
    m_delayed.clear();
    for (auto &[id, delayed] : pending)
        sendIfConnected(delayed, errorReply(503, QStringLiteral("the demo server is stopping")));
}

void DemoServer::answerLater(QHttpServerResponder &&responder, const DemoApi::Reply &reply)
{
    const quint64 id = m_nextDelayedId++;
    DelayedReply delayed{std::make_unique<QHttpServerResponder>(std::move(responder)), reply, {}};
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Before 6.8 the responder keeps a raw socket pointer, deleted when a client gives up (a
    // superseded request), so the socket is watched; from 6.8 the responder tracks it itself.
    delayed.socket = delayed.responder->socket();
#endif
    m_delayed.emplace(id, std::move(delayed));
    // The timer holds only the id: if the server goes first, the reply was already answered.
    QTimer::singleShot(m_options.latencyMs, Qt::PreciseTimer, this, [this, id] {
        auto it = m_delayed.find(id);
        if (it == m_delayed.end())
            return;
        DelayedReply delayed = std::move(it->second);
        m_delayed.erase(it);
        sendIfConnected(delayed, delayed.reply);
    });
}

void DemoServer::sendIfConnected(DelayedReply &delayed, const DemoApi::Reply &reply)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (!delayed.socket || delayed.socket->state() != QAbstractSocket::ConnectedState)
        return;
#endif
    send(*delayed.responder, reply);
}

bool DemoServer::listen()
{
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port))
        return false;
    m_http.bind(m_tcp);
    return true;
}

quint16 DemoServer::port() const
{
    return m_tcp->serverPort();
}

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

DemoApi::Reply DemoServer::answer(const QHttpServerRequest &request)
{
    // The Tracking API has no token (apps cannot keep a secret); only with ingest on.
    const QString tracked = trackedApp(request.url().path(QUrl::FullyEncoded), false);
    if (m_received && !tracked.isEmpty()) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return errorReply(405, QStringLiteral("POST a batch {\"data\": [...]} here"));
        int status = 200;
        QStringList devices;
        const QByteArray body = ingest(tracked, request.body(), QString(), &status, &devices);
        return {status, body};
    }
    // value() looks the header up case-insensitively on every Qt from 6.4 (headers() changed
    // type in 6.8).
    if (request.value(QByteArrayLiteral("Authorization")) != m_options.token.toUtf8())
        return errorReply(401, QStringLiteral("invalid or missing API token"));
    if (m_options.failRate > 0 && m_failures.uniform() < m_options.failRate)
        return errorReply(500, QStringLiteral("injected failure (--fail-rate)"));

    const QString path = request.url().path(QUrl::FullyEncoded);
    if (!path.startsWith(kApiRoot))
        return errorReply(404, QStringLiteral("unknown path"));
    QStringList segments = path.mid(kApiRoot.size()).split(QLatin1Char('/'));
    for (QString &s : segments)
        s = QUrl::fromPercentEncoding(s.toUtf8());
    // The app's own data; any other path or app goes to the first, which says what is unknown.
    DemoApi *api = segments.size() > 1 ? apiFor(segments[1]) : nullptr;
    if (!api)
        api = m_apis.front().get();
    const DemoApi::Reply reply = api->handle(methodName(request), segments, request.query());
    // A user deleted from received data stays deleted when the app is built again.
    if (m_received && reply.status == 204 && segments.size() == 4 &&
        segments[2] == QLatin1String("users"))
        m_deleted[segments[1]].insert(segments[3]);
    return reply;
}

DemoApi *DemoServer::apiFor(const QString &appId)
{
    int index = -1;
    for (int i = 0; i < int(m_apis.size()); ++i) {
        if (m_apis[size_t(i)]->data().appId == appId)
            index = i;
    }
    if (!m_received)
        return index >= 0 ? m_apis[size_t(index)].get() : nullptr;
    const quint64 revision = m_received->revision(appId);
    const bool known = index >= 0 || revision > 0 || m_options.dev;
    if (!known)
        return nullptr;
    // Up to date: built from this revision, or an app that has received nothing yet.
    const bool built = m_builtRevision.contains(appId);
    if (index >= 0 && (built ? m_builtRevision.value(appId) == revision : revision == 0))
        return m_apis[size_t(index)].get();
    // Built again from the app's synthetic data (if any) and everything received: a query
    // after a batch pays O(events) once; a stream of batches without queries pays nothing.
    DataSet data;
    if (m_bases.contains(appId)) {
        data = m_bases.value(appId);
    } else {
        data.appId = appId;
        data.appName = appId;
        data.versions.clear();
    }
    appendReceived(data, m_received->events(appId));
    data.finalize();
    auto api = std::make_unique<DemoApi>(std::move(data));
    api->setPresence([this, appId] { return m_presence.value(appId); });
    for (const QString &userId : m_deleted.value(appId))
        api->deleteUserById(userId);
    m_builtRevision[appId] = revision;
    if (index >= 0) {
        m_apis[size_t(index)] = std::move(api);
        return m_apis[size_t(index)].get();
    }
    m_apis.push_back(std::move(api));
    return m_apis.back().get();
}

void DemoServer::setReceivedStore(std::unique_ptr<ReceivedStore> store)
{
    m_received = std::move(store);
    // The synthetic apps' data as generated: received events are joined to a copy of it.
    for (const auto &api : m_apis) {
        if (!api->data().users.isEmpty())
            m_bases.insert(api->data().appId, api->data());
    }
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this,
            &DemoServer::acceptWebSockets, Qt::UniqueConnection);
}

QUrl DemoServer::trackingUrl(const QString &appId, bool webSocket) const
{
    QUrl url;
    url.setScheme(webSocket ? QStringLiteral("ws") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/app/%1/track").arg(appId));
    return url;
}

QByteArray DemoServer::ingest(const QString &appId, const QByteArray &body, const QString &device,
                              int *status, QStringList *devicesSeen)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const Tracking::Batch batch = Tracking::parse(body, nowMs, device);
    int added = 0;
    QString error;
    QVector<Tracking::Event> data;
    for (const Tracking::Event &e : batch.events) {
        if (!e.deviceId.isEmpty() && !devicesSeen->contains(e.deviceId))
            devicesSeen->append(e.deviceId);
        if (e.type != QLatin1String("heartbeat"))
            data.append(e);
    }
    if (!m_received->add(appId, data, &added, &error)) {
        *status = 503;
        return demoJson(QJsonObject{
            {QStringLiteral("error"), QStringLiteral("the events could not be stored: ") + error},
            {QStringLiteral("reportedIds"), QJsonArray()}});
    }
    *status = batch.bodyRefused() && body.size() > Tracking::kMaxBatchBytes ? 413
              : batch.problems.isEmpty()                                    ? 200
                                                                            : 400;
    return demoJson(Tracking::answer(batch));
}

void DemoServer::acceptWebSockets()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        const QString appId = trackedApp(socket->requestUrl().path(QUrl::FullyEncoded), true);
        if (!m_received || appId.isEmpty()) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("not a Tracking API address"));
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        serveWebSocket(socket, appId);
    }
}

void DemoServer::serveWebSocket(QWebSocket *socket, const QString &appId)
{
    socket->setMaxAllowedIncomingMessageSize(quint64(Tracking::kMaxBatchBytes));
    m_sockets.insert(socket, {appId, {}, {}});
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        SocketState &state = m_sockets[socket];
        int status = 200;
        QStringList devices;
        const QByteArray reply =
            ingest(state.appId, text.toUtf8(), state.device, &status, &devices);
        // Any message is a sign of life of the devices it speaks for (heartbeats included).
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const QString &d : std::as_const(devices)) {
            state.devices.insert(d);
            state.device = d;
            m_presence[state.appId].insert(d, now);
        }
        socket->sendTextMessage(QString::fromUtf8(reply));
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
        socket->sendTextMessage(QString::fromUtf8(demoJson(
            QJsonObject{{QStringLiteral("error"),
                         QStringLiteral("body: expected a text message {\"data\": [...]}")},
                        {QStringLiteral("reportedIds"), QJsonArray()}})));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const SocketState state = m_sockets.take(socket);
        for (const QString &d : state.devices)
            m_presence[state.appId].remove(d); // gone: no longer online
        socket->deleteLater();
    });
}

QVector<DemoAppInfo> DemoServer::apps() const
{
    QVector<DemoAppInfo> apps;
    for (const auto &api : m_apis)
        apps.append({api->data().appId, api->data().appName});
    return apps;
}

DemoServerHost::DemoServerHost(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DemoServerHost::stop);
}

DemoServerHost::~DemoServerHost()
{
    stop();
}

bool DemoServerHost::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoServerHost::stop()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void DemoServerHost::startBuiltIn(int latencyMs)
{
    DemoServerOptions options;
    options.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.latencyMs = latencyMs;
    start(demoAppProfiles(3, QDateTime::currentSecsSinceEpoch()), options);
}

void DemoServerHost::startDev(const QString &appId, const QString &dataFile, quint16 port)
{
    serveOnThread(QStringLiteral("dev-server"),
                  [appId, dataFile, port](QString *error, QString *notice) -> DemoServer * {
                      DataSet empty;
                      empty.appId = appId;
                      empty.appName = appId;
                      empty.versions.clear();
                      empty.finalize();
                      DemoServerOptions options;
                      options.port = port;
                      options.token = devToken();
                      options.dev = true;
                      auto server = std::make_unique<DemoServer>(
                          std::make_unique<DemoApi>(std::move(empty)), options);
                      // The store's database connection is made here, on the thread using it.
                      auto store = std::make_unique<ReceivedStore>();
                      if (!store->open(dataFile, error, notice))
                          return nullptr;
                      server->setReceivedStore(std::move(store));
                      if (!server->listen()) {
                          *error = tr("Port %1 on 127.0.0.1 is in use.").arg(port);
                          return nullptr;
                      }
                      return server.release();
                  });
}

void DemoServerHost::start(const GeneratorOptions &generator, const DemoServerOptions &options)
{
    start(QVector<GeneratorOptions>{generator}, options);
}

void DemoServerHost::start(const QVector<GeneratorOptions> &generators,
                           const DemoServerOptions &options)
{
    Q_ASSERT(!generators.isEmpty());
    serveOnThread(QStringLiteral("demo-server"),
                  [generators, options](QString *error, QString *) -> DemoServer * {
                      std::vector<std::unique_ptr<DemoApi>> apis;
                      for (const GeneratorOptions &generator : generators)
                          apis.push_back(std::make_unique<DemoApi>(generateDataSet(generator)));
                      auto server = std::make_unique<DemoServer>(std::move(apis), options);
                      if (!server->listen()) {
                          *error = tr("The demo server could not listen on 127.0.0.1.");
                          return nullptr;
                      }
                      return server.release();
                  });
}

void DemoServerHost::serveOnThread(const QString &name, const MakeServer &make)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(name);
    // Runs on the new thread: make the server (generate, open, listen), report back through
    // queued calls; the server lives and dies with the thread.
    connect(
        m_thread, &QThread::started, m_thread,
        [this, make] {
            QString error, notice;
            DemoServer *server = make(&error, &notice);
            if (!server) {
                QMetaObject::invokeMethod(
                    this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
                return;
            }
            connect(
                m_thread, &QThread::finished, server, [server] { delete server; },
                Qt::DirectConnection);
            const QUrl url = server->baseUrl();
            const QString appId = server->appId();
            const QString token = server->token();
            const QVector<DemoAppInfo> apps = server->apps();
            QMetaObject::invokeMethod(
                this,
                [this, url, appId, token, apps, notice] {
                    m_apps = apps;
                    m_notice = notice;
                    emit ready(url, appId, token);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_thread->start();
}
