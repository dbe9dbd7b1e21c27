#include "mainwindow.h"

#include "api/apiclient.h"
#include "quickglancepanel.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

MainWindow::MainWindow(ApiClient *client, const Account &account, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_account(account)
    , m_quickGlance(new QuickGlancePanel(client, this))
    , m_accountLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this)) {
    setWindowTitle(
        QStringLiteral("%1 — %2").arg(account.appName.isEmpty() ? account.appId : account.appName,
                                      QStringLiteral(NUCLEUS_APP_NAME)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nucleus-dashboard.svg")));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("Overview"), central);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(m_quickGlance);
    layout->addStretch(1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence::Refresh});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About %1").arg(QStringLiteral(NUCLEUS_APP_NAME)),
            tr("%1 %2\nAnalytics of your desktop apps from the Nucleus Data API.")
                .arg(QStringLiteral(NUCLEUS_APP_NAME), QStringLiteral(NUCLEUS_VERSION_STRING)));
    });

    m_accountLabel->setText(tr("%1 · app %2").arg(account.serverLabel, account.appId));
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    connect(m_quickGlance, &QuickGlancePanel::loaded, this, &MainWindow::updateStatus);
    m_quickGlance->setAppId(account.appId);
}

void MainWindow::refresh() {
    m_quickGlance->reload();
}

void MainWindow::updateStatus(bool ok) {
    if (ok)
        m_updatedLabel->setText(
            tr("updated %1").arg(QTime::currentTime().toString(QStringLiteral("hh:mm"))));
}
