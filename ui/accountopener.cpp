#include "accountopener.h"

#include "api/apiclient.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "connectdialog.h"
#include "core/dashboardstate.h"
#include "demoserver.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
// The demo's answers are kept under one name: its server moves port every run.
const QString kDemoAccount = QStringLiteral("demo");
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

void AccountOpener::openDemo()
{
    if (!m_demoUrl.isEmpty()) {
        openWithToken(m_demoUrl, m_demoApp, m_demoToken, true);
        return;
    }
    if (m_demo)
        return; // starting: it opens when it listens
    // On its own thread; the window stays responsive (and shows "Loading…") meanwhile.
    m_demo = new DemoServerHost(this);
    connect(m_demo, &DemoServerHost::ready, this,
            [this](const QUrl &url, const QString &appId, const QString &token) {
                m_demoUrl = url;
                m_demoApp = appId;
                m_demoToken = token;
                openWithToken(url, appId, token, true);
            });
    connect(m_demo, &DemoServerHost::failed, this, [this](const QString &reason) {
        if (!m_setup.interactive) {
            emit failed(reason, 1);
            return;
        }
        m_setup.window->showWelcome();
    });
    m_demo->startBuiltIn(m_setup.demoLatencyMs);
}

void AccountOpener::openSaved(const QUrl &server, const QString &appId)
{
    m_setup.keychain->read(secretKeyForServer(server), [this, server,
                                                        appId](const SecretResult &secret) {
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
    ApiClient *client = m_setup.client;
    client->setBaseUrl(server);
    client->setToken(token);
    client->setCache(m_setup.cache, demo ? kDemoAccount : secretKeyForServer(server));
    QVector<DashboardState::App> apps;
    if (demo) {
        apps.append({appId, tr("Demo app")});
    } else {
        for (const AppEntry &entry : AccountSettings().appsToOffer(server, appId))
            apps.append({entry.id, entry.name});
        // The next start opens what was shown last (no secret in it).
        AccountSettings().setLast(server, appId);
    }
    m_setup.state->setAccount(demo ? kDemoAccount : secretKeyForServer(server), apps, appId);
    m_setup.window->setAccount(demo ? tr("Demo data") : server.host(), server, demo);
    m_opened = true;
    emit aboutToLoad();
    m_setup.state->refresh(); // every page loads the new account's app
}
