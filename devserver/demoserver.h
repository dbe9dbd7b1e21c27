#pragma once

#include "demoapi.h"
#include "generator.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class ReceivedStore;
class QHttpServerResponder;
class QWebSocket;
class QTcpServer;
class QTcpSocket;
class QThread;

struct DemoServerOptions {
    quint16 port = 0; // 0: a random free port
    QString token = QStringLiteral("demo-token");
    int latencyMs = 0;   // every answer waits this long (without blocking)
    double failRate = 0; // this fraction of answers are HTTP 500
    quint64 failSeed = 7;
    // Local development (setReceivedStore): an app id the server has not seen is answered as
    // an app with no data yet, not as a 404.
    bool dev = false;
};

// An app the demo server serves: its id, and the name the dashboard shows for it.
struct DemoAppInfo {
    QString id;
    QString name;
};

// DemoApi behind Qt HttpServer on 127.0.0.1: checks the token (401), adds latency and
// failures on request, and answers every Data API V1 path under /api/v1, for one app or
// several (/apps/:appId picks the app's own DemoApi; an unknown id is a 404).
class DemoServer : public QObject {
    Q_OBJECT
public:
    DemoServer(std::unique_ptr<DemoApi> api, const DemoServerOptions &options,
               QObject *parent = nullptr);
    DemoServer(std::vector<std::unique_ptr<DemoApi>> apis, const DemoServerOptions &options,
               QObject *parent = nullptr);
    ~DemoServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;
    QString appId() const { return m_apis.front()->data().appId; } // the first app
    QVector<DemoAppInfo> apps() const;
    QString token() const { return m_options.token; }
    DemoApi &api() { return *m_apis.front(); }
    // Switches for tests and benchmarks, also while serving.
    void setFailRate(double rate) { m_options.failRate = rate; }
    void setLatencyMs(int ms) { m_options.latencyMs = ms; }
    // Answers waiting out their latency now.
    int delayedReplies() const { return int(m_delayed.size()); }
    // How many requests came for `path` (as sent, e.g. "/api/v1/apps/ID/users"), answered or
    // not: tests count what the client asked for.
    int requestsFor(const QString &path) const { return m_requestCounts.value(path); }

    // Receives the Tracking API (ingest): POST /app/:appId/track and WebSocket at
    // /app/:appId/track and /:appId/, kept in `store`; every Data API path then answers from
    // the received events too (joined to the app's synthetic data, if any).
    void setReceivedStore(std::unique_ptr<ReceivedStore> store);
    ReceivedStore *receivedStore() const { return m_received.get(); }
    // The WebSocket and HTTP addresses an SDK is pointed at for `appId`.
    QUrl trackingUrl(const QString &appId, bool webSocket) const;

private:
    // An answer waiting out --latency-ms. The server owns it, so it never outlives the
    // connection it answers.
    struct DelayedReply {
        std::unique_ptr<QHttpServerResponder> responder;
        DemoApi::Reply reply;
        QPointer<QTcpSocket> socket; // Qt < 6.8 only: the responder's socket may be deleted
    };

    DemoApi::Reply answer(const QHttpServerRequest &request);
    // The app's DemoApi, built again from the received events when they changed; null for an
    // unknown app (outside dev mode).
    DemoApi *apiFor(const QString &appId);
    // A batch for `appId`: stored, answered ({"reportedIds"…}, status in `status`).
    QByteArray ingest(const QString &appId, const QByteArray &body, const QString &device,
                      int *status, QStringList *devicesSeen);
    void acceptWebSockets();
    void serveWebSocket(QWebSocket *socket, const QString &appId);
    void answerLater(QHttpServerResponder &&responder, const DemoApi::Reply &reply);
    static void sendIfConnected(DelayedReply &delayed, const DemoApi::Reply &reply);

    std::vector<std::unique_ptr<DemoApi>> m_apis; // never empty
    DemoServerOptions m_options;
    QHttpServer m_http;
    QTcpServer *m_tcp;
    DemoRandom m_failures;
    std::map<quint64, DelayedReply> m_delayed; // after m_http: destroyed before it
    quint64 m_nextDelayedId = 0;
    QHash<QString, int> m_requestCounts; // path → requests

    std::unique_ptr<ReceivedStore> m_received;
    QHash<QString, DataSet> m_bases;         // synthetic apps' data, joined to what arrives
    QHash<QString, quint64> m_builtRevision; // the store's revision each app was built from
    QHash<QString, QSet<QString>> m_deleted; // user ids deleted, replayed on a rebuild
    QHash<QString, QHash<QString, qint64>> m_presence; // app → device → last sign of life
    struct SocketState {
        QString appId;
        QString device; // the last device it spoke for (heartbeats name none)
        QSet<QString> devices;
    };
    QHash<QWebSocket *, SocketState> m_sockets;
};

// Runs a generated demo server on its own thread (for `nucleus-dashboard --demo`), so that
// generating the data set and answering never block the UI thread. Emits ready() or failed().
class DemoServerHost : public QObject {
    Q_OBJECT
public:
    explicit DemoServerHost(QObject *parent = nullptr);
    ~DemoServerHost() override;
    void start(const GeneratorOptions &generator, const DemoServerOptions &server);
    // Several apps on one server (generated one after the other on the server's thread).
    void start(const QVector<GeneratorOptions> &apps, const DemoServerOptions &server);
    // The built-in demo of `nucleus-dashboard --demo` (window and commands): today's data of
    // the demo's three apps (demoAppProfiles), and a fresh token per run, so other local
    // processes cannot read the in-process server.
    void startBuiltIn(int latencyMs = 0);
    // Local development (`nucleus-dashboard --dev`): no synthetic data, the Tracking API
    // received on 127.0.0.1:`port` (kDevPort: an SDK's endpoint stays the same across runs)
    // and kept in `dataFile`; `appId` is the app shown first. Token kDevToken, known to every
    // local client of a dev server (its data is what apps on this computer sent).
    void startDev(const QString &appId, const QString &dataFile, quint16 port = kDevPort);
    static constexpr quint16 kDevPort = 7727;
    static QString devToken() { return QStringLiteral("dev"); }
    // startDev's notice about the data file (a corrupt one set aside), empty when none.
    QString notice() const { return m_notice; }
    // The apps served, known once ready() was emitted (the first is ready()'s appId).
    QVector<DemoAppInfo> apps() const { return m_apps; }
    // Ends the server thread and waits for it. Also done when the application's event loop
    // ends: the thread's loop delivers events through the application object, so it must be
    // gone before that object is torn down.
    void stop();
    bool isRunning() const;

signals:
    void ready(const QUrl &baseUrl, const QString &appId, const QString &token);
    void failed(const QString &reason);

private:
    // Makes the server on its thread: null (with `error`) when it cannot serve.
    using MakeServer = std::function<DemoServer *(QString *error, QString *notice)>;
    void serveOnThread(const QString &name, const MakeServer &make);

    QThread *m_thread = nullptr;
    QVector<DemoAppInfo> m_apps;
    QString m_notice;
};
