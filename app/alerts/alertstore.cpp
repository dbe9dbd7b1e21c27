#include "alerts/alertstore.h"

#include <QSettings>

namespace {
const QString kRules = QStringLiteral("alerts/rules");
const QString kNextId = QStringLiteral("alerts/nextId");
const QString kHistory = QStringLiteral("alerts/history");

QString stateKey(const QString &scope, int id)
{
    return QStringLiteral("alerts/state/%1/%2").arg(scope).arg(id);
}
} // namespace

AlertStore::AlertStore(const QString &scope)
    : m_scope(scope)
{}

QVector<AlertRule> AlertStore::rules() const
{
    QSettings s;
    QVector<AlertRule> out;
    const int count = s.beginReadArray(kRules);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        // A rule edited by hand into something unreadable is skipped, not guessed at.
        std::optional<AlertRule> rule =
            AlertRule::parse(s.value(QStringLiteral("rule")).toString(), nullptr);
        if (!rule)
            continue;
        rule->id = s.value(QStringLiteral("id")).toInt();
        rule->account = s.value(QStringLiteral("account")).toString();
        rule->appId = s.value(QStringLiteral("app")).toString();
        rule->enabled = s.value(QStringLiteral("enabled"), true).toBool();
        if (rule->id > 0 && !rule->account.isEmpty() && !rule->appId.isEmpty())
            out.append(*rule);
    }
    s.endArray();
    return out;
}

void AlertStore::save(const QVector<AlertRule> &rules)
{
    QSettings s;
    s.remove(kRules);
    s.beginWriteArray(kRules, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), rules[i].id);
        s.setValue(QStringLiteral("account"), rules[i].account);
        s.setValue(QStringLiteral("app"), rules[i].appId);
        s.setValue(QStringLiteral("rule"), rules[i].text());
        s.setValue(QStringLiteral("enabled"), rules[i].enabled);
    }
    s.endArray();
}

std::optional<AlertRule> AlertStore::rule(int id) const
{
    for (const AlertRule &r : rules()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

int AlertStore::add(AlertRule rule)
{
    QSettings s;
    QVector<AlertRule> all = rules();
    int next = s.value(kNextId, 1).toInt();
    for (const AlertRule &r : all)
        next = std::max(next, r.id + 1);
    rule.id = next;
    s.setValue(kNextId, next + 1);
    all.append(rule);
    save(all);
    return rule.id;
}

bool AlertStore::update(const AlertRule &rule)
{
    QVector<AlertRule> all = rules();
    for (AlertRule &r : all) {
        if (r.id != rule.id)
            continue;
        const bool changed =
            r.text() != rule.text() || r.account != rule.account || r.appId != rule.appId;
        r = rule;
        save(all);
        if (changed || !rule.enabled)
            forgetState(rule.id); // what held for the old rule says nothing of the new one
        return true;
    }
    return false;
}

bool AlertStore::remove(int id)
{
    QVector<AlertRule> all = rules();
    const auto removed = all.removeIf([id](const AlertRule &r) { return r.id == id; });
    if (removed == 0)
        return false;
    save(all);
    forgetState(id);
    return true;
}

void AlertStore::forgetState(int ruleId)
{
    QSettings settings;
    for (const char *scope : {"window", "check"})
        settings.remove(stateKey(QLatin1String(scope), ruleId));
}

void AlertStore::removeRulesOf(const QString &account, const QString &appId)
{
    for (const AlertRule &r : rules()) {
        if (r.account == account && (appId.isEmpty() || r.appId == appId))
            remove(r.id);
    }
}

AlertState AlertStore::state(int ruleId) const
{
    QSettings s;
    s.beginGroup(stateKey(m_scope, ruleId));
    return {s.value(QStringLiteral("since"), 0).toLongLong(),
            s.value(QStringLiteral("firing"), false).toBool(),
            s.value(QStringLiteral("seen"), 0).toLongLong()};
}

void AlertStore::setState(int ruleId, const AlertState &state)
{
    QSettings s;
    s.beginGroup(stateKey(m_scope, ruleId));
    s.setValue(QStringLiteral("since"), state.since);
    s.setValue(QStringLiteral("firing"), state.firing);
    s.setValue(QStringLiteral("seen"), state.seen);
}

QVector<AlertRecord> AlertStore::history() const
{
    QSettings s;
    QVector<AlertRecord> out;
    const int count = s.beginReadArray(kHistory);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        AlertRecord r;
        r.time = s.value(QStringLiteral("time")).toLongLong();
        r.ruleId = s.value(QStringLiteral("ruleId")).toInt();
        r.account = s.value(QStringLiteral("account")).toString();
        r.appId = s.value(QStringLiteral("app")).toString();
        r.rule = s.value(QStringLiteral("rule")).toString();
        r.value = s.value(QStringLiteral("value")).toDouble();
        r.valueText = s.value(QStringLiteral("valueText")).toString();
        out.append(r);
    }
    s.endArray();
    return out;
}

void AlertStore::record(const AlertRecord &record)
{
    QVector<AlertRecord> all = history();
    all.prepend(record);
    if (all.size() > kHistoryLimit)
        all.resize(kHistoryLimit);
    QSettings s;
    s.remove(kHistory);
    s.beginWriteArray(kHistory, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("time"), all[i].time);
        s.setValue(QStringLiteral("ruleId"), all[i].ruleId);
        s.setValue(QStringLiteral("account"), all[i].account);
        s.setValue(QStringLiteral("app"), all[i].appId);
        s.setValue(QStringLiteral("rule"), all[i].rule);
        s.setValue(QStringLiteral("value"), all[i].value);
        s.setValue(QStringLiteral("valueText"), all[i].valueText);
    }
    s.endArray();
}

void AlertStore::clearHistory()
{
    QSettings().remove(kHistory);
}
