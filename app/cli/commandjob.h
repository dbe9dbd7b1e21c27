#pragma once

#include <QObject>
#include <QString>

class ApiClient;

// What a command does against one app once its arguments are read and its client is set up:
// an export, a deletion. Ends with exactly one of succeeded() or failed() (an exit code of
// Cli::ExitCode and one line for stderr).
class CommandJob : public QObject {
    Q_OBJECT
public:
    virtual void start() = 0;

signals:
    void succeeded();
    void failed(int exitCode, const QString &message);

protected:
    CommandJob(ApiClient *client, QString appId, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_appId(std::move(appId))
    {}

    ApiClient *m_client;
    QString m_appId;
};
