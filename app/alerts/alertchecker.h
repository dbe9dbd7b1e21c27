#pragma once

#include "alerts/alertevaluator.h"

#include <QObject>
#include <QVector>

#include <memory>

class AccountClients;
class AlertStore;

// Checks alert rules against the Data API once: per app, only what its enabled rules need
// (/quickglance for errors, the live count, /analytics hours for "no starts"), all apps at
// once; then moves each rule's state on in `store` and emits finished() with every rule's
// outcome. The window runs one on its poll timer, `alerts check` runs one and exits.
class AlertChecker : public QObject {
    Q_OBJECT
public:
    AlertChecker(AccountClients *clients, AlertStore *store, QObject *parent = nullptr);

    // Starts a check of the enabled rules among `rules` at `now` (Unix seconds); a check still
    // on its way is dropped. Fired rules are added to the store's history.
    void check(const QVector<AlertRule> &rules, qint64 now);
    bool isChecking() const { return m_pending > 0; }

signals:
    void finished(const QVector<AlertOutcome> &outcomes);

private:
    struct AppCheck;
    void checkApp(const std::shared_ptr<AppCheck> &app);
    void appDone(const std::shared_ptr<AppCheck> &app);
    // The account's client went with its calls: its apps end as not measured.
    void accountForgotten(const QString &account);

    AccountClients *m_clients;
    AlertStore *m_store;
    quint64 m_generation = 0; // a newer check makes older answers unwanted
    int m_pending = 0;
    qint64 m_now = 0;
    QVector<AlertOutcome> m_outcomes;
    QVector<std::shared_ptr<AppCheck>> m_apps; // of the check on its way
};
