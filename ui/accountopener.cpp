#include "accountopener.h"

#include "api/apiclient.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "connectdialog.h"
#include "core/accountclients.h"
#include "core/dashboardstate.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "pages/appspage.h"
#include "pages/settingspage.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
// The demo's answers are kept under one name: its server moves port every run.
const QString kDemoAccount = AccountClients::demoAccount();
} // namespace

AccountOpener::AccountOpener(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
    MainWindow *window = setup.window;
    connect(window, &MainWindow::demoRequested, this, &AccountOpener::openDemo);
    connect(window, &MainWindow::connectRequested, this, &AccountOpener::connectNew);
    connect(window, &MainWindow::accountRequested, this, &AccountOpener::openSaved);
}

void AccountOpener::openDemo(const QString &appId)
{
    m_demoWish = ++m_wish;
    m_demoAppWanted = appId;
    if (!m_demoUrl.isEmpty()) {
        openWithToken(m_demoUrl, appId.isEmpty() ? m_demoApp : appId, m_demoToken, true);
        return;
    }
    if (m_demo)
        return; // starting: it opens when it listens (unless something else is asked first)
    // On its own thread; the window stays responsive (and shows "Loading…") meanwhile.
    m_demo = new DemoServerHost(this);
    connect(m_demo, &DemoServerHost::ready, this,
            [this](const QUrl &url, const QString &appId, const QString &token) {
                m_demoUrl = url;
                m_demoApp = appId;
                m_demoToken = token;
                if (m_demoWish == m_wish) // still what the user wants last
                    openWithToken(url, m_demoAppWanted.isEmpty() ? appId : m_demoAppWanted, token,
                                  true);
            });
    connect(m_demo, &DemoServerHost::failed, this, [this](const QString &reason) {
        // Gone, so that asking again tries again.
        m_demo->deleteLater();
        m_demo = nullptr;
        if (!m_setup.interactive) {
            emit failed(reason, 1);
            return;
        }
        if (m_demoWish == m_wish) {
            nothingOpened();
            m_setup.window->showProblem(tr("The demo could not be started: %1").arg(reason));
        }
    });
    m_demo->startBuiltIn(m_setup.demoLatencyMs);
}

static_assert(DemoServerHost::kDevPort == 7727, "AccountOpener::openDev's default port");

void AccountOpener::openDev(const QString &appId, const QString &dataFile, quint16 port)
{
    ++m_wish;
    m_dev = new DemoServerHost(this);
    connect(m_dev, &DemoServerHost::ready, this,
            [this](const QUrl &url, const QString &app, const QString &) {
                if (!m_dev->notice().isEmpty())
                    m_setup.window->showProblem(m_dev->notice());
                showDev(url, app);
            });
    connect(m_dev, &DemoServerHost::failed, this, [this, appId, port](const QString &reason) {
        m_dev->deleteLater();
        m_dev = nullptr;
        // The port is taken: most likely by a dev server already running (nucleus-devserver
        // --dev, another window), whose data is the same file's. Shown as it is; if it is
        // something else, the pages say what it answered.
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        url.setPath(QStringLiteral("/api/v1"));
        if (port != 0 && reason.contains(QString::number(port))) {
            showDev(url, appId);
            return;
        }
        if (!m_setup.interactive) {
            emit failed(reason, 1);
            return;
        }
        nothingOpened();
        m_setup.window->showProblem(
            tr("The local development server could not start: %1").arg(reason));
    });
    m_dev->startDev(appId, dataFile, port);
}

void AccountOpener::showDev(const QUrl &apiUrl, const QString &appId)
{
    m_showingDev = true;
    openWithToken(apiUrl, appId, DemoServerHost::devToken(), true);
    m_showingDev = false;
    QUrl ws = apiUrl;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QString());
    QUrl http = apiUrl;
    http.setPath(QStringLiteral("/app/%1/track").arg(appId));
    m_setup.window->settingsPage()->setLocalDevelopment(ws, http);
    m_setup.window->showPage(MainWindow::Live);
}

