#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>

// When and how long to wait before trying a failed GET again (product.md §6): on a timeout, 429,
// 5xx, or a connection that closed without an answer (which Qt itself would have re-sent).
// DELETE and other non-idempotent methods are never retried automatically.
struct RetryPolicy {
    int maxRetries = 2;         // at most this many extra attempts
    int baseDelayMs = 500;      // backoff: base, 2 x base, 4 x base, ...
    int maxDelayMs = 8000;      // backoff never waits longer than this
    int maxRetryAfterSecs = 60; // a longer Retry-After is handed to the caller instead

    // How long to wait before attempt number `retry` (1-based), or -1 for "do not retry".
    int delayBeforeRetryMs(const QByteArray &method, const ApiError &error, int retry) const;

    // Retry-After as seconds (delta-seconds or an HTTP-date), -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
};
