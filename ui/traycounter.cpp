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

void TrayCounter::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    if (!enabled) {
        delete m_icon;
        m_icon = nullptr;
        m_live->setKeepPolling(false);
        return;
    }
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/nucleus-dashboard.svg")), this);
    auto *menu = new QMenu(m_window);
    menu->addAction(tr("Open"), m_window, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
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
    m_live->setKeepPolling(true);
}
