#pragma once

#include "live/livemodels.h"
#include "live/livepoller.h"
#include "pages/analyticspage.h"

class Panel;
class QLabel;
class QSpinBox;
class QTableView;
class Sparkline;

// Live: the users online now, large, polled on an interval; a sparkline of the counts seen
// since the app started; the live users and the live events feed, updated in place. Polls
// only while shown (or while the tray counter wants them), says when the data is stale.
class LivePage : public AnalyticsPage {
    Q_OBJECT
public:
    LivePage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Live"); }
    void reload() override;

    LivePoller *poller() const { return m_poller; }
    const LiveUsersModel &usersModel() const { return m_users; }
    const LiveEventsModel &eventsModel() const { return m_events; }
    QTableView *usersView() const { return m_usersView; }
    QString countText() const;
    QString statusText() const;
    Sparkline *sparkline() const { return m_sparkline; }
    Panel *usersPanel() const { return m_usersPanel; }
    Panel *eventsPanel() const { return m_eventsPanel; }
    // The tray counter keeps polling alive while the window is hidden.
    void setKeepPolling(bool keep);

signals:
    void countChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool followsRange() const override { return false; } // live is now, whatever the range

private:
    void updateActive();
    void updateStatus();

    LivePoller *m_poller;
    LiveUsersModel m_users;
    LiveEventsModel m_events;
    QLabel *m_count;
    QLabel *m_status;
    Sparkline *m_sparkline;
    QSpinBox *m_interval;
    QSpinBox *m_capacity;
    QTableView *m_usersView;
    QTableView *m_eventsView;
    Panel *m_countPanel, *m_usersPanel, *m_eventsPanel;
    bool m_keepPolling = false;
    RequestTracker::Id m_firstPoll = 0; // the page's load: the first poll after a reload
    QString m_shownScope; // the account and app whose live data is shown (cleared on a change)
    QString m_lastError;
    ApiError m_lastFailure;
};
