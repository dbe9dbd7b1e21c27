#include "api/apiclient.h"

#include "api/urlpolicy.h"
#include "cache/answercache.h"
#include "core/logging.h"
#include "version.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
constexpr size_t kDeletionsKept = 32; // deletions remembered against answers in flight
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // The token is a header on every request: Qt follows no redirect; ApiCall follows a GET's
    // to the same origin alone.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setCache(AnswerCache *cache, const QString &account)
{
    m_cache = cache;
    m_cacheAccount = account;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("NucleusDashboard/" NUCLEUS_VERSION_STRING " Qt/") + qVersion() +
           " (" + QSysInfo::productType().toUtf8() + ')';
}

void ApiClient::send(CallId id, const ApiRequest &request, RawHandler handler)
{
    m_open.insert(id, nullptr);
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(m_baseUrl, &why)) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.path = request.path;
        error.detail = why;
        // Even an immediate refusal arrives asynchronously, like every other answer.
        QTimer::singleShot(0, this, [handler = std::move(handler), error] { handler({}, error); });
        return;
    }

    const QUrl url = request.url(m_baseUrl);
    QNetworkRequest netRequest(url);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_token.isEmpty())
        netRequest.setRawHeader("Authorization", m_token.toUtf8());
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    netRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    ApiCall::Timing timing = m_timing;
    if (!m_deadline.isForever()) {
        const qint64 left = m_deadline.remainingTime();
        if (left <= 0) {
            ApiError error;
            error.kind = ApiError::Kind::Timeout;
            error.path = url.path();
            error.detail = QStringLiteral("the time allowed for all requests has passed");
            QTimer::singleShot(0, this,
                               [handler = std::move(handler), error] { handler({}, error); });
            return;
        }
        timing.overallCapMs = int(std::min<qint64>(timing.overallCapMs, left));
    }
    auto *call = new ApiCall(m_nam, netRequest, request.method, m_retry, timing, this);
    call->setMaxAnswerBytes(m_maxAnswerBytes);
    m_open.insert(id, call);
    const QString path = url.path();
    connect(call, &ApiCall::finished, this,
            [this, id, call, path, handler = std::move(handler)](const QByteArray &body,
                                                                 const ApiError &error) {
                call->deleteLater();
                const auto open = m_open.find(id);
                if (open == m_open.end())
                    return;      // cancelled
                *open = nullptr; // the network part is over; decoding may follow
                ApiError e = error;
                e.path = path;
                if (e.kind == ApiError::Kind::Unauthorized)
                    emit unauthorized();
                handler(body, e);
            });
    call->start();
}

template <typename T, typename Then>
void ApiClient::decodeThen(const QByteArray &body, Result<T> (*decode)(const QByteArray &),
                           Then then)
{
    if (body.size() < kDecodeOffThreadBytes) {
        then(decode(body));
        return;
    }
    // Big answers (100 000 users) are decoded on a worker thread: the UI never stalls.
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([decode, body] { return decode(body); }));
}

template <typename T, typename Deliver>
void ApiClient::readCacheOnly(CallId id, const ApiRequest &request,
                              Result<T> (*decode)(const QByteArray &), Deliver deliver)
{
    m_open.insert(id, nullptr);
    const QString path = request.path;
    auto notKept = [deliver, path] {
        ApiError error;
        error.kind = ApiError::Kind::NotCached;
        error.path = path;
        deliver(Result<T>(error), path);
    };
    if (!m_cache || !request.isCacheable()) { // live answers are never kept
        QTimer::singleShot(0, this, notKept);
        return;
    }
    m_cache->get(
        m_cacheAccount, request.appId(), request.cacheKey(), this,
        [this, decode, deliver, notKept, path](const std::optional<AnswerCache::Entry> &entry) {
            if (!entry) {
                notKept();
                return;
            }
            const QDateTime received = entry->received;
            decodeThen<T>(entry->body, decode,
                          [deliver, notKept, path, received](Result<T> decoded) {
                              if (!decoded.ok()) { // an unreadable kept answer
                                  notKept();
                                  return;
                              }
                              decoded.setAsOf(received);
                              deliver(std::move(decoded), path);
                          });
        });
}

