#include "cli/deleteuserjob.h"

#include "api/apiclient.h"
#include "api/endpoints.h"
#include "auth/secretstore.h"
#include "cache/answercache.h"
#include "cli/cli.h"
#include "cli/exportcommand.h"

#include <QFile>

#include <cstdio>

DeleteUserJob::DeleteUserJob(ApiClient *client, QString appId, QString userId, QObject *parent)
    : CommandJob(client, std::move(appId), parent)
    , m_userId(std::move(userId))
{}

void DeleteUserJob::start()
{
    m_client->deleteUser(m_appId, m_userId, this, [this](const Result<ApiClient::Done> &r) {
        if (!r.ok()) {
            emit failed(Cli::RequestFailed, ExportCommand::failureLine(r.error()));
            return;
        }
        // The window's answer cache, if there is one, must not keep showing a deleted user.
        if (QFile::exists(AnswerCache::defaultPath())) {
            AnswerCache cache(AnswerCache::defaultPath());
            cache.removeRequests(secretKeyForServer(m_client->baseUrl()), m_appId,
                                 Endpoints::holdsUser(m_appId, m_userId));
        } // the cache's destructor finishes the removal
        fprintf(stderr, "deleted user %s\n", qPrintable(m_userId));
        emit succeeded();
    });
}
