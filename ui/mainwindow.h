#pragma once

#include <QMainWindow>

class ApiClient;
class QuickGlancePanel;
class QLabel;

// The application frame: menus, shortcuts, status bar, and the pages in the middle.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Account {
        QString serverLabel; // shown in the status bar (host only, never the token)
        QString appId;
        QString appName;
    };

    MainWindow(ApiClient *client, const Account &account, QWidget *parent = nullptr);

    QuickGlancePanel *quickGlancePanel() const { return m_quickGlance; }
    void refresh();

private:
    void updateStatus(bool ok);

    ApiClient *m_client;
    Account m_account;
    QuickGlancePanel *m_quickGlance;
    QLabel *m_accountLabel;
    QLabel *m_updatedLabel;
};
