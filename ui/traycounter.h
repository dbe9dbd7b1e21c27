#pragma once

#include <QObject>

class LivePage;
class QAction;
class QMainWindow;
class QSystemTrayIcon;

// The live count in the system tray (where the platform has one): tooltip with the count, the
// last alert, Open and Quit. While it is on, live polling goes on with the window hidden.
// Alerts are shown as the platform's notifications through it (on Linux the freedesktop
// notification service, where there is one); a click on one asks to open what it is about.
class TrayCounter : public QObject {
    Q_OBJECT
public:
    TrayCounter(QMainWindow *window, LivePage *live, QObject *parent = nullptr);

    static bool isAvailable();
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_icon != nullptr; }
    QString toolTip() const;
    // Shows a notification (the icon appears for it if it was off) and keeps it as the last
    // alert in the menu; `account`/`appId` say what a click on it opens.
    void notify(const QString &title, const QString &message, const QString &account,
                const QString &appId);
    QString lastAlert() const { return m_lastAlert; }
    // The icon is shown (for the window to come back by), with `message` when not empty; not
    // an alert, so it is not "the last alert".
    void hint(const QString &message);
    void showWindow();

signals:
    void notificationClicked(const QString &account, const QString &appId);

private:
    void makeIcon();

    QMainWindow *m_window;
    LivePage *m_live;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_lastAlertAction = nullptr;
    QString m_lastAlert;
    QString m_clickAccount, m_clickApp;
    bool m_forAlertsOnly = false; // shown for a notification while the count is off
};
