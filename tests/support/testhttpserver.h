#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A tiny HTTP/1.1 server on 127.0.0.1 (random port) whose answers the test scripts: statuses,
// headers, bodies, delays, or no answer at all. It records every request it receives.
class TestHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target; // raw path and query as sent, e.g. "/api/v1/apps/x?start=1"
        QMap<QByteArray, QByteArray> headers; // keys lower-cased
        QByteArray body;
        QByteArray path() const
        {
            return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        }
        QByteArray query() const
        {
            return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
        }
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool neverAnswer = false; // keep the connection open and silent
        // Bytes sent as they are instead of a well-formed answer (a lying Content-Length, a
        // body cut short, a status line that is not HTTP), then the connection is closed.
        QByteArray raw;
        bool closeWithoutAnswer = false; // the connection closed as soon as the request came
        int delayMs = 0;

        static Response json(const QByteArray &body, int status = 200);
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl(const QString &path = QStringLiteral("/api/v1")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Request> requests;

private:
    void onConnection();
    void respond(class QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    Handler m_handler;
};
