#include "api/apicall.h"

#include "core/logging.h"

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

void ApiCall::sendAttempt()
{
    if (m_cancelled || m_done)
        return;
    ++m_attempt;
    m_stalled = false;
    QNetworkReply *reply = m_nam->sendCustomRequest(m_request, m_method);
    m_reply = reply;
    qCDebug(lcApi).noquote() << m_method << m_request.url().path() << "attempt" << m_attempt
                             << "sent";
    // Any movement in either direction counts as progress and restarts the stall timer.
    auto progress = [this] { m_stallTimer.start(m_timing.stallTimeoutMs); };
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::uploadProgress, this, progress);
    connect(reply, &QNetworkReply::metaDataChanged, this, progress);
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

    const ApiError error = errorFor(reply, m_stalled);
    const QByteArray body = error.isError() ? QByteArray() : reply->readAll();
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

    // Refused redirects carry the 3xx status; they must read as "redirect", not as HTTP 30x.
    if (net == QNetworkReply::InsecureRedirectError ||
        net == QNetworkReply::TooManyRedirectsError) {
        e.kind = K::Redirect;
        e.detail = reply->errorString();
        return e;
    }
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
            // A 2xx whose body broke off midway.
            e.kind = K::Offline;
            e.detail = reply->errorString();
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
