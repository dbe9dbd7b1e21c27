#include "api/apicall.h"

#include "api/decoders.h"
#include "core/logging.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ApiCall::ApiCall(QNetworkAccessManager *nam, const QNetworkRequest &request,
                 const QByteArray &method, const RetryPolicy &policy, const Timing &timing,
                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
    , m_method(method)
    , m_policy(policy)
    , m_timing(timing)
{
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_capTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &ApiCall::onStalled);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    connect(&m_capTimer, &QTimer::timeout, this, &ApiCall::onOverallCap);
}

ApiCall::~ApiCall()
{
    m_cancelled = true;
    dropReply();
}

void ApiCall::start()
{
    m_elapsed.start();
    m_capTimer.start(m_timing.overallCapMs);
    sendAttempt();
}

void ApiCall::cancel()
{
    m_cancelled = true;
    m_stallTimer.stop();
    m_retryTimer.stop();
    m_capTimer.stop();
    dropReply();
}

void ApiCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

namespace {
// An empty request body that cannot be read twice. Qt re-sends a request whose connection
// closed before the answer (or whose status line it could not parse) by rewinding its body;
// this one cannot be rewound, so Qt gives up with an error instead (ContentReSendError).
class SendOnceBody : public QIODevice {
public:
    explicit SendOnceBody(QObject *parent)
        : QIODevice(parent)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return 0; }
    bool atEnd() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};
} // namespace

void ApiCall::sendAttempt()
{
    ++m_attempt;
    send();
}

void ApiCall::send()
{
    if (m_cancelled || m_done)
        return;
    m_stalled = false;
    m_tooLarge = false;
    // Qt silently sends a request again when its connection closed before the answer or the
    // status line was unreadable (up to three more times), and re-sends along redirects. Every
    // request carries a body that cannot be rewound and follows no redirect by Qt, so the
    // decisions are ours: a GET is tried again as RetryPolicy says (at most twice) and follows
    // same-origin redirects (followRedirect); a DELETE goes out once.
    QNetworkRequest request = m_request;
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    auto *body = new SendOnceBody(this);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, m_method, body);
    connect(reply, &QObject::destroyed, body, &QObject::deleteLater);
    m_reply = reply;
    qCDebug(lcApi).noquote() << m_method << m_request.url().path() << "attempt" << m_attempt
                             << "sent";
    // Any movement in either direction counts as progress and restarts the stall timer.
    auto progress = [this] { m_stallTimer.start(m_timing.stallTimeoutMs); };
    // An answer over the bound is stopped as soon as it says so or gets there.
    auto tooLarge = [this](qint64 bytes) {
        if (bytes > m_maxAnswerBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows, and is mapped to TooLarge
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this,
            [progress, tooLarge](qint64 received, qint64 total) {
                progress();
                tooLarge(std::max(received, total));
            });
    connect(reply, &QNetworkReply::uploadProgress, this, progress);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, progress, tooLarge] {
        progress();
        if (m_reply)
            tooLarge(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_stallTimer.start(m_timing.stallTimeoutMs);
}

void ApiCall::onStalled()
{
    if (!m_reply)
        return;
    m_stalled = true;
    m_reply->abort(); // finished() follows, and is mapped to a Timeout
}

void ApiCall::onOverallCap()
{
    if (m_done || m_cancelled)
        return;
    dropReply();
    m_retryTimer.stop();
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.detail = QStringLiteral("no answer within %1 s").arg(m_timing.overallCapMs / 1000.0);
    finish({}, error);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_cancelled)
        return;
    m_stallTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    ApiError refusal;
    if (!m_stalled && !m_tooLarge && followRedirect(reply, &refusal))
        return;
    ApiError error = refusal.isError() ? refusal : errorFor(reply, m_stalled);
    if (m_tooLarge) {
        error = ApiError();
        error.kind = ApiError::Kind::TooLarge;
        error.path = reply->request().url().path();
        error.detail = QStringLiteral("more than %1 bytes").arg(m_maxAnswerBytes);
        error.limitBytes = m_maxAnswerBytes;
    }
    QByteArray body = error.isError() ? QByteArray() : reply->readAll();
    body.reserve(body.size() + Decode::kBodyPadding); // read in place by big-answer decoders
    qCDebug(lcApi).noquote() << m_method << m_request.url().path() << "attempt" << m_attempt << "->"
                             << (error.httpStatus ? QString::number(error.httpStatus)
                                                  : ApiError::kindName(error.kind))
                             << m_elapsed.elapsed() << "ms";
    if (error.isError()) {
        const int delay = m_policy.delayBeforeRetryMs(m_method, error, m_attempt);
        const qint64 remaining = m_timing.overallCapMs - m_elapsed.elapsed();
        if (delay >= 0 && delay < remaining) {
            m_retryTimer.start(delay);
            return;
        }
    }
    finish(body, error);
}

