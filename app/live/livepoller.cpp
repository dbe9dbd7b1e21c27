#include "live/livepoller.h"

#include "api/apiclient.h"

#include <algorithm>

namespace {
const QString kCountSlot = QStringLiteral("live.count");
const QString kUsersSlot = QStringLiteral("live.users");
const QString kEventsSlot = QStringLiteral("live.events");
} // namespace

LivePoller::LivePoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LivePoller::pollNow);
}

void LivePoller::setAppId(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    m_history.clear();
    m_lastUpdated = {};
    // Answers for the previous app must not land: cancel what is in flight.
    m_client->cancel(kCountSlot);
    m_client->cancel(kUsersSlot);
    m_client->cancel(kEventsSlot);
    m_inFlight = 0;
    m_stopped = false;
    m_delay = m_interval;
    if (m_active)
        pollNow();
}

void LivePoller::setInterval(int ms)
{
    m_interval = std::max(1, ms);
    if (!m_stale)
        m_delay = m_interval;
    if (m_timer.isActive())
        m_timer.start(m_delay);
}

void LivePoller::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_timer.stop(); // a poll in flight may finish; no new one starts
        return;
    }
    // Back on screen: poll at once rather than waiting out the interval.
    if (!m_inFlight)
        pollNow();
}

void LivePoller::restart()
{
    m_stopped = false;
    m_delay = m_interval;
    if (m_active)
        pollNow();
}

void LivePoller::pollNow()
{
    if (m_inFlight > 0 || m_stopped || m_appId.isEmpty())
        return; // never two polls at once
    m_timer.stop();
    ++m_pollsStarted;
    m_inFlight = 3;
    m_pollError = {};
    m_client->liveUsersCount(
        m_appId, this,
        [this](const Result<OptNumber> &r) {
            if (r.ok()) {
                m_history.append({m_clock(), r.value().value_or(0)});
                if (m_history.size() > kMaxHistory)
                    m_history.remove(0, m_history.size() - kMaxHistory);
                emit countUpdated(r.value());
            }
            partDone(r.ok() ? ApiError{} : r.error());
        },
        kCountSlot);
    m_client->liveUsers(
        m_appId, this,
        [this](const Result<QVector<LiveUser>> &r) {
            if (r.ok())
                emit usersUpdated(r.value());
            partDone(r.ok() ? ApiError{} : r.error());
        },
        kUsersSlot);
    m_client->liveEvents(
        m_appId, this,
        [this](const Result<QVector<Event>> &r) {
            if (r.ok())
                emit eventsUpdated(r.value());
            partDone(r.ok() ? ApiError{} : r.error());
        },
        kEventsSlot);
}

void LivePoller::partDone(const ApiError &error)
{
    if (error.isError() && !m_pollError.isError())
        m_pollError = error;
    if (--m_inFlight > 0)
        return;
    const bool ok = !m_pollError.isError();
    if (ok) {
        m_lastUpdated = m_clock();
        m_delay = m_interval;
    } else if (m_pollError.kind == ApiError::Kind::Unauthorized) {
        m_stopped = true; // asking again with the same token would only fail again
        emit authenticationFailed(m_pollError);
    } else {
        // Back off: double up to 5 minutes, and never sooner than a 429 asked.
        m_delay = std::min(kMaxBackoffMs, std::max(m_delay, m_interval) * 2);
        if (m_pollError.retryAfterSecs >= 0)
            m_delay = std::max(m_delay, std::min(kMaxBackoffMs, m_pollError.retryAfterSecs * 1000));
        emit failed(m_pollError);
    }
    if (m_stale == ok) {
        m_stale = !ok;
        emit staleChanged(m_stale);
    }
    emit pollFinished(ok);
    schedule();
}

void LivePoller::schedule()
{
    if (m_active && !m_stopped)
        m_timer.start(m_delay);
}
