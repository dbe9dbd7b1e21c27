#pragma once

#include "pages/analyticspage.h"

class QComboBox;
class QSpinBox;
class QTableWidget;
class SecretStore;

// Settings: accounts (servers and their apps; add, add an app, remove, which deletes the
// keychain entry), time zone, live poll interval and request timeout. Secrets never leave the
// SecretStore; everything else is in AccountSettings.
class SettingsPage : public AnalyticsPage {
    Q_OBJECT
public:
    SettingsPage(ApiClient *client, DashboardState *state, SecretStore *secrets,
                 QWidget *parent = nullptr);

    QString title() const override { return tr("Settings"); }
    void reload() override;
    int accountRows() const;
    void removeAccount(int row); // asks first

signals:
    void pollIntervalChanged(int secs);
    void timeoutChanged(int secs);

private:
    SecretStore *m_secrets;
    QTableWidget *m_accounts;
    QComboBox *m_zone;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
};
