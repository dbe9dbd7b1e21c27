#pragma once

#include "api/apicall.h"
#include "api/apitypes.h"
#include "api/decoders.h"
#include "api/endpoints.h"
#include "api/result.h"
#include "api/retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The Data API V1, one method per endpoint. Every call delivers exactly one Result to its
// callback, on the thread of the client, unless it is superseded, cancelled, or `context` is
// destroyed first (then never). Calls given the same non-empty `slot` supersede each other:
// starting one aborts the unfinished one, whose late reply is dropped.
class ApiClient : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    struct Done {}; // the value of calls that answer with no body (DELETE: 204)

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: <token>" to the base URL's origin only; never logged.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTiming(const ApiCall::Timing &timing) { m_timing = timing; }
    ApiCall::Timing timing() const { return m_timing; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    static QByteArray userAgent();

    void quickGlance(const QString &appId, QObject *context, Callback<QuickGlance> done,
                     const QString &slot = {});
    void dailyAnalytics(const QString &appId, const TimeRange &range, QObject *context,
                        Callback<DailyAnalytics> done, const QString &slot = {});
    void events(const QString &appId, const TimeRange &range, QObject *context,
                Callback<DailySeries> done, const QString &slot = {});
    void eventProperties(const QString &appId, const TimeRange &range, QObject *context,
                         Callback<QVector<EventProperty>> done, const QString &slot = {});
    void eventAttribute(const QString &appId, const QString &event, const QString &attribute,
                        const TimeRange &range, QObject *context, Callback<Breakdown> done,
                        const QString &slot = {});
    void errors(const QString &appId, const TimeRange &range, QObject *context,
                Callback<DailySeries> done, const QString &slot = {});
    void users(const QString &appId, QObject *context, Callback<UserList> done,
               const QString &slot = {});
    // The users list as table rows, streamed (no JSON tree): for big apps.
    void userRows(const QString &appId, QObject *context, Callback<UserRows> done,
                  const QString &slot = {});
    void userDetails(const QString &appId, const QString &userId, QObject *context,
                     Callback<UserDetails> done, const QString &slot = {});
    void sessionEvents(const QString &appId, const QString &userId, const QString &sessionId,
                       const QString &deviceId, QObject *context, Callback<QVector<Event>> done,
                       const QString &slot = {});
    void deleteUser(const QString &appId, const QString &userId, QObject *context,
                    Callback<Done> done);
    void liveEvents(const QString &appId, QObject *context, Callback<QVector<Event>> done,
                    const QString &slot = {});
    void liveUsersCount(const QString &appId, QObject *context, Callback<OptNumber> done,
                        const QString &slot = {});
    void liveUsers(const QString &appId, QObject *context, Callback<QVector<LiveUser>> done,
                   const QString &slot = {});

    // Aborts the unfinished call of `slot` (its callback is not called).
    void cancel(const QString &slot);
    void cancelAll();
    int callsInFlight() const;

signals:
    // A call got 401: the token is wrong or revoked (the UI asks for a new one, once).
    void unauthorized();

private:
    using RawHandler = std::function<void(const QByteArray &body, const ApiError &error)>;
    void send(const ApiRequest &request, QObject *context, const QString &slot, RawHandler handler);
    template <typename T>
    void sendDecoded(const ApiRequest &request, Result<T> (*decode)(const QByteArray &),
                     QObject *context, const QString &slot, Callback<T> done);
    void deliverLater(QObject *context, RawHandler handler, const ApiError &error);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    ApiCall::Timing m_timing;
    RetryPolicy m_retry;
    QHash<QString, QPointer<ApiCall>> m_slots;
    QHash<QString, quint64> m_latestGeneration; // per slot: the call whose answer is wanted
    quint64 m_generations = 0;
    static constexpr qsizetype kDecodeOffThreadBytes = 256 * 1024;
};
