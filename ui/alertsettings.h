#pragma once

#include "pages/appspage.h"

#include <QDialog>
#include <QTimeZone>
#include <QVector>
#include <QWidget>

#include <functional>

class AlertMonitor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
struct AlertRule;

// An app a rule can be about: the All-apps page's entries (account, its label, id, name).
using AlertApp = AppsPage::Entry;

// Asks for one rule: the app (every saved app and the demo's) and the rule in its short
// syntax, read as it is typed; OK only once it is a rule.
class AlertRuleDialog : public QDialog {
    Q_OBJECT
public:
    AlertRuleDialog(const QVector<AlertApp> &apps, QWidget *parent = nullptr);
    void setRule(const AlertRule &rule);
    // The rule as entered, with its app and account (its id and on/off are the caller's).
    AlertRule rule() const;
    QLineEdit *ruleEdit() const { return m_text; }
    QString problemText() const;
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    QVector<AlertApp> m_apps;
    QComboBox *m_app;
    QLineEdit *m_text;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// Settings → Alerts: the rules (add, edit, turn on or off, remove; checked at once after each
// change), "keep running in the tray", and the alert history.
class AlertSettings : public QWidget {
    Q_OBJECT
public:
    explicit AlertSettings(QWidget *parent = nullptr);
    // The monitor whose rules are edited, and where the apps to choose from come from.
    void setUp(AlertMonitor *monitor, std::function<QVector<AlertApp>()> apps);
    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *historyTable() const { return m_history; }
    QCheckBox *keepRunningBox() const { return m_keepRunning; }
    // The zone the history's times are written in (the window's one zone).
    void setTimeZone(const QTimeZone &zone);
    // Fills both tables from the store.
    void refresh();
    // Add/Edit with a dialog that tests can fill (`prepare` runs on it before exec).
    void addRule(const std::function<void(AlertRuleDialog &)> &prepare = {});
    void editRule(int row, const std::function<void(AlertRuleDialog &)> &prepare = {});
    void removeRule(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString appName(const QString &account, const QString &appId) const;

    AlertMonitor *m_monitor = nullptr;
    std::function<QVector<AlertApp>()> m_apps;
    QTableWidget *m_rules;
    QTableWidget *m_history;
    QCheckBox *m_keepRunning;
    QLabel *m_noRules;
    QLabel *m_noHistory;
    bool m_filling = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
