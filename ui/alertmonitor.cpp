#include "alertmonitor.h"

#include "alerts/alertchecker.h"

#include <QDateTime>

AlertMonitor::AlertMonitor(AccountClients *clients, QObject *parent)
    : QObject(parent)
    , m_store(QStringLiteral("window"))
    , m_checker(new AlertChecker(clients, &m_store, this))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::checkNow);
    connect(m_checker, &AlertChecker::finished, this, [this](const QVector<AlertOutcome> &all) {
        for (const AlertOutcome &outcome : all) {
            if (outcome.change == AlertOutcome::Change::Fired)
                emit fired(outcome);
        }
        emit checked(all);
    });
}

void AlertMonitor::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

void AlertMonitor::checkNow()
{
    const QVector<AlertRule> rules = m_store.rules();
    const bool any =
        std::any_of(rules.cbegin(), rules.cend(), [](const AlertRule &r) { return r.enabled; });
    if (any && !m_checker->isChecking())
        m_checker->check(rules, m_clock());
}

QString AlertMonitor::title(const AlertOutcome &outcome, const QString &appName)
{
    return tr("Alert: %1").arg(appName.isEmpty() ? outcome.rule.appId : appName);
}

QString AlertMonitor::message(const AlertOutcome &outcome)
{
    return tr("%1 — now %2")
        .arg(outcome.rule.description(), outcome.rule.valueText(outcome.observation.value));
}
