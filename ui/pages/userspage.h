#pragma once

#include "api/apitypes.h"
#include "models/sessionsmodel.h"
#include "models/usersfiltermodel.h"
#include "models/usersmodel.h"
#include "pages/analyticspage.h"

#include <QSet>

#include <optional>

class Panel;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

// Users: a searchable, sortable table of every user (smooth at 100 000), the selected user's
// properties, devices and sessions, and a session's events as a timeline. Back/forward
// (Alt+Left/Right) between users and sessions; delete behind a confirmation naming the user.
class UsersPage : public AnalyticsPage {
    Q_OBJECT
public:
    UsersPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    QString title() const override { return tr("Users"); }
    void reload() override;

    void setSearchText(const QString &text); // as typed: applied after a short pause
    void openUser(const QString &userId);
    void openSession(int sessionRow);
    void deleteShownUser();
    void back();
    void forward();

    QTableView *usersView() const { return m_usersView; }
    const UsersModel &usersModel() const { return m_users; }
    const UsersFilterModel &filterModel() const { return *m_filter; }
    const SessionsModel &sessionsModel() const { return m_sessions; }
    const EventTimelineModel &timelineModel() const { return m_timeline; }
    QString shownUser() const { return m_shownUser; }
    QString detailsText() const; // created, last seen and properties, as shown
    Panel *detailPanel() const { return m_detailPanel; }
    Panel *sessionsPanel() const { return m_sessionsPanel; }
    Panel *timelinePanel() const { return m_timelinePanel; }
    Panel *usersPanel() const { return m_usersPanel; }
    int deviceRows() const;
    QString countText() const; // "All users · 4,964", "12 of 4,964 users"
    bool showsNoMatch() const; // a search matched no one, and the page says so
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QTableView *sessionsView() const { return m_sessionsView; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool followsRange() const override { return false; }

private:
    struct Place {
        QString userId;
        int sessionRow = -1;
    };
    void go(const Place &place, bool record);
    void loadUser(const QString &userId, int sessionRow);
    void showDetails(const UserDetails &details, const QDateTime &asOf = {});
    // The user's details failed; `keptShown`: a kept answer of them is on screen.
    void showUserFailed(const QString &userId, const ApiError &error, bool keptShown);
    void showZone(const QTimeZone &zone);
    QString timeText(const QDateTime &t) const; // in the window's zone, the locale's short form
    void clearDetails();
    void updateCount();
    void showSelection(); // the lists highlight the user and session the panes show
    void restoreLayout(); // splitters and columns as the user left them
    void showUserRows(RequestTracker::Id id, const Result<UserRows> &result);
    void showUsers(UsersModel::Snapshot snapshot, const QDateTime &asOf = {});

    UsersModel m_users;
    UsersFilterModel *m_filter;
    SessionsModel m_sessions;
    std::optional<UserDetails> m_details; // the user shown, to write again in another zone
    QDateTime m_detailsAsOf;              // set when m_details came from the answer cache
    RequestTracker::Id m_freshUsers = 0;  // the users request whose fresh rows are shown
    RequestTracker::Id m_usersLoad = 0;   // the latest users request
    // Users deleted since the latest users request was sent: a list on its way still names
    // them, and must not bring them back.
    QSet<QString> m_deletedSinceLoad;
    QString m_usersFailure; // why the latest one failed, if it did
    QString m_loadedApp;    // the app of the list shown
    EventTimelineModel m_timeline;
    QString m_shownUser;
    QVector<Place> m_history;
    int m_historyIndex = -1;

    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QLabel *m_noMatch;
    QStackedWidget *m_listStack;
    QSplitter *m_split = nullptr, *m_detailSplit = nullptr;
    QAction *m_backAction = nullptr, *m_forwardAction = nullptr;
    bool m_syncingSelection = false;
    QTableView *m_usersView;
    QLabel *m_userTitle;
    QLabel *m_props;
    QTableWidget *m_devices;
    QPushButton *m_copy, *m_delete, *m_back, *m_forward;
    QTableView *m_sessionsView;
    QTableView *m_timelineView;
    Panel *m_usersPanel, *m_detailPanel, *m_sessionsPanel, *m_timelinePanel;
};
