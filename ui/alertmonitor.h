#pragma once

#include "alerts/alertevaluator.h"
#include "alerts/alertstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

class AccountClients;
class AlertChecker;

// The window's side of the alerts: checks every enabled rule on the poll timer (while the
// window is open or hidden in the tray), and says once when a rule fires (fired()); the firing
// state and the history live in AlertStore, scope "window".
class AlertMonitor : public QObject {
    Q_OBJECT
public:
    explicit AlertMonitor(AccountClients *clients, QObject *parent = nullptr);

    // How often rules are checked (the poll interval setting); 0 stops the timer.
    void setInterval(int ms);
    // Checks now (the timer's tick, Settings after an edit, tests).
    void checkNow();
    // The clock rules are judged by (Unix seconds); tests drive their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    AlertStore &store() { return m_store; }

    // What a notification of `outcome` says: a title and one line.
    static QString title(const AlertOutcome &outcome, const QString &appName);
    static QString message(const AlertOutcome &outcome);

signals:
    // A rule started to fire: one notification for it (not again until it clears).
    void fired(const AlertOutcome &outcome);
    void checked(const QVector<AlertOutcome> &outcomes);

private:
    AlertStore m_store;
    AlertChecker *m_checker;
    QTimer m_timer;
    std::function<qint64()> m_clock;
};
