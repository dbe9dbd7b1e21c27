#pragma once

#include "cli/commandjob.h"

class ApiClient;

// `delete-user USERID --yes`: one DELETE (never sent twice), then the window's answer cache
// forgets what it kept of that user, so no window shows them again.
class DeleteUserJob : public CommandJob {
    Q_OBJECT
public:
    DeleteUserJob(ApiClient *client, QString appId, QString userId, QObject *parent = nullptr);
    void start() override;

private:
    ApiClient *m_client;
    QString m_appId, m_userId;
};
