#pragma once

#include <QDialog>

class ApiClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;
struct SecretResult;

// "Connect": server (Nucleus or Astrolytics preset, or any https URL), token (masked), app ID
// and display name. The connection is checked with a quick-glance call before anything is
// saved; the token then goes to the SecretStore (the OS keychain), the rest to the settings.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(SecretStore *secrets, QWidget *parent = nullptr);

    void setServer(const QString &url);
    void setToken(const QString &token);
    void setApp(const QString &id, const QString &name = {});
    // Why the dialog is shown, above the form (e.g. "no token stored for …").
    void setIntro(const QString &text);
    // For a saved account whose token could not be read: server and app filled in, and why.
    void askForMissingToken(const QUrl &server, const QString &appId, const QString &appName,
                            const SecretResult &why);
    QString introText() const;
    // Checks, then saves and accepts; or shows why not (bad token, unknown app, unreachable).
    void checkAndSave();

    QString errorText() const;
    bool isChecking() const; // the server is being asked ("Checking…")
    QUrl server() const;
    QString appId() const;
    QString token() const; // for the caller to use in this run; never stored by us

signals:
    void checked(bool ok); // after each checkAndSave()

private:
    void setChecking(bool checking);
    void stored(const SecretResult &stored); // the keychain's answer: save the account, close
    // Says why, and puts the focus on the field to correct (`fix`).
    void fail(const QString &message, QWidget *fix = nullptr);

    SecretStore *m_secrets;
    ApiClient *m_client;
    QComboBox *m_server;
    QLineEdit *m_token;
    QLineEdit *m_appId;
    QLineEdit *m_appName;
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_connect;
    class QProgressBar *m_busy;
};
