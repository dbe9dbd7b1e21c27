#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class AnswerCache;
class ApiClient;
class DashboardState;
class DemoServerHost;
class MainWindow;
class SecretStore;

// Opens an account in the one window, in place: the built-in demo, a saved account (its token
// from the keychain), or a new one through Connect. The client, the answer cache's account,
// the state's apps and the window's labels all move together, then the pages load once.
// Asked by the window (welcome page, app switcher, Settings → Open) and by main() at start.
class AccountOpener : public QObject {
    Q_OBJECT
public:
    struct Setup {
        ApiClient *client = nullptr;
        DashboardState *state = nullptr;
        MainWindow *window = nullptr;
        SecretStore *keychain = nullptr;
        AnswerCache *cache = nullptr; // none: --no-cache
        int demoLatencyMs = 0;
        // A person is at the window: a missing token is asked for (Connect), and giving up
        // goes back to the welcome page. Otherwise (screenshot) failed() ends the run.
        bool interactive = true;
    };

    explicit AccountOpener(const Setup &setup, QObject *parent = nullptr);

    // The built-in demo (started on first use), showing `appId` (empty: its first app).
    void openDemo(const QString &appId = {});
    // Local development (--dev): a dev server on 127.0.0.1:7727 receiving the Tracking API
    // (started in this process, or the one already running there), showing `appId`'s Live
    // page; Settings says where an SDK sends to.
    void openDev(const QString &appId, const QString &dataFile, quint16 port = 7727);
    // A saved account: its token from the keychain (asked for when missing, interactive).
    void openSaved(const QUrl &server, const QString &appId);
    void openWithToken(const QUrl &server, const QString &appId, const QString &token,
                       bool demo = false);
    // Whether the first account opened becomes the "last account" the next start opens (not
    // for NUCLEUS_TOKEN or screenshot runs; every later switch by the user does).
    void setRememberFirst(bool remember) { m_remember = remember; }
    // Connect: checked, saved, then opened; Cancel leaves the window as it was.
    void connectNew();

signals:
    // The client is set up for the account; the pages load right after.
    void aboutToLoad();
    // Not interactive: the account could not be opened (`exitCode` as the commands').
    void failed(const QString &message, int exitCode);

private:
    void askForToken(const QUrl &server, const QString &appId, const struct SecretResult &why);
    void nothingOpened(); // back to the welcome page when no account is shown
    void showDev(const QUrl &apiUrl, const QString &appId);

    Setup m_setup;
    QPointer<DemoServerHost> m_demo;
    QPointer<DemoServerHost> m_dev;
    bool m_showingDev = false; // the account open is the dev server's
    QUrl m_demoUrl;
    QString m_demoApp, m_demoToken;
    QString m_demoAppWanted; // the demo app asked for while the demo starts
    bool m_opened = false;
    bool m_remember = true;
    // Every request to open something is a wish; only the last one is opened (a slow
    // keychain read or demo start must not replace what was chosen after it).
    quint64 m_wish = 0;
    quint64 m_demoWish = 0;
};
