#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/requesttracker.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <functional>

class ApiClient;

// Polls the live endpoints (count, users, events) of one app on an interval. Never overlaps
// polls; on failure the interval doubles up to 5 minutes (or waits what a 429 asks) and goes
// back to normal on the first success; a 401 stops polling until started again. Runs only
// while active (the Live page is on screen, or the tray counter is on).
class LivePoller : public QObject {
    Q_OBJECT
public:
    enum class Part { Count = 1, Users = 2, Events = 4 };
    struct Sample {
        QDateTime at;
        double count = 0;
    };

    explicit LivePoller(ApiClient *client, QObject *parent = nullptr);

    // Clears the history of another app; `scope` (DashboardState::scope) also tells the same
    // app id of another account apart.
    void setAppId(const QString &appId, const QString &scope = QString());
    void setInterval(int ms); // the normal interval (default 10 s)
    int interval() const { return m_interval; }
    int currentDelay() const { return m_delay; } // the interval now, backoff included
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isPolling() const { return m_requests.isBusy(); }
    // A next poll is on the timer (false while inactive or stopped: none can start by itself).
    bool isScheduled() const { return m_timer.isActive(); }
    bool isStopped() const { return m_stopped; } // after a 401
    // The count drawn is not from the last poll (its count request failed, or none came yet).
    bool isStale() const { return m_stale; }
    // When the count drawn was received (UTC): the last poll whose count came through.
    QDateTime lastUpdated() const { return m_lastUpdated; }
    // What the last poll could not load: "users online", "live events" (empty when all came).
    QStringList failedParts() const { return m_failedParts; }
    bool lastPollFailed(Part part) const { return m_failedMask & int(part); }
    const QVector<Sample> &history() const { return m_history; }
    quint64 pollsStarted() const { return m_pollsStarted; }
    // For tests: the clock that stamps samples.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    static constexpr int kMaxBackoffMs = 5 * 60 * 1000;
    static constexpr int kMaxHistory = 2000;

    // Starts a poll now unless one is running (Refresh; also what the timer calls).
    void pollNow();
    // After a 401: poll again (with a new token).
    void restart();

signals:
    void countUpdated(const OptNumber &count);
    void usersUpdated(const QVector<LiveUser> &users);
    void eventsUpdated(const QVector<Event> &events);
    void pollFinished(bool ok);
    void failed(const ApiError &error); // the poll's first error; polling goes on (backed off)
    void authenticationFailed(const ApiError &error); // 401: polling stopped
    void staleChanged(bool stale);

private:
    template <typename T, typename Call, typename OnValue>
    void pollPart(Part part, const QString &slot, const QString &name, Call call, OnValue onValue);
    void pollDone();
    void schedule();

    ApiClient *m_client;
    QString m_appId;
    QString m_scope; // what the history belongs to
    QTimer m_timer;
    int m_interval = 10000;
    int m_delay = 10000;
    bool m_active = false;
    bool m_stopped = false;
    bool m_stale = false;
    RequestTracker m_requests; // the three requests of the poll in flight
    ApiError m_pollError;
    QStringList m_failedParts;
    int m_failedMask = 0; // Part bits
    bool m_countFresh = false;
    quint64 m_pollsStarted = 0;
    QDateTime m_lastUpdated;
    QVector<Sample> m_history;
    std::function<QDateTime()> m_clock;
};
