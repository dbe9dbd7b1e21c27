#include "api/apiclient.h"

#include "api/urlpolicy.h"
#include "core/logging.h"
#include "version.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // The token is a header on every request: it must never follow a redirect elsewhere.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("NucleusDashboard/" NUCLEUS_VERSION_STRING " Qt/") + qVersion() +
           " (" + QSysInfo::productType().toUtf8() + ')';
}

void ApiClient::deliverLater(QObject *context, RawHandler handler, const ApiError &error)
{
    // Even an immediate refusal arrives asynchronously, like every other answer.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, handler = std::move(handler), error] {
        if (guard)
            handler({}, error);
    });
}

void ApiClient::send(const ApiRequest &request, QObject *context, const QString &slot,
                     RawHandler handler)
{
    if (!slot.isEmpty())
        cancel(slot);

    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(m_baseUrl, &why)) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.path = request.path;
        error.detail = why;
        deliverLater(context, std::move(handler), error);
        return;
    }

    const QUrl url = request.url(m_baseUrl);
    QNetworkRequest netRequest(url);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_token.isEmpty())
        netRequest.setRawHeader("Authorization", m_token.toUtf8());
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::SameOriginRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    netRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    auto *call = new ApiCall(m_nam, netRequest, request.method, m_retry, m_timing, this);
    if (!slot.isEmpty())
        m_slots.insert(slot, call);
    QPointer<QObject> guard(context);
    const QString path = url.path();
    connect(call, &ApiCall::finished, this,
            [this, call, slot, guard, path, handler = std::move(handler)](const QByteArray &body,
                                                                          const ApiError &error) {
                call->deleteLater();
                // Only the newest call of a slot may deliver (generation check).
                if (!slot.isEmpty()) {
                    if (m_slots.value(slot) != call)
                        return;
                    m_slots.remove(slot);
                }
                if (!guard)
                    return;
                ApiError e = error;
                e.path = path;
                if (e.kind == ApiError::Kind::Unauthorized)
                    emit unauthorized();
                handler(body, e);
            });
    call->start();
}

template <typename T>
void ApiClient::sendDecoded(const ApiRequest &request, Result<T> (*decode)(const QByteArray &),
                            QObject *context, const QString &slot, Callback<T> done)
{
    // Decoding may finish after a newer call of the same slot was sent: the generation says
    // whether this answer is still the one wanted.
    const quint64 generation = ++m_generations;
    if (!slot.isEmpty())
        m_latestGeneration.insert(slot, generation);
    QPointer<QObject> guard(context);
    auto deliver = [this, slot, generation, guard, done = std::move(done)](Result<T> decoded,
                                                                           const QString &path) {
        if (!guard || (!slot.isEmpty() && m_latestGeneration.value(slot) != generation))
            return;
        if (!decoded.ok() && decoded.error().kind == ApiError::Kind::InvalidResponse) {
            ApiError invalid = decoded.error();
            invalid.path = path;
            // Log the request path and the JSON path that was wrong, never the body.
            qCWarning(lcApi).noquote() << "unreadable answer:" << invalid.path << invalid.detail;
            decoded = Result<T>(invalid);
        }
        done(decoded);
    };
    send(request, context, slot,
         [this, decode, deliver](const QByteArray &body, const ApiError &error) {
             if (error.isError()) {
                 deliver(Result<T>(error), error.path);
                 return;
             }
             if (body.size() < kDecodeOffThreadBytes) {
                 deliver(decode(body), error.path);
                 return;
             }
             // Big answers (100 000 users) are decoded on a worker thread: the UI never stalls.
             auto *watcher = new QFutureWatcher<Result<T>>(this);
             const QString path = error.path;
             connect(watcher, &QFutureWatcherBase::finished, this, [watcher, deliver, path] {
                 deliver(watcher->result(), path);
                 watcher->deleteLater();
             });
             watcher->setFuture(QtConcurrent::run([decode, body] { return decode(body); }));
         });
}

void ApiClient::cancel(const QString &slot)
{
    if (QPointer<ApiCall> old = m_slots.take(slot)) {
        old->cancel();
        old->deleteLater();
    }
}

void ApiClient::cancelAll()
{
    const auto names = m_slots.keys();
    for (const QString &slot : names)
        cancel(slot);
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        call->cancel();
        call->deleteLater();
    }
}

