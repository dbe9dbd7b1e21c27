#include "alertsettings.h"

#include "alertmonitor.h"
#include "alerts/alertrule.h"
#include "mainwindow.h"
#include "models/displayformat.h"
#include "tone.h"
#include "traycounter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
enum RuleColumn { AppColumn, RuleColumn, SyntaxColumn, OnColumn };
} // namespace

AlertRuleDialog::AlertRuleDialog(const QVector<AlertApp> &apps, QWidget *parent)
    : QDialog(parent)
    , m_apps(apps)
    , m_app(new QComboBox)
    , m_text(new QLineEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Alert rule"));
    for (const AlertApp &app : apps)
        m_app->addItem(
            tr("%1 — %2").arg(app.name.isEmpty() ? app.appId : app.name, app.accountLabel));
    m_app->setAccessibleName(tr("App"));
    m_text->setPlaceholderText(QStringLiteral("errors>50/24h"));
    m_text->setAccessibleName(tr("Rule"));
    auto *help = new QLabel(alertRuleSyntaxHelp());
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    help->setFont(fixed);
    m_problem->setWordWrap(true);
    Tone::set(m_problem, Tone::Kind::Bad);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("App"), m_app);
    form->addRow(tr("Rule"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(help);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // a message grows it
    connect(m_text, &QLineEdit::textChanged, this, &AlertRuleDialog::check);
    if (apps.isEmpty()) {
        m_app->setEnabled(false);
        m_problem->setText(tr("Connect an app first: rules belong to an app."));
    }
    check();
    m_text->setFocus(); // the rule is what is typed; the app is usually the one offered first
}

void AlertRuleDialog::setRule(const AlertRule &rule)
{
    const auto known = std::find_if(m_apps.cbegin(), m_apps.cend(), [&](const AlertApp &app) {
        return app.account == rule.account && app.appId == rule.appId;
    });
    if (known == m_apps.cend()) {
        // Its app is not offered now (the demo not open, the app no longer saved): the rule
        // stays with it rather than moving to whichever app is first.
        m_apps.append({rule.account, rule.account, rule.appId, QString()});
        m_app->addItem(tr("%1 — %2").arg(rule.appId, rule.account));
        m_app->setEnabled(true);
    }
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].account == rule.account && m_apps[i].appId == rule.appId)
            m_app->setCurrentIndex(i);
    }
    m_text->setText(rule.text());
    check();
}

void AlertRuleDialog::check()
{
    QString error;
    const bool ok = !m_apps.isEmpty() && AlertRule::parse(m_text->text(), &error).has_value();
    // Nothing typed yet is not an error to shout about.
    if (!m_apps.isEmpty())
        m_problem->setText(m_text->text().trimmed().isEmpty() ? QString() : error);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_ok->setEnabled(ok);
}

QString AlertRuleDialog::problemText() const
{
    return m_problem->text();
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule rule = AlertRule::parse(m_text->text(), nullptr).value_or(AlertRule());
    const AlertApp app = m_apps.value(m_app->currentIndex());
    rule.account = app.account;
    rule.appId = app.appId;
    return rule;
}

AlertSettings::AlertSettings(QWidget *parent)
    : QWidget(parent)
    , m_rules(new QTableWidget(0, 4))
    , m_history(new QTableWidget(0, 4))
    , m_keepRunning(new QCheckBox(tr("Keep running in the tray when the window is closed, "
                                     "checking the alerts")))
    , m_noRules(new QLabel(tr("No alert rules yet. “Add rule…” watches an app for you: its "
                              "errors, live users or app starts.")))
    , m_noHistory(new QLabel(tr("No alert has fired yet.")))
{
    for (QTableWidget *table : {m_rules, m_history})
        table->setTabKeyNavigation(false); // Tab leaves the table
    m_rules->setHorizontalHeaderLabels({tr("App"), tr("Rule"), tr("As written"), tr("On")});
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("App"), tr("Rule"), tr("Value")});
    for (QTableWidget *table : {m_rules, m_history}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setMinimumHeight(110);
    }
    m_rules->setAccessibleName(tr("Alert rules"));
    m_history->setAccessibleName(tr("Alert history"));
    m_noRules->setWordWrap(true);
    auto *add = new QPushButton(tr("Add rule…"));
    auto *edit = new QPushButton(tr("Edit…"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *checkNow = new QPushButton(tr("Check now"));
    auto *clear = new QPushButton(tr("Clear history"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove, checkNow})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_keepRunning->setEnabled(TrayCounter::isAvailable());
    m_keepRunning->setChecked(MainWindow::keepsRunningInTray());
    if (!TrayCounter::isAvailable())
        m_keepRunning->setToolTip(tr("This desktop has no system tray"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noRules);
    layout->addWidget(m_rules);
    layout->addLayout(buttons);
    layout->addWidget(m_keepRunning);
    auto *historyTitle = new QLabel(tr("Alert history (newest first)"));
    layout->addWidget(historyTitle);
    layout->addWidget(m_noHistory);
    layout->addWidget(m_history);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(clear);
    historyButtons->addStretch(1);
    layout->addLayout(historyButtons);

    connect(add, &QPushButton::clicked, this, [this] { addRule(); });
    connect(edit, &QPushButton::clicked, this, [this] { editRule(m_rules->currentRow()); });
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != OnColumn)
            editRule(row);
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRule(m_rules->currentRow()); });
    connect(checkNow, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->checkNow();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->store().clearHistory();
        refresh();
    });
    connect(m_keepRunning, &QCheckBox::toggled, this, &MainWindow::setKeepRunningInTray);
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || !m_monitor || item->column() != OnColumn)
            return;
        auto rule = m_monitor->store().rule(item->data(Qt::UserRole).toInt());
        if (!rule)
            return;
        rule->enabled = item->checkState() == Qt::Checked;
        m_monitor->store().update(*rule);
        m_monitor->checkNow();
    });
    auto selected = [this, edit, remove] {
        edit->setEnabled(m_rules->currentRow() >= 0);
        remove->setEnabled(m_rules->currentRow() >= 0);
    };
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, selected);
    selected();
}

