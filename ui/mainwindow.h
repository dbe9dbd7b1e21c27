#pragma once

#include <QMainWindow>
#include <QUrl>
#include <QVector>

class AccountClients;
class AlertMonitor;
class AnalyticsPage;
class AppsPage;
class AppSwitcher;
class WelcomePage;
class AnswerCache;
class ApiClient;
class DashboardState;
class ErrorBanner;
class ErrorsPage;
class EventsPage;
class OverviewPage;
class UsersPage;
class LivePage;
class SecretStore;
class SettingsPage;
class TrayCounter;
class QComboBox;
class RangeBox;
class ZoneBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

// The application frame: page sidebar, app switcher, date range and time zone, refresh,
// shortcuts (Ctrl+R, Ctrl+1...), and a status bar with the account, app and last update.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `secrets`: where a replaced token is stored (the OS keychain); none: this run only.
    MainWindow(ApiClient *client, DashboardState *state, const QString &serverLabel,
               SecretStore *secrets = nullptr, QWidget *parent = nullptr);

    // The pages in the order of the navigation (Ctrl+0 ... Ctrl+6).
    enum Page { Apps, Overview, Events, Errors, Users, Live, Settings };

    // The pages and parts the window's run wires to the settings (windowrun.cpp,
    // accountopener.cpp). Tests find widgets by object name instead ("overviewPage", "appBox").
    AppsPage *appsPage() const { return m_apps; }
    OverviewPage *overviewPage() const { return m_overview; }
    LivePage *livePage() const { return m_live; }
    SettingsPage *settingsPage() const { return m_settings; }
    // A client per account, for what looks at many apps at once (All apps, alerts).
    AccountClients *accountClients() const { return m_accounts; }
    // Checks the alert rules on the poll timer and notifies through the tray.
    AlertMonitor *alerts() const { return m_alerts; }
    // Closing the window hides it to the tray (when there is one) instead of quitting, so the
    // alerts go on being checked. Off by default; saved.
    static bool keepsRunningInTray();
    static void setKeepRunningInTray(bool keep);
    // The answer cache: an account removed in Settings loses its kept answers too.
    void setAnswerCache(AnswerCache *cache);
    AnalyticsPage *currentPage() const;
    void showPage(int index);
    int pageCount() const { return int(m_pages.size()); }
    // Reloads every page (Ctrl+R); the range moves with the clock.
    void refresh();
    // The account shown: its name (status bar, switcher), server and whether it is the demo
    // (whose token is never kept). Shows the dashboard.
    void setAccount(const QString &label, const QUrl &server, bool demo);
    // No account yet: the welcome page instead of the dashboard.
    void showWelcome();
    bool isShowingWelcome() const;
    // Something the user asked for could not be done (the demo did not start): said in a
    // message over the window, which stays as it was.
    void showProblem(const QString &text);
    QString statusText() const; // what the status bar says of the last load
    // Size, place, maximised state and page as the user left them (saved on close and quit);
    // a first run fits the screen. Tests and `screenshot` neither restore nor save them.
    void restoreWindowState();
    void saveWindowState();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

signals:
    // The user asked for another account's app, the demo, or to connect a new account (the
    // welcome page, the switcher, Settings): AccountOpener opens it in this window.
    void accountRequested(const QUrl &server, const QString &appId);
    void demoRequested(const QString &appId); // empty: the demo's first app
    void connectRequested();

private:
    QWidget *buildToolbar();
    void fitToScreen();
    void showNavigationIcons();
    // Settings added, renamed or removed saved apps: the switcher offers what is saved now.
    void savedAppsChanged(const QString &removedAppId);
    // "updated 14:02", "offline · as of 14:02" or "some data could not be loaded", said once
    // every page has settled.
    void updateStatus();
    void showOutage(); // the current page's failure summary, or nothing
    void tokenRejected();

    // An app chosen on the All-apps page: its Overview, in this window.
    void openApp(const QString &account, const QString &appId, int page = Overview);
    void alertFired(const struct AlertOutcome &outcome);

    ApiClient *m_client;
    DashboardState *m_state;
    QString m_serverLabel;
    SecretStore *m_secrets;
    AccountClients *m_accounts;
    AlertMonitor *m_alerts;
    AppsPage *m_apps;
    OverviewPage *m_overview;
    EventsPage *m_events;
    ErrorsPage *m_errors;
    UsersPage *m_users;
    LivePage *m_live;
    SettingsPage *m_settings;
    bool m_askingForToken = false;
    bool m_remembersState = false;
    TrayCounter *m_tray;
    QVector<AnalyticsPage *> m_pages;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    AppSwitcher *m_app = nullptr;
    QStackedWidget *m_modes = nullptr;
    WelcomePage *m_welcome = nullptr;
    bool m_demo = false;
    int m_alertPage = Overview; // what a click on the last notification opens
    RangeBox *m_range = nullptr;
    ZoneBox *m_zone = nullptr;
    QLabel *m_accountLabel;
    QLabel *m_updatedLabel;
    ErrorBanner *m_outage;
    AnswerCache *m_cache = nullptr;
};
