#pragma once

#include <QObject>
#include <QString>

// What a command does once its arguments are read and its client is set up: an export, a
// deletion. Ends with exactly one of succeeded() or failed() (an exit code of Cli::ExitCode and
// one line for stderr).
class CommandJob : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;

signals:
    void succeeded();
    void failed(int exitCode, const QString &message);
};