void AlertSettings::setUp(AlertMonitor *monitor, std::function<QVector<AlertApp>()> apps)
{
    m_monitor = monitor;
    m_apps = std::move(apps);
    connect(monitor, &AlertMonitor::checked, this, &AlertSettings::refresh);
    refresh();
}

void AlertSettings::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void AlertSettings::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString AlertSettings::appName(const QString &account, const QString &appId) const
{
    if (m_apps) {
        for (const AlertApp &app : m_apps()) {
            if (app.account == account && app.appId == appId && !app.name.isEmpty())
                return tr("%1 (%2)").arg(app.name, app.accountLabel);
        }
    }
    return tr("%1 (%2)").arg(appId, account);
}

void AlertSettings::refresh()
{
    if (!m_monitor)
        return;
    m_filling = true;
    const int current = m_rules->currentRow();
    const QVector<AlertRule> rules = m_monitor->store().rules();
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const AlertRule &r = rules[row];
        auto *app = new QTableWidgetItem(appName(r.account, r.appId));
        app->setData(Qt::UserRole, r.id); // the rule's id, never parsed back from the text
        m_rules->setItem(row, AppColumn, app);
        m_rules->setItem(row, RuleColumn, new QTableWidgetItem(r.description()));
        m_rules->setItem(row, SyntaxColumn, new QTableWidgetItem(r.text()));
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        on->setData(Qt::UserRole, r.id);
        on->setToolTip(tr("Checked while on"));
        m_rules->setItem(row, OnColumn, on);
    }
    if (current < m_rules->rowCount())
        m_rules->setCurrentCell(current, 0);
    m_noRules->setVisible(rules.isEmpty());
    m_rules->setVisible(!rules.isEmpty());

    const QVector<AlertRecord> history = m_monitor->store().history();
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const AlertRecord &h = history[row];
        const QDateTime when = QDateTime::fromSecsSinceEpoch(h.time, QTimeZone::utc());
        m_history->setItem(row, 0, new QTableWidgetItem(DisplayFormat::dateTime(when, m_zone)));
        m_history->setItem(row, 1, new QTableWidgetItem(appName(h.account, h.appId)));
        const auto rule = AlertRule::parse(h.rule, nullptr);
        m_history->setItem(row, 2, new QTableWidgetItem(rule ? rule->description() : h.rule));
        m_history->setItem(row, 3, new QTableWidgetItem(h.valueText));
    }
    m_noHistory->setVisible(history.isEmpty());
    m_history->setVisible(!history.isEmpty());
    m_filling = false;
}

void AlertSettings::addRule(const std::function<void(AlertRuleDialog &)> &prepare)
{
    if (!m_monitor)
        return;
    AlertRuleDialog dialog(m_apps ? m_apps() : QVector<AlertApp>(), this);
    if (prepare)
        prepare(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_monitor->store().add(dialog.rule());
    refresh();
    m_monitor->checkNow();
}

void AlertSettings::editRule(int row, const std::function<void(AlertRuleDialog &)> &prepare)
{
    if (!m_monitor || row < 0 || !m_rules->item(row, AppColumn))
        return;
    const auto old =
        m_monitor->store().rule(m_rules->item(row, AppColumn)->data(Qt::UserRole).toInt());
    if (!old)
        return;
    AlertRuleDialog dialog(m_apps ? m_apps() : QVector<AlertApp>(), this);
    dialog.setRule(*old);
    if (prepare)
        prepare(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AlertRule edited = dialog.rule();
    edited.id = old->id;
    edited.enabled = old->enabled;
    m_monitor->store().update(edited);
    refresh();
    m_monitor->checkNow();
}

void AlertSettings::removeRule(int row)
{
    if (!m_monitor || row < 0 || !m_rules->item(row, AppColumn))
        return;
    m_monitor->store().remove(m_rules->item(row, AppColumn)->data(Qt::UserRole).toInt());
    refresh();
}
