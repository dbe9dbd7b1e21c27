#include "api/apierror.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
using Kind = ApiError::Kind;

// Every kind once: its stable name, its sentence, and the short title a page gives an outage
// of this kind (none: the server is not out, the request was). A sentence with a number in
// it is finished in message(); adding a kind is adding a row.
struct KindText {
    Kind kind;
    const char *name;
    const char *sentence;
    const char *outage;
};

constexpr KindText kKinds[] = {
    {Kind::None, "none", nullptr, nullptr},
    {Kind::InsecureUrl, "insecure-url",
     QT_TRANSLATE_NOOP("ApiError", "The server address must use https:// (plain http:// is only "
                                   "allowed for this computer)."),
     nullptr},
    {Kind::Offline, "offline",
     QT_TRANSLATE_NOOP("ApiError",
                       "The server could not be reached. Check the address and your connection."),
     QT_TRANSLATE_NOOP("ApiError", "Server unreachable")},
    {Kind::Timeout, "timeout", QT_TRANSLATE_NOOP("ApiError", "The server did not answer in time."),
     QT_TRANSLATE_NOOP("ApiError", "The server is not answering")},
    {Kind::Tls, "tls",
     QT_TRANSLATE_NOOP("ApiError",
                       "The secure connection to the server failed (certificate or TLS error)."),
     QT_TRANSLATE_NOOP("ApiError", "The server's certificate was refused")},
    {Kind::Redirect, "redirect",
     QT_TRANSLATE_NOOP("ApiError", "The server redirected to another address; the request was "
                                   "stopped so that your token is not sent there."),
     nullptr},
    {Kind::RedirectLoop, "redirect-loop",
     QT_TRANSLATE_NOOP(
         "ApiError", "The server kept redirecting the request (a redirect loop); it was stopped."),
     QT_TRANSLATE_NOOP("ApiError", "The server redirects in a loop")},
    {Kind::BadRedirect, "bad-redirect",
     QT_TRANSLATE_NOOP("ApiError", "The server redirected to an address that cannot be followed."),
     nullptr},
    {Kind::Incomplete, "incomplete",
     QT_TRANSLATE_NOOP("ApiError",
                       "The server's answer broke off before it was complete. Try again."),
     QT_TRANSLATE_NOOP("ApiError", "The server's answers break off")},
    {Kind::Undecodable, "undecodable",
     QT_TRANSLATE_NOOP("ApiError",
                       "The server's answer was compressed in a way that could not be undone."),
     nullptr},
    {Kind::NoAnswer, "no-answer",
     QT_TRANSLATE_NOOP("ApiError", "The connection closed before the server answered."),
     QT_TRANSLATE_NOOP("ApiError", "The server closes connections without answering")},
    {Kind::TooLarge, "too-large", nullptr, nullptr},
    {Kind::Unauthorized, "unauthorized",
     QT_TRANSLATE_NOOP("ApiError", "The server rejected the API token. Enter a valid token."),
     QT_TRANSLATE_NOOP("ApiError", "The token was refused")},
    {Kind::Forbidden, "forbidden",
     QT_TRANSLATE_NOOP("ApiError", "This token is not allowed to read this app."),
     QT_TRANSLATE_NOOP("ApiError", "The token was refused")},
    {Kind::NotFound, "not-found",
     QT_TRANSLATE_NOOP("ApiError",
                       "Not found: the app or user does not exist (or no longer exists)."),
     nullptr},
    {Kind::RateLimited, "rate-limited", nullptr,
     QT_TRANSLATE_NOOP("ApiError", "The server asks to slow down (HTTP 429)")},
    {Kind::ServerError, "server-error",
     QT_TRANSLATE_NOOP("ApiError", "The server had an internal error. Try again later."),
     QT_TRANSLATE_NOOP("ApiError", "The server is failing (HTTP %1)")},
    {Kind::HttpError, "http-error",
     QT_TRANSLATE_NOOP("ApiError", "The server refused the request."), nullptr},
    {Kind::InvalidResponse, "invalid-response",
     QT_TRANSLATE_NOOP("ApiError", "The server sent data this version cannot read."),
     QT_TRANSLATE_NOOP("ApiError", "The server sent data this version cannot read")},
    {Kind::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ApiError", "The request was cancelled."),
     nullptr},
    {Kind::NotCached, "not-cached",
     QT_TRANSLATE_NOOP("ApiError",
                       "Nothing is kept for this request: the answer cache holds what the window "
                       "has shown (same app, range and time zone). Run it without --cached."),
     nullptr},
};

const KindText &textOf(Kind kind)
{
    for (const KindText &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}
} // namespace

QString ApiError::message() const
{
    QString sentence;
    if (kind == Kind::None)
        return {};
    if (kind == Kind::TooLarge) {
        sentence = tr("The server's answer is too large to read (over the limit of %1 MB; "
                      "raise it in Settings or with --max-body); it was stopped.")
                       .arg(std::max<qint64>(1, limitBytes / (1024 * 1024)));
    } else if (kind == Kind::RateLimited) {
        sentence = retryAfterSecs >= 0
                       ? tr("Too many requests; the server asks to wait %n second(s).", nullptr,
                            retryAfterSecs)
                       : tr("Too many requests; try again in a moment.");
    } else {
        sentence = tr(textOf(kind).sentence);
    }
    if (httpStatus > 0)
        sentence += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return sentence;
}

QString ApiError::outageTitle() const
{
    const char *title = textOf(kind).outage;
    if (!title)
        return {};
    return kind == Kind::ServerError ? tr(title).arg(httpStatus) : tr(title);
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromLatin1(textOf(kind).name);
}
