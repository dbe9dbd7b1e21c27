#pragma once

#include "cli/commandjob.h"

// `delete-user USERID --yes`: one DELETE (never sent twice), then the window's answer cache
// forgets what it kept of that user, so no window shows them again.
class DeleteUserJob : public CommandJob {
    Q_OBJECT
public:
    DeleteUserJob(ApiClient *client, QString appId, QString userId, QObject *parent = nullptr);
    void start() override;

private:
    QString m_userId;
};
