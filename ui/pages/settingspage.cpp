#include "pages/settingspage.h"

#include "alertsettings.h"
#include "api/apiclient.h"
#include "appearance.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "cachesettings.h"
#include "confirm.h"
#include "connectdialog.h"
#include "core/dashboardstate.h"
#include "core/language.h"
#include "localdevpanel.h"
#include "panel.h"
#include "zonebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace {
QString appLabel(const AppEntry &app)
{
    return app.name.isEmpty() ? app.id : QStringLiteral("%1 (%2)").arg(app.name, app.id);
}
} // namespace

SettingsPage::SettingsPage(ApiClient *client, DashboardState *state, SecretStore *secrets,
                           QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_secrets(secrets)
    , m_accounts(new QTableWidget(0, 2))
    , m_noAccounts(new QLabel(tr("No accounts saved yet. “Add account…” connects to a Nucleus "
                                 "server; the token goes to the system keychain, never to a "
                                 "file.")))
    , m_zone(new ZoneBox(state))
    , m_scheme(new QComboBox)
    , m_language(new QComboBox)
    , m_languageNote(new QLabel)
    , m_interval(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_maxAnswer(new QSpinBox)
    , m_cache(new CacheSettings)
    , m_alerts(new AlertSettings)
    , m_localDev(new LocalDevPanel)
{
    m_accounts->setTabKeyNavigation(false); // Tab leaves the table
    m_accounts->setHorizontalHeaderLabels({tr("Server"), tr("Apps")});
    m_accounts->horizontalHeader()->setStretchLastSection(true);
    m_accounts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_accounts->verticalHeader()->hide();
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *open = new QPushButton(tr("Open"));
    open->setToolTip(tr("Show this account's first app in the window (or double-click it)"));
    auto *add = new QPushButton(tr("Add account…"));
    auto *edit = new QPushButton(tr("Edit…"));
    edit->setToolTip(tr("Replace the token or rename an app; checked before saving"));
    auto *addApp = new QPushButton(tr("Add app…"));
    auto *removeApp = new QPushButton(tr("Remove app…"));
    removeApp->setToolTip(tr("Stop offering an app of this account; its data stays on the server"));
    auto *remove = new QPushButton(tr("Remove account…"));
    auto *accountsBox = new QWidget;
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addWidget(m_accounts);
    m_noAccounts->setWordWrap(true);
    m_noAccounts->setAlignment(Qt::AlignCenter);
    accountsLayout->addWidget(m_noAccounts, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(addApp);
    buttons->addWidget(removeApp);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    accountsLayout->addLayout(buttons);
    m_rowButtons = {open, edit, addApp, removeApp, remove};
    auto openRow = [this](int row) {
        const auto account = accountAt(row);
        if (account && !account->apps.isEmpty())
            emit openRequested(account->server, account->apps.first().id);
    };
    connect(open, &QPushButton::clicked, this,
            [this, openRow] { openRow(m_accounts->currentRow()); });
    connect(m_accounts, &QTableWidget::cellDoubleClicked, this,
            [openRow](int row, int) { openRow(row); });
    connect(m_accounts, &QTableWidget::itemSelectionChanged, this, [this] {
        for (QPushButton *button : std::as_const(m_rowButtons))
            button->setEnabled(m_accounts->currentRow() >= 0);
    });

    for (auto scheme :
         {Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark})
        m_scheme->addItem(Appearance::name(scheme), int(scheme));
    auto showScheme = [this](Appearance::Scheme scheme) {
        const QSignalBlocker quiet(m_scheme);
        m_scheme->setCurrentIndex(m_scheme->findData(int(scheme)));
    };
    showScheme(Appearance::instance()->scheme());
    connect(Appearance::instance(), &Appearance::schemeChanged, this, showScheme);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        Appearance::instance()->setScheme(Appearance::Scheme(m_scheme->currentData().toInt()));
    });

    // The language in effect when this window started; the choice saved now applies at the
    // next start (every label of every page is made once, in the language of its start).
    const QString startedWith = Language::inUse();
    for (const Language::Choice &choice : Language::choices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(m_language->findData(startedWith));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageNote->setText(tr("The new language is shown when Nucleus Dashboard starts again."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, startedWith] {
        const QString code = m_language->currentData().toString();
        Language::save(code);
        m_languageNote->setVisible(code != startedWith);
    });
    auto *languageRow = new QWidget;
    auto *languageLayout = new QHBoxLayout(languageRow);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(m_languageNote, 1);

    const AccountSettings settings;
    m_interval->setRange(2, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.pollIntervalSecs());
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.timeoutSecs());
    m_maxAnswer->setRange(AccountSettings::kMinAnswerMegabytes,
                          AccountSettings::kMaxAnswerMegabytes);
    m_maxAnswer->setSuffix(tr(" MB"));
    m_maxAnswer->setKeyboardTracking(false); // typing 256 is not 2, then 25, then 256
    m_maxAnswer->setValue(settings.maxAnswerMegabytes());
    m_maxAnswer->setToolTip(tr("A bigger answer is stopped and said to be too large, so that "
                               "no server can take this computer's memory"));
    auto *prefsBox = new QWidget;
    auto *form = new QFormLayout(prefsBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number is not 750 px
    form->addRow(tr("Time zone (also in the toolbar)"), m_zone);
    form->addRow(tr("Appearance (also in View)"), m_scheme);
    form->addRow(tr("Language"), languageRow);
    form->addRow(tr("Live poll interval"), m_interval);
    form->addRow(tr("Request timeout (no progress)"), m_timeout);
    form->addRow(tr("Largest answer read"), m_maxAnswer);
    form->addRow(tr("Answer cache size limit"), m_cache);

    auto *layout = new QVBoxLayout(this);
    m_localDevPanel = new Panel(tr("Local development — events your app sends"), m_localDev);
    m_localDevPanel->showReady();
    m_localDevPanel->setVisible(false);
    layout->addWidget(m_localDevPanel);
    auto *accountsPanel =
        new Panel(tr("Accounts — tokens are kept in the system keychain"), accountsBox);
    auto *prefsPanel = new Panel(tr("Preferences"), prefsBox);
    auto *alertsPanel = new Panel(tr("Alerts — checked every live poll interval"), m_alerts);
    accountsPanel->showReady();
    prefsPanel->showReady();
    alertsPanel->showReady();
    layout->addWidget(accountsPanel, 1);
    layout->addWidget(prefsPanel);
    layout->addWidget(alertsPanel);

    connect(add, &QPushButton::clicked, this, [this] { connectAccount(std::nullopt); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto account = accountAt(m_accounts->currentRow()))
            connectAccount(account);
    });
    connect(addApp, &QPushButton::clicked, this, [this] {
        const auto account = accountAt(m_accounts->currentRow());
        if (!account)
            return;
        const QString id = QInputDialog::getText(this, tr("Add app"), tr("App ID:")).trimmed();
        if (id.isEmpty())
            return;
        const QString name =
            QInputDialog::getText(this, tr("Add app"), tr("Display name (optional):")).trimmed();
        AccountSettings().addApp(account->server, {id, name});
        savedChanged();
    });
    connect(removeApp, &QPushButton::clicked, this, &SettingsPage::chooseAppToRemove);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeAccount(m_accounts->currentRow()); });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int secs) {
        AccountSettings().setPollIntervalSecs(secs);
        emit pollIntervalChanged(secs);
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int secs) {
        AccountSettings().setTimeoutSecs(secs);
        emit timeoutChanged(secs);
    });
    connect(m_maxAnswer, &QSpinBox::valueChanged, this, [this](int megabytes) {
        AccountSettings().setMaxAnswerMegabytes(megabytes);
        emit maxAnswerChanged(qint64(megabytes) * 1024 * 1024);
    });
}

