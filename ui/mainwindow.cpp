#include "mainwindow.h"

#include "alertmonitor.h"
#include "alerts/alertevaluator.h"
#include "alertsettings.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "appearance.h"
#include "appswitcher.h"
#include "auth/accountsettings.h"
#include "auth/memorystore.h"
#include "auth/secretstore.h"
#include "cache/answercache.h"
#include "cachesettings.h"
#include "core/accountclients.h"
#include "core/dashboardstate.h"
#include "errorbanner.h"
#include "pages/appspage.h"
#include "pages/errorspage.h"
#include "pages/eventspage.h"
#include "pages/livepage.h"
#include "pages/overviewpage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "panel.h"
#include "rangebox.h"
#include "themedicon.h"
#include "tokenprompt.h"
#include "traycounter.h"
#include "version.h"
#include "welcomepage.h"
#include "zonebox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(ApiClient *client, DashboardState *state, const QString &serverLabel,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_state(state)
    , m_serverLabel(serverLabel)
    , m_secrets(secrets ? secrets : new MemoryStore(this))
    , m_accounts(new AccountClients(m_secrets, this))
    , m_alerts(new AlertMonitor(m_accounts, this))
    , m_apps(new AppsPage(client, state, m_accounts))
    , m_overview(new OverviewPage(client, state))
    , m_events(new EventsPage(client, state))
    , m_errors(new ErrorsPage(client, state))
    , m_users(new UsersPage(client, state))
    , m_live(new LivePage(client, state))
    , m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_accountLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
    , m_outage(new ErrorBanner(this))
{
    setWindowTitle(QStringLiteral(NUCLEUS_APP_NAME));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nucleus-dashboard.svg")));
    fitToScreen();

    m_settings = new SettingsPage(client, state, m_secrets);
    m_pages = {m_apps, m_overview, m_events, m_errors, m_users, m_live, m_settings};
    // Named for what they are: tests find them as a user does, not through getters.
    m_apps->setObjectName(QStringLiteral("appsPage"));
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_events->setObjectName(QStringLiteral("eventsPage"));
    m_errors->setObjectName(QStringLiteral("errorsPage"));
    m_users->setObjectName(QStringLiteral("usersPage"));
    m_live->setObjectName(QStringLiteral("livePage"));
    m_settings->setObjectName(QStringLiteral("settingsPage"));
    m_sidebar->setObjectName(QStringLiteral("navigation"));
    m_outage->setObjectName(QStringLiteral("outageBanner"));
    m_alerts->setObjectName(QStringLiteral("alerts"));
    connect(m_apps, &AppsPage::openRequested, this,
            [this](const QString &account, const QString &appId) { openApp(account, appId); });
    for (AnalyticsPage *page : std::as_const(m_pages)) {
        m_sidebar->addItem(page->title());
        // A window smaller than a page (1024×640, a large font) scrolls it rather than
        // growing past the screen or squeezing its panels.
        auto *scroll = new QScrollArea;
        scroll->setAccessibleName(page->title());
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        connect(page, &AnalyticsPage::settled, this, &MainWindow::updateStatus);
    }
    // Icons and titles, as wide as the longest title (German's are long), never clipped.
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    int titleWidth = 0;
    for (AnalyticsPage *page : std::as_const(m_pages))
        titleWidth =
            std::max(titleWidth, m_sidebar->fontMetrics().horizontalAdvance(page->title()));
    m_sidebar->setFixedWidth(titleWidth + m_sidebar->iconSize().width() + 48);
    showNavigationIcons();
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The window's one time zone is the setting: whichever box changed it, it is kept.
    connect(state, &DashboardState::zoneChanged, this,
            [state] { AccountSettings().setTimeZone(QString::fromUtf8(state->zoneId())); });

    auto *dashboard = new QWidget;
    auto *layout = new QVBoxLayout(dashboard);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(buildToolbar());
    auto *body = new QHBoxLayout;
    body->addWidget(m_sidebar);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->addWidget(m_outage);
    pageColumn->addWidget(m_stack, 1);
    body->addLayout(pageColumn, 1);
    layout->addLayout(body, 1);
    // One banner for an outage that failed many requests of the page shown (its summary).
    m_outage->hide();
    for (AnalyticsPage *page : std::as_const(m_pages))
        connect(page, &AnalyticsPage::failureSummaryChanged, this, &MainWindow::showOutage);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::showOutage);
    connect(m_outage, &ErrorBanner::retryRequested, this, [this] { currentPage()->reload(); });
    // The dashboard, or (no account yet) the welcome page in its place.
    m_modes = new QStackedWidget(this);
    m_modes->addWidget(dashboard);
    m_welcome = new WelcomePage;
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_modes->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { emit demoRequested({}); });
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectRequested);
    setCentralWidget(m_modes);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence::Refresh});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = view->addAction(m_pages[i]->title(), this, [this, i] { showPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About %1").arg(QStringLiteral(NUCLEUS_APP_NAME)),
            tr("%1 %2\nAnalytics of your desktop apps from the Nucleus Data API.")
                .arg(QStringLiteral(NUCLEUS_APP_NAME), QStringLiteral(NUCLEUS_VERSION_STRING)));
    });

    // Light, dark or as the system: the same choice as in Settings.
    QMenu *appearanceMenu = view->addMenu(tr("&Appearance"));
    auto *schemes = new QActionGroup(appearanceMenu);
    for (auto scheme :
         {Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark}) {
        QAction *choice = appearanceMenu->addAction(Appearance::name(scheme), this, [scheme] {
            Appearance::instance()->setScheme(scheme);
        });
        choice->setCheckable(true);
        choice->setActionGroup(schemes);
        choice->setData(int(scheme));
    }
    auto showScheme = [schemes](Appearance::Scheme scheme) {
        for (QAction *choice : schemes->actions())
            choice->setChecked(choice->data().toInt() == int(scheme));
    };
    showScheme(Appearance::instance()->scheme());
    connect(Appearance::instance(), &Appearance::schemeChanged, this, showScheme);

    // The live count in the tray, on by default where there is a tray.
    m_tray = new TrayCounter(this, m_live, this);
    m_tray->setObjectName(QStringLiteral("tray"));
    m_tray->setEnabled(TrayCounter::isAvailable());
    QAction *trayAction = view->addAction(tr("Live count in the system &tray"));
    trayAction->setCheckable(true);
    trayAction->setChecked(m_tray->isEnabled());
    trayAction->setEnabled(TrayCounter::isAvailable());
    connect(trayAction, &QAction::toggled, m_tray, &TrayCounter::setEnabled);
    QAction *keepAction = view->addAction(tr("&Keep running in the tray when closed"));
    keepAction->setCheckable(true);
    keepAction->setChecked(keepsRunningInTray());
    keepAction->setEnabled(TrayCounter::isAvailable());
    keepAction->setToolTip(tr("Alerts are checked while the window is closed"));
    connect(keepAction, &QAction::toggled, this, &MainWindow::setKeepRunningInTray);
    // The same setting in Settings → Alerts: each shows what the other changed.
    QCheckBox *keepBox = m_settings->alertSettings()->keepRunningBox();
    connect(keepAction, &QAction::toggled, keepBox, [keepBox](bool on) {
        const QSignalBlocker quiet(keepBox);
        keepBox->setChecked(on);
    });
    connect(keepBox, &QCheckBox::toggled, keepAction, [keepAction](bool on) {
        const QSignalBlocker quiet(keepAction);
        keepAction->setChecked(on);
    });
    // An alert: one notification, and a line in the status bar (also without a tray).
    connect(m_alerts, &AlertMonitor::fired, this, &MainWindow::alertFired);
    m_settings->alertSettings()->setTimeZone(state->zone());
    connect(state, &DashboardState::zoneChanged, m_settings->alertSettings(),
            &AlertSettings::setTimeZone);
    m_settings->alertSettings()->setUp(m_alerts, [this] { return m_apps->entries(); });
    connect(m_tray, &TrayCounter::notificationClicked, this,
            [this](const QString &account, const QString &appId) {
                openApp(account, appId, m_alertPage);
            });

    // A 401 anywhere: one "token rejected" prompt, whatever number of requests failed.
    connect(m_client, &ApiClient::unauthorized, this, [this] {
        if (!m_askingForToken) {
            m_askingForToken = true;
            QTimer::singleShot(0, this, &MainWindow::tokenRejected);
        }
    });
    connect(m_settings, &SettingsPage::appsChanged, this, [this] {
        savedAppsChanged(QString());
        // A token may have been replaced (Settings → Edit): other accounts read theirs again.
        for (const Account &account : AccountSettings().accounts()) {
            const QString key = secretKeyForServer(account.server);
            if (key != m_state->accountKey())
                m_accounts->forget(key);
        }
        m_apps->savedAppsChanged();
    });
    // A token refused by its server: read again from the keychain on next use (later, not
    // from inside the refused call's own delivery).
    connect(
        m_accounts, &AccountClients::unauthorized, this,
        [this](const QString &account) {
            if (account != m_state->accountKey())
                m_accounts->forget(account);
        },
        Qt::QueuedConnection);
    connect(m_settings, &SettingsPage::accountRemoved, this, [this](const QString &account) {
        if (m_cache)
            m_cache->removeAccount(account);
        m_accounts->forget(account);
        m_alerts->store().removeRulesOf(account); // rules of an account go with it
        m_apps->savedAppsChanged();
    });
    connect(m_settings, &SettingsPage::appRemoved, this,
            [this](const QUrl &server, const QString &appId) {
                m_alerts->store().removeRulesOf(secretKeyForServer(server), appId);
                m_apps->savedAppsChanged();
                if (secretKeyForServer(server) == secretKeyForServer(m_client->baseUrl()))
                    savedAppsChanged(appId);
            });
    connect(m_settings, &SettingsPage::maxAnswerChanged, this, [this](qint64 bytes) {
        m_client->setMaxAnswerBytes(bytes);
        m_accounts->setMaxAnswerBytes(bytes);
    });
    connect(m_settings, &SettingsPage::pollIntervalChanged, this, [this](int secs) {
        m_live->poller()->setInterval(secs * 1000);
        m_apps->setRefreshInterval(std::max(30, secs) * 1000);
        m_alerts->setInterval(secs * 1000);
    });
    connect(m_settings, &SettingsPage::timeoutChanged, this, [this](int secs) {
        m_client->setTiming(ApiCall::Timing::forTimeout(secs));
        m_accounts->setTiming(ApiCall::Timing::forTimeout(secs));
    });

    m_app->setOpenAccount(m_serverLabel, m_client->baseUrl(), false);
    connect(m_settings, &SettingsPage::openRequested, this, &MainWindow::accountRequested);
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    m_accountLabel->setText(tr("%1 · app %2").arg(m_serverLabel, m_state->appId()));
    connect(m_state, &DashboardState::changed, this, [this] {
        m_accountLabel->setText(tr("%1 · app %2").arg(m_serverLabel, m_state->appId()));
        m_updatedLabel->setText(tr("loading…"));
    });
}

