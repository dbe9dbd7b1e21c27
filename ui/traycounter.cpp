#include "traycounter.h"

#include "pages/livepage.h"

#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>

TrayCounter::TrayCounter(QMainWindow *window, LivePage *live, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_live(live)
{}

bool TrayCounter::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayCounter::toolTip() const
{
    return m_icon ? m_icon->toolTip() : QString();
}

void TrayCounter::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayCounter::notify(const QString &title, const QString &message, const QString &account,
                         const QString &appId)
{
    m_lastAlert = QStringLiteral("%1 — %2").arg(title, message);
    m_clickAccount = account;
    m_clickApp = appId;
    if (!isAvailable())
        return; // the window's status bar says it
    if (!m_icon) {
        makeIcon();
        m_forAlertsOnly = true;
    }
    m_lastAlertAction->setText(tr("Last alert: %1").arg(m_lastAlert));
    m_lastAlertAction->setVisible(true);
    m_icon->showMessage(title, message, QSystemTrayIcon::Warning);
}

void TrayCounter::hint(const QString &message)
{
    if (!isAvailable())
        return;
    if (!m_icon) {
        makeIcon();
        m_forAlertsOnly = true;
    }
    if (!message.isEmpty())
        m_icon->showMessage(QStringLiteral("Nucleus Dashboard"), message,
                            QSystemTrayIcon::Information);
}

void TrayCounter::setEnabled(bool enabled)
{
    if (enabled == isEnabled() && !m_forAlertsOnly)
        return;
    m_forAlertsOnly = false;
    if (!enabled) {
        delete m_icon;
        m_icon = nullptr;
        m_lastAlertAction = nullptr;
        m_live->setKeepPolling(false);
        return;
    }
    if (!m_icon)
        makeIcon();
    m_live->setKeepPolling(true);
}

void TrayCounter::makeIcon()
{
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/nucleus-dashboard.svg")), this);
    auto *menu = new QMenu(m_window);
    connect(m_icon, &QObject::destroyed, menu, &QObject::deleteLater);
    m_lastAlertAction = menu->addAction(QString());
    m_lastAlertAction->setEnabled(false); // a line to read, not a command
    m_lastAlertAction->setVisible(!m_lastAlert.isEmpty());
    if (!m_lastAlert.isEmpty())
        m_lastAlertAction->setText(tr("Last alert: %1").arg(m_lastAlert));
    menu->addSeparator();
    menu->addAction(tr("Open"), m_window, [this] { showWindow(); });
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        emit notificationClicked(m_clickAccount, m_clickApp);
    });
    m_icon->setContextMenu(menu);
    m_icon->setToolTip(tr("Nucleus Dashboard — live count: %1").arg(m_live->countText()));
    connect(m_live, &LivePage::countChanged, m_icon, [this](const QString &count) {
        m_icon->setToolTip(tr("Nucleus Dashboard — %1 users online").arg(count));
    });
    connect(m_icon, &QSystemTrayIcon::activated, m_window,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    m_window->showNormal();
                    m_window->activateWindow();
                }
            });
    m_icon->show();
}
