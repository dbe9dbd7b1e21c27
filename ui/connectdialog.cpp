#include "connectdialog.h"

#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_client(new ApiClient(this))
    , m_server(new QComboBox)
    , m_token(new QLineEdit)
    , m_appId(new QLineEdit)
    , m_appName(new QLineEdit)
    , m_intro(new QLabel)
    , m_error(new QLabel)
    , m_connect(new QPushButton(tr("Check and connect")))
    , m_busy(new QProgressBar)
{
    setWindowTitle(tr("Connect to your analytics"));
    // Wide enough for a full server URL and the token field's hint.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_server->setEditable(true);
    m_server->addItem(QStringLiteral("https://app.nucleus.sh/api/v1"));
    m_server->addItem(QStringLiteral("https://app.astrolytics.io/api/v1"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("API token (kept in the system keychain)"));
    m_appId->setPlaceholderText(tr("App ID"));
    m_appName->setPlaceholderText(tr("Display name (optional)"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_error->setWordWrap(true);
    Tone::set(m_error, Tone::Kind::Bad);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Token"), m_token);
    form->addRow(tr("App ID"), m_appId);
    form->addRow(tr("Name"), m_appName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    // While the server is asked (it may take seconds): "Checking…" and a busy bar; Cancel
    // stays available and ends the check with the dialog.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
    m_busy->hide();
    auto *layout = new QVBoxLayout(this);
    // A message grows the dialog instead of squeezing the fields above it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::checkAndSave);
}

void ConnectDialog::setServer(const QString &url)
{
    m_server->setEditText(url);
}

void ConnectDialog::setToken(const QString &token)
{
    m_token->setText(token);
}

void ConnectDialog::setApp(const QString &id, const QString &name)
{
    m_appId->setText(id);
    m_appName->setText(name);
}

void ConnectDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void ConnectDialog::askForMissingToken(const QUrl &server, const QString &appId,
                                       const QString &appName, const SecretResult &why)
{
    const QString key = secretKeyForServer(server);
    const QString app = appName.isEmpty() ? appId : QStringLiteral("%1 (%2)").arg(appName, appId);
    setIntro(why.status == SecretResult::Status::NotFound
                 ? tr("No token for %1 is stored in the system keychain. Enter it to open app "
                      "“%2”.")
                       .arg(key, app)
                 : tr("The system keychain could not be read (%1). Enter the token to open app "
                      "“%2”.")
                       .arg(why.message, app));
    setServer(key);
    setApp(appId, appName);
    setToken(QString());
    m_token->setFocus();
}

QString ConnectDialog::introText() const
{
    return m_intro->isVisibleTo(this) ? m_intro->text() : QString();
}

QUrl ConnectDialog::server() const
{
    return QUrl(m_server->currentText().trimmed(), QUrl::StrictMode);
}

QString ConnectDialog::appId() const
{
    return m_appId->text().trimmed();
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ConnectDialog::setChecking(bool checking)
{
    m_connect->setEnabled(!checking);
    m_connect->setText(checking ? tr("Checking…") : tr("Check and connect"));
    m_busy->setVisible(checking);
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_token),
                           static_cast<QWidget *>(m_appId), static_cast<QWidget *>(m_appName)})
        field->setEnabled(!checking);
}

bool ConnectDialog::isChecking() const
{
    return m_busy->isVisibleTo(this);
}

void ConnectDialog::fail(const QString &message, QWidget *fix)
{
    setChecking(false);
    m_error->setText(message);
    m_error->show();
    // The field to correct has the focus, its text selected for typing over.
    if (fix) {
        fix->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(fix))
            edit->selectAll();
        else if (auto *box = qobject_cast<QComboBox *>(fix); box && box->lineEdit())
            box->lineEdit()->selectAll();
    }
    emit checked(false);
}

void ConnectDialog::checkAndSave()
{
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(server(), &why))
        return fail(tr("Server: %1.").arg(why), m_server);
    if (token().isEmpty())
        return fail(tr("Enter the API token."), m_token);
    if (appId().isEmpty())
        return fail(tr("Enter the app ID."), m_appId);
    m_error->hide();
    setChecking(true);
    m_client->setBaseUrl(server());
    m_client->setToken(token());
    m_client->quickGlance(appId(), this, [this](const Result<QuickGlance> &check) {
        if (!check.ok()) {
            const ApiError &e = check.error();
            if (e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::Forbidden)
                return fail(tr("The server rejected this token. Check it and try again."), m_token);
            if (e.kind == ApiError::Kind::NotFound)
                return fail(tr("The server does not know app “%1”.").arg(appId()), m_appId);
            return fail(tr("Could not connect: %1").arg(e.message()), m_server);
        }
        // The keychain may take its time (an unlock prompt) and outlive the dialog: its answer
        // reaches the dialog only while it is open (Cancel meanwhile saves nothing).
        m_secrets->write(secretKeyForServer(server()), token(),
                         [self = QPointer<ConnectDialog>(this)](const SecretResult &stored) {
                             if (self)
                                 self->stored(stored);
                         });
    });
}

void ConnectDialog::stored(const SecretResult &stored)
{
    AccountSettings settings;
    settings.addApp(server(), {appId(), m_appName->text().trimmed()});
    settings.setLast(server(), appId());
    if (!stored.ok()) {
        // No plaintext fallback: the token lives in memory for this run only.
        m_error->setText(tr("Connected, but the token could not be stored in a keychain "
                            "(%1); it will not be remembered after this run.")
                             .arg(stored.message));
        m_error->show();
    }
    setChecking(false);
    emit checked(true);
    accept();
}
