#include "appswitcher.h"

#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "core/dashboardstate.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

AppSwitcher::AppSwitcher(DashboardState *state, QWidget *parent)
    : QComboBox(parent)
    , m_state(state)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("App — the apps of every saved account, and the demo"));
    // activated: a user's choice (never the refills and the state's own changes).
    connect(this, &QComboBox::activated, this, &AppSwitcher::chosen);
    connect(state, &DashboardState::changed, this, &AppSwitcher::showState);
    refill();
}

void AppSwitcher::setOpenAccount(const QString &label, const QUrl &server, bool demo)
{
    m_label = label;
    m_server = server;
    m_demo = demo;
    refill();
}

void AppSwitcher::addHeading(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::NoItemFlags); // a group's name: not something to choose
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    item->setData(int(Kind::Heading), KindRole);
    qobject_cast<QStandardItemModel *>(model())->appendRow(item);
}

void AppSwitcher::addApp(const QString &id, const QString &name, Kind kind, const QUrl &server)
{
    auto *item = new QStandardItem(name.isEmpty() ? id : name);
    item->setData(id, AppIdRole);
    item->setData(server, ServerRole);
    item->setData(int(kind), KindRole);
    item->setToolTip(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id));
    qobject_cast<QStandardItemModel *>(model())->appendRow(item);
}

void AppSwitcher::refill()
{
    const QSignalBlocker quiet(this); // refilling is not the user choosing an app
    clear();
    const bool grouped = !m_label.isEmpty();
    if (grouped)
        addHeading(m_label);
    for (const DashboardState::App &app : m_state->apps())
        addApp(app.id, app.name, Kind::OpenAccount);
    if (grouped) {
        const QString open = m_demo ? QString() : secretKeyForServer(m_server);
        for (const Account &account : AccountSettings().accounts()) {
            if (account.apps.isEmpty() || secretKeyForServer(account.server) == open)
                continue;
            addHeading(account.server.host().isEmpty() ? account.server.toString()
                                                       : account.server.host());
            for (const AppEntry &app : account.apps)
                addApp(app.id, app.name, Kind::OtherAccount, account.server);
        }
        if (!m_demo) {
            addHeading(tr("Demo data"));
            addApp(QString(), tr("Demo app (built in)"), Kind::Demo);
        }
    }
    showState();
}

QStringList AppSwitcher::openAccountApps() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, KindRole).toInt() == int(Kind::OpenAccount))
            ids.append(itemData(row, AppIdRole).toString());
    }
    return ids;
}

void AppSwitcher::chosen(int row)
{
    const auto kind = Kind(itemData(row, KindRole).toInt());
    const QString appId = itemData(row, AppIdRole).toString();
    showState(); // until the other account is open, the box says what is shown
    switch (kind) {
    case Kind::OpenAccount:
        m_state->setAppId(appId);
        break;
    case Kind::OtherAccount:
        emit otherAccountChosen(itemData(row, ServerRole).toUrl(), appId);
        break;
    case Kind::Demo:
        emit demoChosen();
        break;
    case Kind::Heading:
        break;
    }
}

void AppSwitcher::showState()
{
    const QSignalBlocker quiet(this);
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, KindRole).toInt() == int(Kind::OpenAccount) &&
            itemData(row, AppIdRole).toString() == m_state->appId()) {
            setCurrentIndex(row);
            return;
        }
    }
}