void AccountOpener::openSaved(const QUrl &server, const QString &appId)
{
    const quint64 wish = ++m_wish;
    m_setup.keychain->read(secretKeyForServer(server), [this, server, appId,
                                                        wish](const SecretResult &secret) {
        if (wish != m_wish)
            return; // another account or the demo was asked for meanwhile: the last one wins
        if (secret.ok() && !secret.secret.isEmpty()) {
            openWithToken(server, appId, secret.secret);
            return;
        }
        if (m_setup.interactive) {
            // Not from inside the keychain's callback: the dialog runs an event loop.
            QTimer::singleShot(0, this, [=] { askForToken(server, appId, secret); });
            return;
        }
        emit failed(secret.status == SecretResult::Status::NotFound
                        ? QStringLiteral("no token stored for %1: run `nucleus-dashboard login "
                                         "--server %1 --app ID`")
                              .arg(secretKeyForServer(server))
                        : QStringLiteral("the keychain could not be read (%1); set NUCLEUS_TOKEN")
                              .arg(secret.message),
                    3);
    });
}

void AccountOpener::askForToken(const QUrl &server, const QString &appId, const SecretResult &why)
{
    ConnectDialog dialog(m_setup.keychain, m_setup.window);
    const auto offered = AccountSettings().appsToOffer(server, appId);
    dialog.askForMissingToken(server, appId, offered.isEmpty() ? QString() : offered.first().name,
                              why);
    if (dialog.exec() == QDialog::Accepted)
        openWithToken(dialog.server(), dialog.appId(), dialog.token());
    else
        nothingOpened();
}

void AccountOpener::connectNew()
{
    ++m_wish;
    ConnectDialog dialog(m_setup.keychain, m_setup.window);
    if (dialog.exec() == QDialog::Accepted)
        openWithToken(dialog.server(), dialog.appId(), dialog.token());
    else
        nothingOpened();
}

void AccountOpener::nothingOpened()
{
    if (!m_opened)
        m_setup.window->showWelcome();
}

void AccountOpener::openWithToken(const QUrl &server, const QString &appId, const QString &token,
                                  bool demo)
{
    ++m_wish; // what is opened now is the last wish
    ApiClient *client = m_setup.client;
    client->setBaseUrl(server);
    client->setToken(token);
    // The dev server's answers change with every event an app sends: never kept.
    client->setCache(m_showingDev ? nullptr : m_setup.cache,
                     demo ? kDemoAccount : secretKeyForServer(server));
    const QString localLabel = m_showingDev ? tr("Local development") : tr("Demo data");
    QVector<DashboardState::App> apps;
    if (demo) {
        DemoServerHost *host = m_showingDev ? m_dev.data() : m_demo.data();
        for (const DemoAppInfo &app : host ? host->apps() : QVector<DemoAppInfo>())
            apps.append({app.id, app.name});
        if (apps.isEmpty())
            apps.append({appId, m_showingDev ? appId : tr("Demo app")});
    } else {
        for (const AppEntry &entry : AccountSettings().appsToOffer(server, appId))
            apps.append({entry.id, entry.name});
        // The next start opens what was shown last (no secret in it); not what a run was
        // told to show (NUCLEUS_TOKEN, screenshot).
        if (m_remember)
            AccountSettings().setLast(server, appId);
    }
    const QString account = !demo          ? secretKeyForServer(server)
                            : m_showingDev ? QStringLiteral("dev")
                                           : kDemoAccount;
    m_setup.state->setAccount(account, apps, appId);
    // The All-apps page and the alerts use this token too, with no keychain read.
    m_setup.window->accountClients()->setToken(account, server, token);
    if (demo) {
        QVector<AppsPage::Entry> demoApps;
        for (const DashboardState::App &app : std::as_const(apps))
            demoApps.append({account, localLabel, app.id, app.name});
        m_setup.window->appsPage()->setDemoApps(demoApps);
    }
    m_setup.window->setAccount(demo ? localLabel : server.host(), server, demo);
    m_opened = true;
    m_remember = true; // only the first account can be one a run was told to show
    emit aboutToLoad();
    m_setup.state->refresh(); // every page loads the new account's app
}
