#pragma once

#include <QComboBox>
#include <QUrl>

class DashboardState;

// The app switcher: every saved app, grouped under its account, and the demo. An app of the
// open account is shown at once (DashboardState); one of another account, or the demo, is
// asked for (otherAccountChosen / demoChosen) and opened in place by whoever owns the
// accounts (AccountOpener): same window, no restart. Until then the box keeps showing what is
// shown.
class AppSwitcher : public QComboBox {
    Q_OBJECT
public:
    enum Role { AppIdRole = Qt::UserRole, ServerRole, KindRole };
    enum class Kind { Heading, OpenAccount, OtherAccount, Demo };

    explicit AppSwitcher(DashboardState *state, QWidget *parent = nullptr);

    // The open account: its name in the list and the server it is (none for the demo).
    void setOpenAccount(const QString &label, const QUrl &server, bool demo);
    // Lists what is saved now (after Settings added, renamed or removed apps).
    void refill();
    // The apps of the open account, in the order shown.
    QStringList openAccountApps() const;

signals:
    void otherAccountChosen(const QUrl &server, const QString &appId);
    void demoChosen();

private:
    void chosen(int row);
    void showState();
    void addHeading(const QString &text);
    void addApp(const QString &id, const QString &name, Kind kind, const QUrl &server = {});

    DashboardState *m_state;
    QString m_label;
    QUrl m_server;
    bool m_demo = false;
};