void MainWindow::showNavigationIcons()
{
    static const char *const names[] = {"apps",  "overview", "events",  "errors",
                                        "users", "live",     "settings"};
    for (int i = 0; i < m_sidebar->count() && i < int(std::size(names)); ++i)
        m_sidebar->item(i)->setIcon(ThemedIcon::make(
            QStringLiteral(":/icons/nav/%1.svg").arg(QLatin1String(names[i])), palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showNavigationIcons(); // recoloured for light or dark
}

void MainWindow::fitToScreen()
{
    // 1280×860 where it fits; on a small screen (or at a large scale factor) a little less
    // than what the screen has free, so the toolbar and the status bar are always on it.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        resize(1280, 860);
        return;
    }
    const QRect free = screen->availableGeometry();
    const QSize size = QSize(1280, 860).boundedTo(free.size() * 0.92);
    resize(size);
    move(free.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::restoreWindowState()
{
    m_remembersState = true;
    const QSettings settings;
    // restoreGeometry puts a window saved on a bigger or absent screen back on this one.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    showPage(settings.value(QStringLiteral("window/page"), 0).toInt());
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveWindowState);
}

void MainWindow::saveWindowState()
{
    if (!m_remembersState)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only the user's close (the title bar's button, Alt+F4) hides it: Quit, the tray's Quit
    // and a log-out close it programmatically, and must end the run.
    if (keepsRunningInTray() && TrayCounter::isAvailable() && event->spontaneous()) {
        // Hidden, not closed: the alerts go on. Said once, where the window went.
        saveWindowState();
        hide();
        event->ignore();
        QSettings settings;
        const bool hinted = settings.value(QStringLiteral("tray/hintShown"), false).toBool();
        settings.setValue(QStringLiteral("tray/hintShown"), true);
        // The icon to come back by (the live count only if that is on), and the hint once.
        m_tray->hint(hinted ? QString()
                            : tr("Still running in the tray, checking your alerts. Open or "
                                 "quit from its menu."));
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setAccount(const QString &label, const QUrl &server, bool demo)
{
    m_serverLabel = label;
    m_demo = demo;
    m_app->setOpenAccount(label, server, demo);
    m_accountLabel->setText(tr("%1 · app %2").arg(m_serverLabel, m_state->appId()));
    m_modes->setCurrentIndex(0);
}

void MainWindow::showWelcome()
{
    m_modes->setCurrentWidget(m_welcome);
    m_accountLabel->clear();
    m_updatedLabel->clear();
}

void MainWindow::showProblem(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral(NUCLEUS_APP_NAME), text,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, not blocking
}

bool MainWindow::isShowingWelcome() const
{
    return m_modes->currentWidget() == m_welcome;
}

void MainWindow::savedAppsChanged(const QString &removedAppId)
{
    if (m_demo) { // the demo's one app is not a saved one: only the other accounts changed
        m_app->refill();
        return;
    }
    const QUrl server = m_client->baseUrl();
    const AccountSettings settings;
    // The open app was just removed from this account: show another of its apps, if any.
    if (!removedAppId.isEmpty() && removedAppId == m_state->appId()) {
        const auto saved = settings.account(server);
        if (saved && !saved->apps.isEmpty())
            m_state->setAppId(saved->apps.first().id);
    }
    QVector<DashboardState::App> apps;
    for (const AppEntry &entry : settings.appsToOffer(server, m_state->appId()))
        apps.append({entry.id, entry.name});
    m_state->setApps(apps);
    m_app->refill();
}

QWidget *MainWindow::buildToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_app = new AppSwitcher(m_state);
    m_app->setObjectName(QStringLiteral("appBox"));
    connect(m_app, &AppSwitcher::otherAccountChosen, this, &MainWindow::accountRequested);
    connect(m_app, &AppSwitcher::demoChosen, this, [this] { emit demoRequested({}); });

    m_range = new RangeBox(m_state);
    m_range->setObjectName(QStringLiteral("rangeBox"));

    m_zone = new ZoneBox(m_state);
    m_zone->setObjectName(QStringLiteral("zoneBox"));

    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setToolTip(tr("Reload every page (Ctrl+R)"));
    connect(refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);

    row->addWidget(new QLabel(tr("App:")));
    row->addWidget(m_app);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Range:")));
    row->addWidget(m_range);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Time zone:")));
    row->addWidget(m_zone);
    row->addStretch(1);
    row->addWidget(refreshButton);
    return bar;
}

AnalyticsPage *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_sidebar->setCurrentRow(index);
}

void MainWindow::refresh()
{
    m_state->refresh();
}

void MainWindow::tokenRejected()
{
    const std::optional<QString> token =
        TokenPrompt::ask(this, secretKeyForServer(m_client->baseUrl()));
    if (token) {
        m_client->setToken(*token);
        m_accounts->setToken(m_state->accountKey(), m_client->baseUrl(), *token);
        if (!m_demo) // the demo's token is made up per run: nothing to keep
            m_secrets->write(secretKeyForServer(m_client->baseUrl()), *token,
                             [window = QPointer<MainWindow>(this)](const SecretResult &r) {
                                 // Used for this run either way; said when it is not kept.
                                 if (window && !r.ok())
                                     window->statusBar()->showMessage(
                                         tr("The new token works, but the keychain did not "
                                            "keep it (%1): it is asked for again next time.")
                                             .arg(r.message),
                                         30000);
                             });
        m_state->refresh(); // every page asks again with the new token
    }
    // Later 401s of requests already on their way are left to the pages' banners.
    QTimer::singleShot(1000, this, [this] { m_askingForToken = false; });
}

void MainWindow::setAnswerCache(AnswerCache *cache)
{
    m_cache = cache;
    m_settings->cacheSettings()->setCache(cache);
}

QString MainWindow::statusText() const
{
    return m_updatedLabel->text();
}

void MainWindow::openApp(const QString &account, const QString &appId, int page)
{
    if (account == m_state->accountKey())
        m_state->setAppId(appId);
    else if (account == AccountClients::demoAccount())
        emit demoRequested(appId);
    else
        emit accountRequested(QUrl(account), appId);
    showPage(page);
}

bool MainWindow::keepsRunningInTray()
{
    return QSettings().value(QStringLiteral("tray/keepRunning"), false).toBool();
}

void MainWindow::setKeepRunningInTray(bool keep)
{
    QSettings().setValue(QStringLiteral("tray/keepRunning"), keep);
}

void MainWindow::alertFired(const AlertOutcome &outcome)
{
    // The app's own name where it is known (saved, or the demo's).
    QString name;
    for (const AppsPage::Entry &entry : m_apps->entries()) {
        if (entry.account == outcome.rule.account && entry.appId == outcome.rule.appId)
            name = entry.name;
    }
    m_alertPage = outcome.rule.isErrors() ? Errors : outcome.rule.isLive() ? Live : Overview;
    const QString title = AlertMonitor::title(outcome, name);
    const QString message = AlertMonitor::message(outcome);
    m_tray->notify(title, message, outcome.rule.account, outcome.rule.appId);
    statusBar()->showMessage(QStringLiteral("%1 — %2").arg(title, message), 60000);
}

void MainWindow::updateStatus()
{
    bool failed = false, offline = true;
    QDateTime oldest;
    for (const AnalyticsPage *page : std::as_const(m_pages)) {
        if (page == m_apps)
            continue; // every account's apps, each tile with its own state: not the account's
        if (page->isBusy())
            return; // said once every page has its answers
        for (const ApiError &error : page->requests().failures()) {
            failed = true;
            offline = offline && error.kind == ApiError::Kind::Offline;
        }
        const QDateTime pageOldest = page->oldestOldData();
        if (pageOldest.isValid() && (!oldest.isValid() || pageOldest < oldest))
            oldest = pageOldest;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!failed)
        m_updatedLabel->setText(tr("updated %1").arg(Panel::shortTime(now, m_state->zone(), now)));
    else if (offline && oldest.isValid())
        m_updatedLabel->setText(
            tr("offline · as of %1").arg(Panel::shortTime(oldest, m_state->zone(), now)));
    else
        m_updatedLabel->setText(tr("some data could not be loaded"));
}

void MainWindow::showOutage()
{
    const QString summary = currentPage()->failureSummary();
    if (summary.isEmpty())
        m_outage->hide();
    else
        m_outage->showError(summary);
}