template <typename T>
ApiClient::CallId ApiClient::sendDecoded(const ApiRequest &request,
                                         Result<T> (*decode)(const QByteArray &), QObject *context,
                                         Callback<T> done)
{
    const CallId id = ++m_lastId;
    QPointer<QObject> guard(context);
    const bool cached = m_cache && request.isCacheable();
    const QString app = request.appId();
    const QString key = request.cacheKey();
    const QString account = m_cacheAccount; // as sent: an account switch meanwhile changes it
    // With a cache, a failure waits for the kept answer to be looked up (a refused connection
    // is quicker than the disk): offline, the kept answer is drawn first and the failure then
    // marks it as old, rather than the failure alone.
    struct Pending {
        bool lookingUp = false;
        std::optional<std::pair<Result<T>, QString>> failure;
    };
    auto pending = std::make_shared<Pending>();
    pending->lookingUp = cached;
    // Decoding may finish after the call was cancelled: close() says whether it still is open.
    auto deliver = [this, id, guard, done](Result<T> decoded, const QString &path) {
        if (!close(id) || !guard)
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
    auto finish = [deliver, pending](Result<T> decoded, const QString &path) {
        if (!decoded.ok() && pending->lookingUp) {
            pending->failure.emplace(std::move(decoded), path);
            return;
        }
        deliver(std::move(decoded), path);
    };
    if (m_cacheOnly) {
        readCacheOnly<T>(id, request, decode, deliver);
        return id;
    }
    send(id, request,
         [this, id, decode, finish, cached, account, app, key](const QByteArray &body,
                                                               const ApiError &error) {
             if (error.isError()) {
                 finish(Result<T>(error), error.path);
                 return;
             }
             const QString path = error.path;
             decodeThen<T>(
                 body, decode,
                 [this, id, finish, path, cached, account, app, key, body](Result<T> decoded) {
                     // Only answers this version can read are kept, and none that names a
                     // user deleted since it was asked for.
                     if (cached && decoded.ok() && m_cache &&
                         !heldByDeletedUser(id, account, app, key))
                         m_cache->put(account, app, key, body, QDateTime::currentDateTimeUtc());
                     finish(std::move(decoded), path);
                 });
         });
    if (cached) {
        // The last answer kept for this request is drawn at once, marked with its time, while
        // the fresh one is on its way; never after it (the call is closed by then).
        auto lookedUp = [deliver, pending] {
            pending->lookingUp = false;
            if (pending->failure) {
                auto [failure, path] = std::move(*pending->failure);
                pending->failure.reset();
                deliver(std::move(failure), path);
            }
        };
        m_cache->get(account, app, key, this,
                     [this, id, guard, decode, done,
                      lookedUp](const std::optional<AnswerCache::Entry> &entry) {
                         if (!entry || !m_open.contains(id) || !guard) {
                             lookedUp();
                             return;
                         }
                         const QDateTime received = entry->received;
                         decodeThen<T>(
                             entry->body, decode,
                             [this, id, guard, done, received, lookedUp](Result<T> decoded) {
                                 // An unreadable kept answer is simply not used.
                                 if (decoded.ok() && m_open.contains(id) && guard) {
                                     decoded.setAsOf(received);
                                     done(decoded);
                                 }
                                 lookedUp();
                             });
                     });
    }
    return id;
}

bool ApiClient::heldByDeletedUser(CallId sent, const QString &account, const QString &app,
                                  const QString &request) const
{
    return std::any_of(m_deletions.cbegin(), m_deletions.cend(), [&](const Deletion &d) {
        return sent <= d.completedAfter && d.account == account && d.app == app && d.holds(request);
    });
}

void ApiClient::cancel(CallId id)
{
    const QPointer<ApiCall> call = m_open.take(id);
    if (call) {
        call->cancel();
        call->deleteLater();
    }
}

std::function<void()> ApiClient::cancelFunction(CallId id)
{
    QPointer<ApiClient> self(this);
    return [self, id] {
        if (self)
            self->cancel(id);
    };
}

void ApiClient::cancelAll()
{
    const auto ids = m_open.keys();
    for (CallId id : ids)
        cancel(id);
}

ApiClient::CallId ApiClient::quickGlance(const QString &appId, QObject *context,
                                         Callback<QuickGlance> done)
{
    return sendDecoded(Endpoints::quickGlance(appId), &Decode::quickGlance, context,
                       std::move(done));
}

ApiClient::CallId ApiClient::dailyAnalytics(const QString &appId, const TimeRange &range,
                                            QObject *context, Callback<DailyAnalytics> done)
{
    return sendDecoded(Endpoints::dailyAnalytics(appId, range), &Decode::dailyAnalytics, context,
                       std::move(done));
}

ApiClient::CallId ApiClient::events(const QString &appId, const TimeRange &range, QObject *context,
                                    Callback<DailySeries> done)
{
    return sendDecoded(Endpoints::events(appId, range), &Decode::events, context, std::move(done));
}

ApiClient::CallId ApiClient::eventProperties(const QString &appId, const TimeRange &range,
                                             QObject *context,
                                             Callback<QVector<EventProperty>> done)
{
    return sendDecoded(Endpoints::eventProperties(appId, range), &Decode::eventProperties, context,
                       std::move(done));
}

ApiClient::CallId ApiClient::eventAttribute(const QString &appId, const QString &event,
                                            const QString &attribute, const TimeRange &range,
                                            QObject *context, Callback<Breakdown> done)
{
    return sendDecoded(Endpoints::eventAttribute(appId, event, attribute, range),
                       &Decode::eventAttribute, context, std::move(done));
}

ApiClient::CallId ApiClient::errors(const QString &appId, const TimeRange &range, QObject *context,
                                    Callback<DailySeries> done)
{
    return sendDecoded(Endpoints::errors(appId, range), &Decode::errors, context, std::move(done));
}

ApiClient::CallId ApiClient::users(const QString &appId, QObject *context, Callback<UserList> done)
{
    return sendDecoded(Endpoints::users(appId), &Decode::users, context, std::move(done));
}

ApiClient::CallId ApiClient::userRows(const QString &appId, QObject *context,
                                      Callback<UserRows> done)
{
    return sendDecoded(Endpoints::users(appId), &Decode::userRows, context, std::move(done));
}

ApiClient::CallId ApiClient::userDetails(const QString &appId, const QString &userId,
                                         QObject *context, Callback<UserDetails> done)
{
    return sendDecoded(Endpoints::userDetails(appId, userId), &Decode::userDetails, context,
                       std::move(done));
}

ApiClient::CallId ApiClient::sessionEvents(const QString &appId, const QString &userId,
                                           const QString &sessionId, const QString &deviceId,
                                           QObject *context, Callback<QVector<Event>> done)
{
    return sendDecoded(Endpoints::sessionEvents(appId, userId, sessionId, deviceId),
                       &Decode::sessionEvents, context, std::move(done));
}

ApiClient::CallId ApiClient::deleteUser(const QString &appId, const QString &userId,
                                        QObject *context, Callback<Done> done)
{
    // A deletion is never retried (RetryPolicy); cancelling it only stops listening.
    const CallId id = ++m_lastId;
    if (m_cacheOnly) { // reading what was kept never changes anything on the server
        QTimer::singleShot(0, this, [guard = QPointer<QObject>(context), done, appId, userId] {
            ApiError error;
            error.kind = ApiError::Kind::NotCached;
            error.path = Endpoints::deleteUser(appId, userId).path;
            if (guard)
                done(Result<Done>(error));
        });
        return id;
    }
    QPointer<QObject> guard(context);
    send(id, Endpoints::deleteUser(appId, userId),
         [this, id, guard, appId, userId, done = std::move(done)](const QByteArray &,
                                                                  const ApiError &error) {
             if (!error.isError() && m_cache) {
                 // Kept answers that hold the user go with them: their own, and the users list;
                 // and so do answers still on their way that were asked for before.
                 const auto holds = Endpoints::holdsUser(appId, userId);
                 m_cache->removeRequests(m_cacheAccount, appId, holds);
                 m_deletions.push_back({m_lastId, m_cacheAccount, appId, holds});
                 if (m_deletions.size() > kDeletionsKept)
                     m_deletions.erase(m_deletions.begin());
             }
             if (close(id) && guard)
                 done(error.isError() ? Result<Done>(error) : Result<Done>(Done{}));
         });
    return id;
}

ApiClient::CallId ApiClient::liveEvents(const QString &appId, QObject *context,
                                        Callback<QVector<Event>> done)
{
    return sendDecoded(Endpoints::liveEvents(appId), &Decode::liveEvents, context, std::move(done));
}

ApiClient::CallId ApiClient::liveUsersCount(const QString &appId, QObject *context,
                                            Callback<OptNumber> done)
{
    return sendDecoded(Endpoints::liveUsersCount(appId), &Decode::liveUsersCount, context,
                       std::move(done));
}

ApiClient::CallId ApiClient::liveUsers(const QString &appId, QObject *context,
                                       Callback<QVector<LiveUser>> done)
{
    return sendDecoded(Endpoints::liveUsers(appId), &Decode::liveUsers, context, std::move(done));
}