int ApiClient::callsInFlight() const
{
    int n = 0;
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        n += call->isActive() ? 1 : 0;
    return n;
}

void ApiClient::quickGlance(const QString &appId, QObject *context, Callback<QuickGlance> done,
                            const QString &slot)
{
    sendDecoded(Endpoints::quickGlance(appId), &Decode::quickGlance, context, slot,
                std::move(done));
}

void ApiClient::dailyAnalytics(const QString &appId, const TimeRange &range, QObject *context,
                               Callback<DailyAnalytics> done, const QString &slot)
{
    sendDecoded(Endpoints::dailyAnalytics(appId, range), &Decode::dailyAnalytics, context, slot,
                std::move(done));
}

void ApiClient::events(const QString &appId, const TimeRange &range, QObject *context,
                       Callback<DailySeries> done, const QString &slot)
{
    sendDecoded(Endpoints::events(appId, range), &Decode::events, context, slot, std::move(done));
}

void ApiClient::eventProperties(const QString &appId, const TimeRange &range, QObject *context,
                                Callback<QVector<EventProperty>> done, const QString &slot)
{
    sendDecoded(Endpoints::eventProperties(appId, range), &Decode::eventProperties, context, slot,
                std::move(done));
}

void ApiClient::eventAttribute(const QString &appId, const QString &event, const QString &attribute,
                               const TimeRange &range, QObject *context, Callback<Breakdown> done,
                               const QString &slot)
{
    sendDecoded(Endpoints::eventAttribute(appId, event, attribute, range), &Decode::eventAttribute,
                context, slot, std::move(done));
}

void ApiClient::errors(const QString &appId, const TimeRange &range, QObject *context,
                       Callback<DailySeries> done, const QString &slot)
{
    sendDecoded(Endpoints::errors(appId, range), &Decode::errors, context, slot, std::move(done));
}

void ApiClient::users(const QString &appId, QObject *context, Callback<UserList> done,
                      const QString &slot)
{
    sendDecoded(Endpoints::users(appId), &Decode::users, context, slot, std::move(done));
}

void ApiClient::userRows(const QString &appId, QObject *context, Callback<UserRows> done,
                         const QString &slot)
{
    sendDecoded(Endpoints::users(appId), &Decode::userRows, context, slot, std::move(done));
}

void ApiClient::userDetails(const QString &appId, const QString &userId, QObject *context,
                            Callback<UserDetails> done, const QString &slot)
{
    sendDecoded(Endpoints::userDetails(appId, userId), &Decode::userDetails, context, slot,
                std::move(done));
}

void ApiClient::sessionEvents(const QString &appId, const QString &userId, const QString &sessionId,
                              const QString &deviceId, QObject *context,
                              Callback<QVector<Event>> done, const QString &slot)
{
    sendDecoded(Endpoints::sessionEvents(appId, userId, sessionId, deviceId),
                &Decode::sessionEvents, context, slot, std::move(done));
}

void ApiClient::deleteUser(const QString &appId, const QString &userId, QObject *context,
                           Callback<Done> done)
{
    // No slot: a deletion is never superseded, and (by RetryPolicy) never retried.
    send(Endpoints::deleteUser(appId, userId), context, {},
         [done = std::move(done)](const QByteArray &, const ApiError &error) {
             done(error.isError() ? Result<Done>(error) : Result<Done>(Done{}));
         });
}

void ApiClient::liveEvents(const QString &appId, QObject *context, Callback<QVector<Event>> done,
                           const QString &slot)
{
    sendDecoded(Endpoints::liveEvents(appId), &Decode::liveEvents, context, slot, std::move(done));
}

void ApiClient::liveUsersCount(const QString &appId, QObject *context, Callback<OptNumber> done,
                               const QString &slot)
{
    sendDecoded(Endpoints::liveUsersCount(appId), &Decode::liveUsersCount, context, slot,
                std::move(done));
}

void ApiClient::liveUsers(const QString &appId, QObject *context, Callback<QVector<LiveUser>> done,
                          const QString &slot)
{
    sendDecoded(Endpoints::liveUsers(appId), &Decode::liveUsers, context, slot, std::move(done));
}
