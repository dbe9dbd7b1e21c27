#include "pages/livepage.h"

#include "api/apiclient.h"
#include "charts/sparkline.h"
#include "core/dashboardstate.h"
#include "countbox.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "panel.h"
#include "rowtable.h"
#include "tone.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QWindow>

#include <tuple>

LivePage::LivePage(ApiClient *client, DashboardState *state, QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_poller(new LivePoller(client, this))
    , m_count(new QLabel(QStringLiteral("—")))
    , m_status(new QLabel)
    , m_sparkline(new Sparkline)
    , m_interval(countBox(2, 3600, 10, tr("every "), tr(" s"), tr("Poll interval")))
    , m_capacity(countBox(10, 5000, 200, tr("keep "), tr(" events"), tr("Events kept in the list")))
{
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_count->setFont(big);
    m_status->setWordWrap(true);

    auto *countArea = new QWidget;
    auto *countLayout = new QGridLayout(countArea);
    countLayout->addWidget(new QLabel(tr("Users online now")), 0, 0);
    countLayout->addWidget(m_count, 1, 0);
    countLayout->addWidget(m_sparkline, 0, 1, 2, 1);
    countLayout->setColumnStretch(1, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_status, 1);
    controls->addWidget(m_interval);
    controls->addWidget(m_capacity);
    countLayout->addLayout(controls, 2, 0, 1, 2);

    auto makeTable = [](QAbstractItemModel *model) {
        QTableView *view = makeRowTable(model);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setWordWrap(false); // one line per row: the feed scrolls evenly
        return view;
    };
    m_usersView = makeTable(&m_users);
    m_eventsView = makeTable(&m_events);
    m_countPanel = new Panel(tr("Live"), countArea);
    m_usersPanel = new Panel(tr("Users online"), m_usersView);
    m_eventsPanel = new Panel(tr("Live events (newest first)"), m_eventsView);
    layOutTopAndTwo(m_countPanel, m_usersPanel, m_eventsPanel, 0, 1);

    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int s) { m_poller->setInterval(s * 1000); });
    connect(m_capacity, &QSpinBox::valueChanged, &m_events, &LiveEventsModel::setCapacity);
    connect(m_poller, &LivePoller::countUpdated, this, [this](const OptNumber &count) {
        m_count->setText(formatCount(count));
        QVector<double> values;
        for (const LivePoller::Sample &s : m_poller->history())
            values.append(s.count);
        m_sparkline->setValues(values);
        emit countChanged(m_count->text());
    });
    connect(m_poller, &LivePoller::usersUpdated, this, [this](const QVector<LiveUser> &users) {
        m_users.update(users);
        m_usersPanel->showLoaded(!users.isEmpty(), tr("Nobody is using the app right now."));
    });
    connect(m_poller, &LivePoller::eventsUpdated, this, [this](const QVector<Event> &events) {
        m_events.update(events);
        m_eventsPanel->showLoaded(m_events.rowCount() > 0, tr("No events in the last minutes."));
    });
    connect(m_poller, &LivePoller::pollFinished, this, [this](bool ok) {
        if (!m_poller->lastPollFailed(LivePoller::Part::Count)) {
            m_countPanel->showReady();
        } else if (!m_poller->isStopped()) {
            // An earlier count stays, muted with its time (the line under it says why); with
            // none yet the panel fails with its banner and Retry.
            if (m_countPanel->dataTime().isValid())
                m_countPanel->showFailed(failureText(tr("The live count"), m_lastFailure),
                                         m_lastFailure.detail, false);
            else
                m_countPanel->showError(failureText(tr("The live count"), m_lastFailure),
                                        m_lastFailure.detail);
        }
        // A list this poll could not load: its old rows muted with their time, or the reason
        // where nothing came yet (the count's banner or the line under it says why, once).
        const std::tuple<LivePoller::Part, Panel *, QString> lists[] = {
            {LivePoller::Part::Users, m_usersPanel, tr("The users online could not be loaded.")},
            {LivePoller::Part::Events, m_eventsPanel, tr("Live events could not be loaded.")}};
        for (const auto &[part, panel, text] : lists) {
            if (m_poller->lastPollFailed(part))
                panel->showFailed(text, m_lastFailure.detail, false);
        }
        updateStatus();
        // The page has loaded once its first poll is in.
        if (ok)
            m_requests.end(m_firstPoll, true);
        else
            m_requests.fail(m_firstPoll, m_lastFailure);
    });
    connect(m_poller, &LivePoller::failed, this, [this](const ApiError &error) {
        m_lastFailure = error;
        m_lastError = error.message();
    });
    connect(m_poller, &LivePoller::authenticationFailed, this, [this](const ApiError &error) {
        m_countPanel->showError(tr("Live polling stopped: %1").arg(error.message()), error.detail);
    });
    connect(m_countPanel, &Panel::retryRequested, this, [this] {
        m_poller->restart();
        m_countPanel->showLoading();
    });
    // Times of live users and events, and "last updated", in the window's one zone.
    auto showZone = [this](const QTimeZone &zone) {
        m_users.setTimeZone(zone);
        m_events.setTimeZone(zone);
        updateStatus();
    };
    showZone(state->zone());
    connect(state, &DashboardState::zoneChanged, this, showZone);
}

