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
    // The poll has ended when the last of its three requests has.
    connect(&m_requests, &RequestTracker::settled, this, &LivePoller::pollDone);
}

void LivePoller::setAppId(const QString &appId, const QString &scope)
{
    // Two accounts may both have an app "main": the scope (account and app) tells them apart.
    const QString key = scope.isEmpty() ? appId : scope;
    if (key == m_scope)
        return;
    m_scope = key;
    m_appId = appId;
    m_history.clear();
    m_lastUpdated = {};
    // Answers for the previous app must not land: what is in flight is superseded.
    m_requests.supersedeAll();
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
    if (!isPolling())
        pollNow();
}

void LivePoller::restart()
{
    m_stopped = false;
    m_delay = m_interval;
    if (m_active)
        pollNow();
}

template <typename T, typename Call, typename OnValue>
void LivePoller::pollPart(Part part, const QString &slot, const QString &name, Call call,
                          OnValue onValue)
{
    m_requests.request<T>(
        slot,
        [this, &call](ApiClient::Callback<T> done) {
            return m_client->cancelFunction(call(std::move(done)));
        },
        [this, part, name, onValue](const Result<T> &r) {
            if (r.ok()) {
                onValue(r.value());
                return;
            }
            m_failedParts.append(name);
            m_failedMask |= int(part);
            if (!m_pollError.isError())
                m_pollError = r.error(); // the poll's first error is the one reported
        });
}

void LivePoller::pollNow()
{
    if (isPolling() || m_stopped || m_appId.isEmpty())
        return; // never two polls at once
    m_timer.stop();
    ++m_pollsStarted;
    m_requests.supersedeAll(); // a new poll: its success is counted afresh
    m_pollError = {};
    m_failedParts.clear();
    m_failedMask = 0;
    m_countFresh = false;
    const QString app = m_appId;
    pollPart<OptNumber>(
        Part::Count, kCountSlot, tr("users online count"),
        [&](auto done) { return m_client->liveUsersCount(app, this, done); },
        [this](const OptNumber &count) {
            m_countFresh = true;
            m_lastUpdated = m_clock();
            m_history.append({m_clock(), count.value_or(0)});
            if (m_history.size() > kMaxHistory)
                m_history.remove(0, m_history.size() - kMaxHistory);
            emit countUpdated(count);
        });
    pollPart<QVector<LiveUser>>(
        Part::Users, kUsersSlot, tr("users online"),
        [&](auto done) { return m_client->liveUsers(app, this, done); },
        [this](const QVector<LiveUser> &users) { emit usersUpdated(users); });
    pollPart<QVector<Event>>(
        Part::Events, kEventsSlot, tr("live events"),
        [&](auto done) { return m_client->liveEvents(app, this, done); },
        [this](const QVector<Event> &events) { emit eventsUpdated(events); });
}

void LivePoller::pollDone()
{
    const bool ok = !m_pollError.isError();
    if (ok) {
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
    if (m_stale == m_countFresh) {
        m_stale = !m_countFresh;
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
