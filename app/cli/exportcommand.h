#pragma once

#include "api/apierror.h"
#include "api/timerange.h"
#include "cli/commandjob.h"
#include "cli/exporttable.h"

#include <QStringList>

// One `export VIEW`: the view's one request, its table, and the output written whole (stdout,
// or a file that appears only when complete). The views are one table (exportcommand.cpp):
// name, arguments, usage, and how its request becomes its table.
class ExportCommand : public CommandJob {
    Q_OBJECT
public:
    struct Request {
        QString view;         // "usage", "breakdown", ...
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
    // A failed request as the command's one line: the sentence, what is known of why, the path.
    static QString failureLine(const ApiError &error);

    void start() override;

private:
    void finishWith(const ExportTable &table);

    Request m_request;
};