bool ApiCall::followRedirect(QNetworkReply *reply, ApiError *refusal)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect =
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    // A DELETE follows nothing (each hop would be the same deletion again): errorFor says so.
    if (!redirect || m_method != "GET")
        return false;
    using K = ApiError::Kind;
    const QUrl from = reply->url();
    const QUrl target =
        from.resolved(QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
    const QString scheme = target.scheme().toLower();
    refusal->path = from.path();
    // Said without its query, user info or fragment: those are not ours to log.
    refusal->detail =
        target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
            .toString()
            .left(500);
    if (reply->rawHeader("Location").isEmpty() || !target.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        refusal->kind = K::BadRedirect;
        refusal->httpStatus = status;
        return false;
    }
    // The token is a header on every request: it never follows a redirect to another origin
    // (scheme, host and port), a move from https to http included.
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
    };
    if (scheme != from.scheme().toLower() || target.host() != from.host() ||
        port(target) != port(from)) {
        refusal->kind = K::Redirect;
        return false;
    }
    // Each hop carries the token: a few are a moved API, more are a loop.
    if (m_redirects >= kMaxRedirects) {
        refusal->kind = K::RedirectLoop;
        refusal->detail = QStringLiteral("more than %1 redirects").arg(kMaxRedirects);
        return false;
    }
    ++m_redirects;
    m_request.setUrl(target);
    qCDebug(lcApi).noquote() << m_method << from.path() << "redirected to" << target.path();
    send();
    return true;
}

void ApiCall::finish(const QByteArray &body, const ApiError &error)
{
    if (m_done || m_cancelled)
        return;
    m_done = true;
    m_capTimer.stop();
    emit finished(body, error);
}

ApiError ApiCall::errorFor(QNetworkReply *reply, bool stalled)
{
    using K = ApiError::Kind;
    ApiError e;
    e.path = reply->request().url().path();
    const QNetworkReply::NetworkError net = reply->error();

    if (stalled) {
        e.kind = K::Timeout;
        e.detail = QStringLiteral("no progress before the transfer timeout");
        return e;
    }

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttr.isValid()) {
        e.httpStatus = statusAttr.toInt();
        const int s = e.httpStatus;
        if (s >= 200 && s < 300) {
            if (net == QNetworkReply::NoError)
                return {};
            // A 2xx that did not arrive whole: its body broke off (the connection closed
            // before Content-Length or the last chunk), or its compression is broken (Qt
            // says so only in its error text).
            e.detail = reply->errorString();
            e.kind = e.detail.contains(QLatin1String("ecompress"), Qt::CaseInsensitive)
                         ? K::Undecodable
                         : K::Incomplete;
            e.httpStatus = 0; // "(HTTP 200)" would say it went well
            return e;
        }
        if (s >= 300 && s < 400 && s != 304) {
            // A redirect left unfollowed: a DELETE's (followRedirect says why GETs' were not).
            e.kind = K::BadRedirect;
            // Said without its query or user info: those are not ours to log.
            e.detail =
                QUrl::fromEncoded(reply->rawHeader("Location").left(500))
                    .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
                    .toString();
            return e;
        }
        e.detail = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (s == 401)
            e.kind = K::Unauthorized;
        else if (s == 403)
            e.kind = K::Forbidden;
        else if (s == 404)
            e.kind = K::NotFound;
        else if (s == 429)
            e.kind = K::RateLimited;
        else if (s >= 500 && s < 600)
            e.kind = K::ServerError;
        else
            e.kind = K::HttpError;
        if (s == 429 || s == 503) {
            e.retryAfterSecs = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                            QDateTime::currentDateTimeUtc());
        }
        return e;
    }

    e.detail = reply->errorString();
    switch (net) {
    case QNetworkReply::NoError:
        e.kind = K::InvalidResponse; // finished without status nor error: not HTTP
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = K::Tls;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = K::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = K::Cancelled;
        break;
    // Connected and sent, then closed with no (readable) answer; for a DELETE, Qt's refusal to
    // send it again (ContentReSendError) is the same event.
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        e.kind = K::NoAnswer;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        e.kind = K::InvalidResponse;
        break;
    default:
        e.kind = K::Offline;
        break;
    }
    return e;
}
