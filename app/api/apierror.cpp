#include "api/apierror.h"

#include <QCoreApplication>

#include <algorithm>

QString ApiError::message() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InsecureUrl:
        sentence = tr("The server address must use https:// (plain http:// is only allowed for "
                      "this computer).");
        break;
    case Kind::Offline:
        sentence = tr("The server could not be reached. Check the address and your connection.");
        break;
    case Kind::Timeout:
        sentence = tr("The server did not answer in time.");
        break;
    case Kind::Tls:
        sentence = tr("The secure connection to the server failed (certificate or TLS error).");
        break;
    case Kind::Redirect:
        sentence = tr("The server redirected to another address; the request was stopped so "
                      "that your token is not sent there.");
        break;
    case Kind::RedirectLoop:
        sentence = tr("The server kept redirecting the request (a redirect loop); it was "
                      "stopped.");
        break;
    case Kind::BadRedirect:
        sentence = tr("The server redirected to an address that cannot be followed.");
        break;
    case Kind::Incomplete:
        sentence = tr("The server's answer broke off before it was complete. Try again.");
        break;
    case Kind::Undecodable:
        sentence = tr("The server's answer was compressed in a way that could not be undone.");
        break;
    case Kind::NoAnswer:
        sentence = tr("The connection closed before the server answered.");
        break;
    case Kind::TooLarge:
        sentence = tr("The server's answer is too large to read (over the limit of %1 MB; "
                      "raise it in Settings or with --max-body); it was stopped.")
                       .arg(std::max<qint64>(1, limitBytes / (1024 * 1024)));
        break;
    case Kind::Unauthorized:
        sentence = tr("The server rejected the API token. Enter a valid token.");
        break;
    case Kind::Forbidden:
        sentence = tr("This token is not allowed to read this app.");
        break;
    case Kind::NotFound:
        sentence = tr("Not found: the app or user does not exist (or no longer exists).");
        break;
    case Kind::RateLimited:
        sentence = retryAfterSecs >= 0
                       ? tr("Too many requests; the server asks to wait %n second(s).", nullptr,
                            retryAfterSecs)
                       : tr("Too many requests; try again in a moment.");
        break;
    case Kind::ServerError:
        sentence = tr("The server had an internal error. Try again later.");
        break;
    case Kind::HttpError:
        sentence = tr("The server refused the request.");
        break;
    case Kind::InvalidResponse:
        sentence = tr("The server sent data this version cannot read.");
        break;
    case Kind::Cancelled:
        sentence = tr("The request was cancelled.");
        break;
    case Kind::NotCached:
        sentence = tr("Nothing is kept for this request: the answer cache holds what the window "
                      "has shown (same app, range and time zone). Run it without --cached.");
        break;
    }
    if (httpStatus > 0)
        sentence += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return sentence;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::NotCached:
        return QStringLiteral("not-cached");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::RedirectLoop:
        return QStringLiteral("redirect-loop");
    case Kind::BadRedirect:
        return QStringLiteral("bad-redirect");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    case Kind::Undecodable:
        return QStringLiteral("undecodable");
    case Kind::NoAnswer:
        return QStringLiteral("no-answer");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
