#pragma once

#include "api/apicall.h"
#include "api/apitypes.h"
#include "api/decoders.h"
#include "api/endpoints.h"
#include "api/result.h"
#include "api/retrypolicy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <vector>

class AnswerCache;
class QNetworkAccessManager;

// The Data API V1, one method per endpoint. Every call delivers exactly one Result to its
// callback, on the thread of the client, unless it is cancelled or `context` is destroyed
// first (then never). Which answer a page still wants is not decided here but by the page's
// RequestTracker, which cancels what it supersedes (cancelFunction).
class ApiClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = ApiCall::kMaxRedirects;
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    struct Done {};         // the value of calls that answer with no body (DELETE: 204)
    using CallId = quint64; // names a call for cancel(); never 0

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: <token>" to the base URL's origin only; never logged.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTiming(const ApiCall::Timing &timing) { m_timing = timing; }
    ApiCall::Timing timing() const { return m_timing; }
    // One bound for every call, whenever it starts (the screenshot command's: a request that
    // follows another gets what is left, so the whole page ends in time); forever by default.
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // For tests: a smaller bound than ApiCall::kMaxAnswerBytes.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Keeps every answer the pages draw in `cache` under `account` (the server's origin, never
    // the token), and delivers the kept answer of a request first (Result::isFromCache) while
    // the fresh one is on its way. Null: no cache (--no-cache, the command line).
    void setCache(AnswerCache *cache, const QString &account);
    // Answers come from the cache alone, never the network (`export --cached`): a request with
    // no kept answer fails with ApiError::Kind::NotCached.
    void setCacheOnly(bool cacheOnly) { m_cacheOnly = cacheOnly; }
    static QByteArray userAgent();

    CallId quickGlance(const QString &appId, QObject *context, Callback<QuickGlance> done);
    CallId dailyAnalytics(const QString &appId, const TimeRange &range, QObject *context,
                          Callback<DailyAnalytics> done);
    CallId events(const QString &appId, const TimeRange &range, QObject *context,
                  Callback<DailySeries> done);
    CallId eventProperties(const QString &appId, const TimeRange &range, QObject *context,
                           Callback<QVector<EventProperty>> done);
    CallId eventAttribute(const QString &appId, const QString &event, const QString &attribute,
                          const TimeRange &range, QObject *context, Callback<Breakdown> done);
    CallId errors(const QString &appId, const TimeRange &range, QObject *context,
                  Callback<DailySeries> done);
    CallId users(const QString &appId, QObject *context, Callback<UserList> done);
    // The users list as table rows, streamed (no JSON tree): for big apps.
    CallId userRows(const QString &appId, QObject *context, Callback<UserRows> done);
    CallId userDetails(const QString &appId, const QString &userId, QObject *context,
                       Callback<UserDetails> done);
    CallId sessionEvents(const QString &appId, const QString &userId, const QString &sessionId,
                         const QString &deviceId, QObject *context, Callback<QVector<Event>> done);
    CallId deleteUser(const QString &appId, const QString &userId, QObject *context,
                      Callback<Done> done);
    CallId liveEvents(const QString &appId, QObject *context, Callback<QVector<Event>> done);
    CallId liveUsersCount(const QString &appId, QObject *context, Callback<OptNumber> done);
    CallId liveUsers(const QString &appId, QObject *context, Callback<QVector<LiveUser>> done);

    // Aborts the call if it has not delivered yet (its callback is then never called).
    void cancel(CallId id);
    // cancel(id) as a function, safe to call after the client is gone: for RequestTracker.
    std::function<void()> cancelFunction(CallId id);
    void cancelAll();
    int callsInFlight() const { return int(m_open.size()); }

signals:
    // A call got 401: the token is wrong or revoked (the UI asks for a new one, once).
    void unauthorized();

private:
    using RawHandler = std::function<void(const QByteArray &body, const ApiError &error)>;
    // Sends, and hands the raw answer of the open call `id` to handler (unless cancelled).
    void send(CallId id, const ApiRequest &request, RawHandler handler);
    template <typename T>
    CallId sendDecoded(const ApiRequest &request, Result<T> (*decode)(const QByteArray &),
                       QObject *context, Callback<T> done);
    template <typename T, typename Then>
    void decodeThen(const QByteArray &body, Result<T> (*decode)(const QByteArray &), Then then);
    // Cache-only mode: the kept answer of `request`, or NotCached.
    template <typename T, typename Deliver>
    void readCacheOnly(CallId id, const ApiRequest &request,
                       Result<T> (*decode)(const QByteArray &), Deliver deliver);
    // Ends the open call `id`: true if it was open (not cancelled), so it may deliver.
    bool close(CallId id) { return m_open.remove(id) > 0; }

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    ApiCall::Timing m_timing;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    RetryPolicy m_retry;
    qint64 m_maxAnswerBytes = ApiCall::kMaxAnswerBytes;
    // Calls that have not delivered: the network call, or null once it is being decoded.
    QHash<CallId, QPointer<ApiCall>> m_open;
    CallId m_lastId = 0;
    bool m_cacheOnly = false;
    QPointer<AnswerCache> m_cache;
    QString m_cacheAccount;
    // Users deleted while requests were in flight: an answer sent before a deletion that still
    // holds the user (the users list, the user's own) is not kept, or it would bring them back.
    struct Deletion {
        CallId completedAfter; // requests with an id up to this were sent before it
        QString account, app;
        std::function<bool(const QString &request)> holds;
    };
    std::vector<Deletion> m_deletions; // the last few only
    bool heldByDeletedUser(CallId sent, const QString &account, const QString &app,
                           const QString &request) const;
    static constexpr qsizetype kDecodeOffThreadBytes = 256 * 1024;
};
