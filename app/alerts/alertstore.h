#pragma once

#include "alerts/alertrule.h"

#include <QString>
#include <QVector>

#include <optional>

// Where a rule stands between checks: since when its condition has held (0: it does not), and
// whether it has fired and not cleared since (so it notifies once, not on every poll).
struct AlertState {
    qint64 since = 0; // Unix seconds
    bool firing = false;
    qint64 seen = 0; // the last check that measured the rule (a long gap starts afresh)
};

// One firing of a rule, for the alert history.
struct AlertRecord {
    qint64 time = 0; // Unix seconds
    int ruleId = 0;
    QString account, appId, rule; // the rule's text then (it may be edited later)
    double value = 0;
    QString valueText; // "61 errors in 24 h"
};

// The alert rules, their state and the alert history, in the settings (QSettings, as the
// accounts: never a token). The window and `alerts check` keep their firing state apart
// (`scope`), so a cron job does not swallow the window's notifications or the other way round.
class AlertStore {
public:
    static constexpr int kHistoryLimit = 200; // the newest are kept
    explicit AlertStore(const QString &scope = QStringLiteral("window"));

    QVector<AlertRule> rules() const;
    std::optional<AlertRule> rule(int id) const;
    // Stores a new rule under a new id (returned); ids are never reused.
    int add(AlertRule rule);
    // Replaces the rule with the same id (false: no such rule). Its state starts afresh when
    // the rule itself changed.
    bool update(const AlertRule &rule);
    bool remove(int id);
    // Rules of an account or app that is removed go with it.
    void removeRulesOf(const QString &account, const QString &appId = {});

    AlertState state(int ruleId) const;
    void setState(int ruleId, const AlertState &state);

    // Newest first.
    QVector<AlertRecord> history() const;
    void record(const AlertRecord &record);
    void clearHistory();

private:
    void save(const QVector<AlertRule> &rules);
    static void forgetState(int ruleId); // of both scopes: the rule changed or went
    QString m_scope;
};
