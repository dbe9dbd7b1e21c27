#include "api/endpoints.h"

namespace {
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString appPath(const QString &appId, const QString &rest)
{
    return QStringLiteral("/apps/") + segment(appId) + rest;
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    return r;
}

ApiRequest ranged(const QString &path, const TimeRange &range)
{
    ApiRequest r = get(path);
    r.query.addQueryItem(QStringLiteral("start"), QString::number(range.start));
    r.query.addQueryItem(QStringLiteral("end"), QString::number(range.end));
    r.query.addQueryItem(QStringLiteral("utcOffset"), QString::number(range.utcOffsetMinutes()));
    return r;
}
} // namespace

QUrl ApiRequest::url(const QUrl &baseUrl) const
{
    QUrl u = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // TolerantMode keeps our percent-encoding (a "%2F" stays inside its segment).
    u.setPath(basePath + path, QUrl::TolerantMode);
    u.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    u.setFragment({});
    return u;
}

QString ApiRequest::appId() const
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() > 2 && parts[1] == QLatin1String("apps")
               ? QUrl::fromPercentEncoding(parts[2].toLatin1())
               : QString();
}

QString ApiRequest::cacheKey() const
{
    return query.isEmpty() ? path : path + QLatin1Char('?') + query.query(QUrl::FullyEncoded);
}

bool ApiRequest::isCacheable() const
{
    return method == "GET" && !path.contains(QLatin1String("/live/"));
}

ApiRequest Endpoints::quickGlance(const QString &appId)
{
    return get(appPath(appId, QStringLiteral("/analytics/quickglance")));
}

ApiRequest Endpoints::dailyAnalytics(const QString &appId, const TimeRange &range)
{
    return ranged(appPath(appId, QStringLiteral("/analytics")), range);
}

ApiRequest Endpoints::events(const QString &appId, const TimeRange &range)
{
    return ranged(appPath(appId, QStringLiteral("/analytics/events")), range);
}

ApiRequest Endpoints::eventProperties(const QString &appId, const TimeRange &range)
{
    return ranged(appPath(appId, QStringLiteral("/analytics/eventsprops")), range);
}

ApiRequest Endpoints::eventAttribute(const QString &appId, const QString &event,
                                     const QString &attribute, const TimeRange &range)
{
    return ranged(appPath(appId, QStringLiteral("/analytics/events/") + segment(event) +
                                     QLatin1Char('/') + segment(attribute)),
                  range);
}

ApiRequest Endpoints::errors(const QString &appId, const TimeRange &range)
{
    return ranged(appPath(appId, QStringLiteral("/analytics/errors")), range);
}

ApiRequest Endpoints::users(const QString &appId)
{
    return get(appPath(appId, QStringLiteral("/users")));
}

ApiRequest Endpoints::userDetails(const QString &appId, const QString &userId)
{
    return get(appPath(appId, QStringLiteral("/users/") + segment(userId)));
}

ApiRequest Endpoints::sessionEvents(const QString &appId, const QString &userId,
                                    const QString &sessionId, const QString &deviceId)
{
    ApiRequest r = get(appPath(appId, QStringLiteral("/users/") + segment(userId) +
                                          QStringLiteral("/session/") + segment(sessionId)));
    r.query.addQueryItem(QStringLiteral("device"), segment(deviceId));
    return r;
}

ApiRequest Endpoints::deleteUser(const QString &appId, const QString &userId)
{
    ApiRequest r = userDetails(appId, userId);
    r.method = "DELETE";
    return r;
}

ApiRequest Endpoints::liveEvents(const QString &appId)
{
    return get(appPath(appId, QStringLiteral("/live/events")));
}

ApiRequest Endpoints::liveUsersCount(const QString &appId)
{
    return get(appPath(appId, QStringLiteral("/live/users/count")));
}

ApiRequest Endpoints::liveUsers(const QString &appId)
{
    return get(appPath(appId, QStringLiteral("/live/users")));
}

std::function<bool(const QString &)> Endpoints::holdsUser(const QString &appId,
                                                          const QString &userId)
{
    const QString list = users(appId).cacheKey();
    const QString own = userDetails(appId, userId).path;
    return [list, own](const QString &request) {
        return request == list || request == own || request.startsWith(own + QLatin1Char('/')) ||
               request.startsWith(own + QLatin1Char('?'));
    };
}
