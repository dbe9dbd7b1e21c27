#pragma once

#include "auth/accountsettings.h"
#include "pages/analyticspage.h"

#include <QVector>

#include <optional>

class AlertSettings;
class CacheSettings;
class LocalDevPanel;
class Panel;
class QComboBox;
class ZoneBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class SecretStore;

// Settings: accounts (servers and their apps; add, add or remove an app, remove an account,
// which deletes the keychain entry), time zone, live poll interval, request timeout and the
// answer cache (size limit, usage, empty). Secrets never leave the SecretStore; everything else
// is in AccountSettings.
class SettingsPage : public AnalyticsPage {
    Q_OBJECT
public:
    SettingsPage(ApiClient *client, DashboardState *state, SecretStore *secrets,
                 QWidget *parent = nullptr);
    ZoneBox *zoneBox() const { return m_zone; }
    QComboBox *schemeBox() const { return m_scheme; }
    CacheSettings *cacheSettings() const { return m_cache; }
    AlertSettings *alertSettings() const { return m_alerts; }
    // Local development (--dev): shows where an SDK sends to; hidden otherwise.
    void setLocalDevelopment(const QUrl &webSocket, const QUrl &http);
    LocalDevPanel *localDevelopment() const { return m_localDev; }

    QString title() const override { return tr("Settings"); }
    void reload() override;
    int accountRows() const;
    void removeAccount(int row); // asks first
    // Forgets one app of the account in `row` (asks first); nothing changes on the server.
    void removeApp(int row, const QString &appId);

signals:
    void appsChanged(); // saved accounts or apps were added, renamed or removed
    void openRequested(const QUrl &server, const QString &appId); // "Open", a double-click
    void appRemoved(const QUrl &server, const QString &appId);
    void accountRemoved(const QString &account); // its key: the server's origin
    void pollIntervalChanged(int secs);
    void timeoutChanged(int secs);
    void maxAnswerChanged(qint64 bytes);

protected:
    bool followsRange() const override { return false; } // accounts and apps

private:
    // The account of a row of the accounts table (kept with the row, not parsed from its text).
    QUrl serverAt(int row) const;
    // The saved account shown in `row`; none for no row (-1: nothing selected).
    std::optional<Account> accountAt(int row) const;
    // The connect dialog for a new account, or filled in with `account` (a new token, a
    // renamed app); what it saves is checked against the server first.
    void connectAccount(const std::optional<Account> &account);
    void chooseAppToRemove();
    void savedChanged();

    SecretStore *m_secrets;
    QTableWidget *m_accounts;
    QLabel *m_noAccounts;
    QVector<QPushButton *> m_rowButtons; // act on the selected account
    ZoneBox *m_zone;
    QComboBox *m_scheme;   // light, dark or as the system
    QComboBox *m_language; // Language::choices(); applies at the next start
    QLabel *m_languageNote;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_maxAnswer;
    CacheSettings *m_cache;
    AlertSettings *m_alerts;
    LocalDevPanel *m_localDev;
    Panel *m_localDevPanel = nullptr;
};
