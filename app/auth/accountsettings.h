#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

// Accounts and preferences, no secrets: servers with their apps (id and display name), the
// last used account, time zone, poll interval, request timeout. In QSettings, which replaces
// its file atomically, so a crash mid-write leaves the previous settings intact.
struct AppEntry {
    QString id;
    QString name;
};

struct Account {
    QUrl server;
    QVector<AppEntry> apps;
};

class AccountSettings {
public:
    // `organisation`/`application` select the settings file (tests pass their own).
    AccountSettings();

    QVector<Account> accounts() const;
    // Adds or replaces the account of `server`; adds `app` to it (or renames it).
    void addApp(const QUrl &server, const AppEntry &app);
    // Forgets `appId` of the account of `server`; the account and its token stay.
    void removeApp(const QUrl &server, const QString &appId);
    void removeAccount(const QUrl &server);
    std::optional<Account> account(const QUrl &server) const;

    // What the app switcher offers while `openedAppId` of `server` is open: that app first
    // (with its saved name, if any), then the account's other apps.
    QVector<AppEntry> appsToOffer(const QUrl &server, const QString &openedAppId) const;

    QUrl lastServer() const;
    QString lastApp() const;
    void setLast(const QUrl &server, const QString &appId);

    QString timeZone() const; // empty: the system's
    void setTimeZone(const QString &ianaId);
    int pollIntervalSecs() const;
    void setPollIntervalSecs(int secs);
    int timeoutSecs() const;
    void setTimeoutSecs(int secs);
    // The largest answer read (ApiCall::kMaxAnswerBytes by default; the window's Settings and
    // the commands' --max-body MB change it): bigger ones are stopped as too large.
    static constexpr int kMinAnswerMegabytes = 1;
    static constexpr int kMaxAnswerMegabytes = 4096;
    int maxAnswerMegabytes() const;
    void setMaxAnswerMegabytes(int megabytes);
    // The answer cache's size limit (product.md §7: default 200 MB, oldest dropped first).
    static constexpr int kMinCacheMegabytes = 10;
    static constexpr int kMaxCacheMegabytes = 20000;
    int cacheLimitMegabytes() const;
    void setCacheLimitMegabytes(int megabytes);

    QString fileName() const;
    void sync();

private:
    void save(const QVector<Account> &accounts);
};