int SettingsPage::accountRows() const
{
    return m_accounts->rowCount();
}

void SettingsPage::reload()
{
    m_requests.supersedeAll();
    const QVector<Account> accounts = AccountSettings().accounts();
    m_accounts->setRowCount(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        QStringList apps;
        for (const AppEntry &app : accounts[i].apps)
            apps.append(appLabel(app));
        auto *server = new QTableWidgetItem(secretKeyForServer(accounts[i].server));
        server->setData(Qt::UserRole, accounts[i].server); // the account, never read from text
        m_accounts->setItem(i, 0, server);
        m_accounts->setItem(i, 1, new QTableWidgetItem(apps.join(QStringLiteral(", "))));
    }
    m_accounts->setVisible(!accounts.isEmpty());
    m_noAccounts->setVisible(accounts.isEmpty());
    if (m_accounts->currentRow() < 0 && !accounts.isEmpty())
        m_accounts->selectRow(0);
    for (QPushButton *button : std::as_const(m_rowButtons))
        button->setEnabled(m_accounts->currentRow() >= 0);
    m_requests.settleIfIdle(); // nothing to fetch: settled at once
}

QUrl SettingsPage::serverAt(int row) const
{
    const QTableWidgetItem *item = m_accounts->item(row, 0);
    return item ? item->data(Qt::UserRole).toUrl() : QUrl();
}

