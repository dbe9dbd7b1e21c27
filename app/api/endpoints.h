#pragma once

#include "api/timerange.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// What to send for each Data API V1 endpoint: method, path below the base URL (each segment
// percent-encoded, so an event named "a/b" stays one segment) and query.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; // e.g. "/apps/abc/analytics", already percent-encoded
    QUrlQuery query;

    // The full URL under `baseUrl` (whose own path, e.g. "/api/v1", is kept).
    QUrl url(const QUrl &baseUrl) const;
    // The app the request is about (every path is under /apps/ID).
    QString appId() const;
    // What the answer cache keys it by: path and query (so endpoint, range and zone).
    QString cacheKey() const;
    // Answers worth keeping: GETs of what the pages draw (live data is only ever live).
    bool isCacheable() const;
};

namespace Endpoints {
ApiRequest quickGlance(const QString &appId);
ApiRequest dailyAnalytics(const QString &appId, const TimeRange &range);
ApiRequest events(const QString &appId, const TimeRange &range);
ApiRequest eventProperties(const QString &appId, const TimeRange &range);
ApiRequest eventAttribute(const QString &appId, const QString &event, const QString &attribute,
                          const TimeRange &range);
ApiRequest errors(const QString &appId, const TimeRange &range);
ApiRequest users(const QString &appId);
ApiRequest userDetails(const QString &appId, const QString &userId);
ApiRequest sessionEvents(const QString &appId, const QString &userId, const QString &sessionId,
                         const QString &deviceId);
ApiRequest deleteUser(const QString &appId, const QString &userId);
ApiRequest liveEvents(const QString &appId);
ApiRequest liveUsersCount(const QString &appId);
ApiRequest liveUsers(const QString &appId);
// Whether a request (its cacheKey()) holds the user's data: their own requests, and the users
// list. What the answer cache drops when the user is deleted.
std::function<bool(const QString &request)> holdsUser(const QString &appId, const QString &userId);
} // namespace Endpoints
