#pragma once

#include "api/apierror.h"
#include "api/timerange.h"
#include "cli/exporttable.h"

#include <QObject>
#include <QStringList>

class ApiClient;

// One `export VIEW` (or `delete-user`): the request, its table, and the output written whole
// (stdout, or a file that appears only when complete). Ends with succeeded() or failed().
class ExportCommand : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString view;         // "usage", "breakdown", ..., or "delete-user"
        QStringList viewArgs; // e.g. the KIND of breakdown, EVENT ATTR of event-attr
        QString device;       // --device, for the session view
        TimeRange range;
        bool json = false;
        QString output; // empty: stdout
    };

    ExportCommand(ApiClient *client, QString appId, Request request, QObject *parent = nullptr);

    // "usage", "breakdown KIND", ... as --help lists them.
    static QStringList viewUsage();
    // What is wrong with the request's view and arguments; empty when it can run.
    static QString check(const Request &request);

    void start();

signals:
    void succeeded();
    void failed(int exitCode, const QString &message);

private:
    void finishWith(const ExportTable &table);
    void failWith(const ApiError &error);

    void forgetCachedUser(const QString &userId);

    ApiClient *m_client;
    QString m_appId;
    Request m_request;
};
