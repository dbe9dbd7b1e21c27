#include "api/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

int RetryPolicy::delayBeforeRetryMs(const QByteArray &method, const ApiError &error,
                                    int retry) const
{
    if (method != "GET" || retry > maxRetries)
        return -1;
    using K = ApiError::Kind;
    if (error.kind != K::Timeout && error.kind != K::RateLimited && error.kind != K::ServerError &&
        error.kind != K::NoAnswer)
        return -1;
    if (error.retryAfterSecs > maxRetryAfterSecs)
        return -1;
    // A connection closed before any answer is most often one the server closed while idle:
    // the first try again goes at once (as Qt's own re-send did), later ones back off.
    if (error.kind == K::NoAnswer && retry == 1)
        return 0;
    const qint64 backoff = std::min<qint64>(qint64(baseDelayMs) << (retry - 1), maxDelayMs);
    const qint64 asked = error.retryAfterSecs >= 0 ? qint64(error.retryAfterSecs) * 1000 : 0;
    return int(std::max(backoff, asked));
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 secs = text.toLongLong(&isNumber);
    if (isNumber)
        return secs < 0 ? -1 : int(std::min<qint64>(secs, 24 * 3600 * 365));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, nowUtc.secsTo(at)));
}