void SettingsPage::connectAccount(const std::optional<Account> &account)
{
    ConnectDialog dialog(m_secrets, this);
    if (account) {
        dialog.setServer(secretKeyForServer(account->server));
        if (!account->apps.isEmpty())
            dialog.setApp(account->apps.first().id, account->apps.first().name);
    }
    if (dialog.exec() == QDialog::Accepted)
        savedChanged();
}

std::optional<Account> SettingsPage::accountAt(int row) const
{
    if (row < 0 || !m_accounts->item(row, 0))
        return std::nullopt;
    return AccountSettings().account(serverAt(row));
}

void SettingsPage::removeAccount(int row)
{
    if (row < 0 || row >= m_accounts->rowCount())
        return;
    const QString server = secretKeyForServer(serverAt(row));
    if (!Confirm::ask(
            this, tr("Remove account"),
            tr("Remove the account of %1?\n\nIts token is deleted from the system keychain.")
                .arg(server),
            tr("Remove")))
        return;
    m_secrets->remove(server, [this, server](const SecretResult &r) {
        // A keychain failure is shown and changes nothing; "not found" means already gone.
        if (!r.ok() && r.status != SecretResult::Status::NotFound) {
            Confirm::ask(this, tr("Keychain"),
                         tr("The token could not be removed: %1").arg(r.message), tr("OK"));
            return;
        }
        AccountSettings().removeAccount(QUrl(server));
        emit accountRemoved(server);
        savedChanged();
    });
}

void SettingsPage::chooseAppToRemove()
{
    const int row = m_accounts->currentRow();
    const auto account = accountAt(row);
    if (!account || account->apps.isEmpty())
        return;
    QStringList labels;
    for (const AppEntry &app : account->apps)
        labels.append(appLabel(app));
    QString appId = account->apps.first().id;
    if (labels.size() > 1) {
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Remove app"), tr("App:"), labels, 0, false, &ok);
        if (!ok)
            return;
        appId = account->apps.value(labels.indexOf(chosen)).id;
    }
    removeApp(row, appId);
}

void SettingsPage::removeApp(int row, const QString &appId)
{
    if (row < 0 || row >= m_accounts->rowCount())
        return;
    const QUrl server = serverAt(row);
    const auto account = AccountSettings().account(server);
    if (!account)
        return;
    const auto app = std::find_if(account->apps.cbegin(), account->apps.cend(),
                                  [&](const AppEntry &e) { return e.id == appId; });
    if (app == account->apps.cend())
        return;
    if (!Confirm::ask(this, tr("Remove app"),
                      tr("Stop offering %1 of %2?\n\nIts data on the server is not touched, "
                         "and the account and its token stay; you can add the app again.")
                          .arg(appLabel(*app), server.toString()),
                      tr("Remove")))
        return;
    AccountSettings().removeApp(server, appId);
    emit appRemoved(server, appId);
    savedChanged();
}

void SettingsPage::savedChanged()
{
    reload();
    emit appsChanged();
}

void SettingsPage::setLocalDevelopment(const QUrl &webSocket, const QUrl &http)
{
    m_localDev->setAddresses(webSocket, http);
    m_localDevPanel->setVisible(webSocket.isValid());
}