QString LivePage::countText() const
{
    return m_count->text();
}

QString LivePage::statusText() const
{
    return m_status->text();
}

void LivePage::reload()
{
    m_requests.supersedeAll();
    m_firstPoll = m_requests.begin(QStringLiteral("live.first-poll"));
    if (m_state->scope() != m_shownScope) {
        m_shownScope = m_state->scope();
        m_users.clear();
        m_events.clear();
        m_count->setText(QStringLiteral("—"));
        m_sparkline->setValues({});
        m_countPanel->showLoading();
    }
    m_poller->setAppId(m_state->appId(), m_state->scope());
    m_poller->restart();
    updateActive();
    if (!m_poller->isActive()) {
        // Not on screen: the first poll comes when the page is shown.
        m_requests.end(m_firstPoll, true);
    } else if (!m_poller->isPolling()) {
        m_poller->pollNow();
    }
}

void LivePage::setKeepPolling(bool keep)
{
    m_keepPolling = keep;
    updateActive();
}

void LivePage::showEvent(QShowEvent *event)
{
    AnalyticsPage::showEvent(event);
    if (QWidget *top = window())
        top->installEventFilter(this); // minimise / restore
    updateActive();
}

void LivePage::hideEvent(QHideEvent *event)
{
    AnalyticsPage::hideEvent(event);
    updateActive();
}

bool LivePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        updateActive();
    return AnalyticsPage::eventFilter(watched, event);
}

void LivePage::updateActive()
{
    const bool onScreen = isVisible() && window() && !window()->isMinimized();
    m_poller->setActive(onScreen || m_keepPolling);
    updateStatus();
}

void LivePage::updateStatus()
{
    const QDateTime updated = m_poller->lastUpdated();
    const QString at = updated.isValid()
                           ? DisplayFormat::time(updated.toTimeZone(m_state->zone()).time(), true)
                           : QString();
    const int retryIn = m_poller->currentDelay() / 1000;
    // The count is drawn muted whenever it is not from the last poll: its text says since when.
    const bool stale = m_poller->isStale() && updated.isValid();
    m_count->setForegroundRole(stale ? QPalette::PlaceholderText : QPalette::WindowText);
    QString text;
    bool warn = true;
    if (m_poller->isStopped()) {
        text = updated.isValid()
                   ? tr("Stopped: the token was rejected. The count is from %1.").arg(at)
                   : tr("Stopped: the token was rejected.");
    } else if (!updated.isValid() && !m_lastError.isEmpty()) {
        text = tr("Nothing loaded yet. %1 Retrying in %2 s.").arg(m_lastError).arg(retryIn);
    } else if (stale) {
        const qint64 ageMin = updated.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        text = (ageMin >= 1 ? tr("Not current: the count is from %1 (%n min ago). %2 Retrying "
                                 "in %3 s.",
                                 nullptr, int(ageMin))
                            : tr("Not current: the count is from %1. %2 Retrying in %3 s."))
                   .arg(at, m_lastError)
                   .arg(retryIn);
    } else if (!m_poller->failedParts().isEmpty()) {
        // The count came through; say exactly which part did not.
        text = tr("Count updated %1; %2 could not be loaded. %3 Retrying in %4 s.")
                   .arg(at, m_poller->failedParts().join(tr(" and ")), m_lastError)
                   .arg(retryIn);
    } else {
        warn = false;
        if (m_poller->isActive())
            text = updated.isValid() ? tr("Updated %1").arg(at) : tr("Not updated yet");
        else
            text = updated.isValid() ? tr("Paused while not on screen. Updated %1.").arg(at)
                                     : tr("Paused while not on screen. Not updated yet.");
    }
    m_status->setText(text);
    Tone::set(m_status, warn ? Tone::Kind::Bad : Tone::Kind::Plain);
}
