#pragma once

#include <QCoreApplication>
#include <QString>

// A failed API call, typed so that every caller can react the same way (ask for the token on
// Unauthorized, wait on RateLimited, ...) and show one user-facing sentence.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InsecureUrl,     // plain http to a non-loopback host, or an unusable base URL
        Offline,         // DNS failure, connection refused, network unreachable
        Timeout,         // no progress for the transfer timeout, or the overall cap hit
        Tls,             // certificate or handshake failure (never ignored)
        Redirect,        // redirect to another origin or to a less safe scheme: token kept home
        RedirectLoop,    // more redirects than ApiClient::kMaxRedirects (a loop, most likely)
        BadRedirect,     // a redirect to an address that cannot be followed (ftp:, malformed)
        Incomplete,      // a 2xx answer that broke off before its end
        Undecodable,     // a 2xx answer whose compression could not be undone
        NoAnswer,        // the request went out, the connection closed before an HTTP answer
        TooLarge,        // the answer is (or says it will be) over ApiCall::kMaxAnswerBytes
        Unauthorized,    // 401
        Forbidden,       // 403
        NotFound,        // 404
        RateLimited,     // 429
        ServerError,     // 5xx
        HttpError,       // any other non-2xx status
        InvalidResponse, // not JSON, or JSON of the wrong shape or types
        Cancelled,       // aborted by the caller (never delivered for superseded calls)
        NotCached,       // asked of the answer cache alone (export --cached), which has none
    };

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when no HTTP answer arrived
    int retryAfterSecs = -1; // from Retry-After, -1 when absent
    qint64 limitBytes = 0;   // TooLarge: the bound the answer passed
    QString path;            // request path (no query, no host): safe to log
    QString detail;          // technical detail for logs and tooltips: never the body or token

    bool isError() const { return kind != Kind::None; }
    // One sentence for the user, e.g. "The server rejected the API token (HTTP 401)."
    QString message() const;
    // What a page says when every request failed this way ("Server unreachable"); empty for a
    // kind that is not an outage of the server (not found, cancelled, ...).
    QString outageTitle() const;
    // A short stable name ("unauthorized", "timeout", ...) for logs and the command line.
    static QString kindName(Kind kind);
};
