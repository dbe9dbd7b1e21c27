#pragma once

#include <QObject>

class LivePage;
class QMainWindow;
class QSystemTrayIcon;

// The live count in the system tray (where the platform has one): tooltip with the count,
// Open and Quit. While it is on, live polling goes on with the window hidden.
class TrayCounter : public QObject {
    Q_OBJECT
public:
    TrayCounter(QMainWindow *window, LivePage *live, QObject *parent = nullptr);

    static bool isAvailable();
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_icon != nullptr; }
    QString toolTip() const;

private:
    QMainWindow *m_window;
    LivePage *m_live;
    QSystemTrayIcon *m_icon = nullptr;
};
