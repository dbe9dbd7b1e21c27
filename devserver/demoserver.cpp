#include "demoserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace {
const QString kApiRoot = QStringLiteral("/api/v1/");

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
#else
    m_http.setMissingHandler(
        [handle](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, responder);
        });
#endif
}

DemoServer::~DemoServer()
{
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
    DemoApi *api = m_apis.front().get();
    for (const auto &candidate : m_apis) {
        if (segments.size() > 1 && segments[1] == candidate->data().appId)
            api = candidate.get();
    }
    return api->handle(methodName(request), segments, request.query());
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

void DemoServerHost::start(const GeneratorOptions &generator, const DemoServerOptions &options)
{
    start(QVector<GeneratorOptions>{generator}, options);
}

void DemoServerHost::start(const QVector<GeneratorOptions> &generators,
                           const DemoServerOptions &options)
{
    Q_ASSERT(!generators.isEmpty());
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demo-server"));
    // Runs on the new thread: generate, listen, report back through queued signals.
    connect(
        m_thread, &QThread::started, m_thread,
        [this, generators, options] {
            std::vector<std::unique_ptr<DemoApi>> apis;
            for (const GeneratorOptions &generator : generators)
                apis.push_back(std::make_unique<DemoApi>(generateDataSet(generator)));
            auto *server = new DemoServer(std::move(apis), options);
            connect(
                m_thread, &QThread::finished, server, [server] { delete server; },
                Qt::DirectConnection);
            if (!server->listen()) {
                QMetaObject::invokeMethod(
                    this,
                    [this] { emit failed(tr("The demo server could not listen on 127.0.0.1.")); },
                    Qt::QueuedConnection);
                return;
            }
            const QUrl url = server->baseUrl();
            const QString appId = server->appId();
            const QString token = server->token();
            const QVector<DemoAppInfo> apps = server->apps();
            QMetaObject::invokeMethod(
                this,
                [this, url, appId, token, apps] {
                    m_apps = apps;
                    emit ready(url, appId, token);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_thread->start();
}
