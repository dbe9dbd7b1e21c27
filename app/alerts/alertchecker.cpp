#include "alerts/alertchecker.h"

#include "alerts/alertstore.h"
#include "api/apiclient.h"
#include "core/accountclients.h"

#include <QMap>

#include <algorithm>
#include <memory>

// One app's rules and what has been measured for them so far.
struct AlertChecker::AppCheck {
    quint64 generation = 0;
    QString account, appId;
    QVector<AlertRule> rules;
    int waiting = 0; // requests not answered yet
    std::optional<QuickGlance> glance;
    std::optional<double> live;
    // App starts per UTC hour (the hour's first second) of the longest "no starts" window.
    std::optional<QMap<qint64, double>> startsByHour;
    QString glanceError, liveError, startsError;
    QString clientError; // no client at all (no token)
};

namespace {
// App starts in (now - minutes, now]: the hours that overlap it (a server that answers whole
// hours counts the first hour whole, so a start just before the window keeps it quiet).
double startsWithin(const QMap<qint64, double> &byHour, qint64 now, int minutes)
{
    const qint64 from = now - qint64(minutes) * 60;
    double sum = 0;
    for (auto it = byHour.cbegin(); it != byHour.cend(); ++it) {
        if (it.key() + 3600 > from && it.key() <= now)
            sum += it.value();
    }
    return sum;
}

AlertObservation unknown(const QString &error, bool noToken = false)
{
    AlertObservation o;
    o.error = error;
    o.noToken = noToken;
    return o;
}

AlertObservation measured(double value, double previous = 0)
{
    AlertObservation o;
    o.known = true;
    o.value = value;
    o.previous = previous;
    return o;
}
} // namespace

AlertChecker::AlertChecker(AccountClients *clients, AlertStore *store, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_store(store)
{}

void AlertChecker::check(const QVector<AlertRule> &rules, qint64 now)
{
    ++m_generation;
    m_now = now;
    m_outcomes.clear();
    // One check per app, its rules together.
    QMap<QPair<QString, QString>, std::shared_ptr<AppCheck>> apps;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled)
            continue;
        auto &app = apps[{rule.account, rule.appId}];
        if (!app) {
            app = std::make_shared<AppCheck>();
            app->generation = m_generation;
            app->account = rule.account;
            app->appId = rule.appId;
        }
        app->rules.append(rule);
    }
    m_pending = int(apps.size());
    if (apps.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (const auto &app : std::as_const(apps))
        checkApp(app);
}

void AlertChecker::checkApp(const std::shared_ptr<AppCheck> &app)
{
    m_clients->withClient(app->account, this, [this, app](ApiClient *client, const QString &error) {
        if (app->generation != m_generation)
            return;
        if (!client) {
            app->clientError = error;
            appDone(app);
            return;
        }
        const bool errors = std::any_of(app->rules.cbegin(), app->rules.cend(),
                                        [](const AlertRule &r) { return r.isErrors(); });
        const bool live = std::any_of(app->rules.cbegin(), app->rules.cend(),
                                      [](const AlertRule &r) { return r.isLive(); });
        int window = 0;
        for (const AlertRule &r : std::as_const(app->rules)) {
            if (r.kind == AlertRule::Kind::NoStarts)
                window = std::max(window, r.minutes);
        }
        app->waiting = int(errors) + int(live) + int(window > 0);
        auto answered = [this, app] {
            if (--app->waiting == 0 && app->generation == m_generation)
                appDone(app);
        };
        if (errors) {
            client->quickGlance(app->appId, this, [app, answered](const Result<QuickGlance> &r) {
                if (r.isFromCache())
                    return; // alerts are about now: only a fresh answer counts
                if (r.ok())
                    app->glance = r.value();
                else
                    app->glanceError = r.error().message();
                answered();
            });
        }
        if (live) {
            client->liveUsersCount(app->appId, this, [app, answered](const Result<OptNumber> &r) {
                if (r.ok() && r.value())
                    app->live = *r.value();
                else
                    app->liveError =
                        r.ok() ? tr("The server sent no live count.") : r.error().message();
                answered();
            });
        }
        if (window > 0) {
            // Whole UTC hours from the one the window starts in up to now.
            TimeRange range;
            range.zone = QTimeZone::utc();
            range.end = m_now;
            range.start = (m_now - qint64(window) * 60) / 3600 * 3600;
            client->dailyAnalytics(
                app->appId, range, this, [app, answered](const Result<DailyAnalytics> &r) {
                    if (r.isFromCache())
                        return;
                    if (r.ok()) {
                        QMap<qint64, double> byHour;
                        const auto &hours = r.value().hours;
                        for (auto d = hours.cbegin(); d != hours.cend(); ++d) {
                            const qint64 dayStart =
                                d.key().startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
                            for (int h = 0; h < d.value().size(); ++h)
                                byHour[dayStart + h * 3600] += d.value()[h];
                        }
                        app->startsByHour = byHour;
                    } else {
                        app->startsError = r.error().message();
                    }
                    answered();
                });
        }
        if (app->waiting == 0)
            appDone(app);
    });
}

void AlertChecker::appDone(const std::shared_ptr<AppCheck> &app)
{
    for (const AlertRule &rule : std::as_const(app->rules)) {
        AlertObservation observation;
        if (!app->clientError.isEmpty()) {
            observation = unknown(app->clientError, true);
        } else if (rule.isErrors()) {
            if (app->glance && app->glance->errors)
                observation =
                    measured(*app->glance->errors, app->glance->previousErrors.value_or(0));
            else
                observation =
                    unknown(app->glanceError.isEmpty() ? tr("The server sent no error count.")
                                                       : app->glanceError);
        } else if (rule.isLive()) {
            observation = app->live ? measured(*app->live) : unknown(app->liveError);
        } else {
            observation = app->startsByHour
                              ? measured(startsWithin(*app->startsByHour, m_now, rule.minutes))
                              : unknown(app->startsError);
        }
        AlertState state = m_store->state(rule.id);
        const AlertOutcome outcome = evaluateAlert(rule, observation, state, m_now);
        m_store->setState(rule.id, state);
        if (outcome.change == AlertOutcome::Change::Fired) {
            m_store->record({m_now, rule.id, rule.account, rule.appId, rule.text(),
                             observation.value, rule.valueText(observation.value)});
        }
        m_outcomes.append(outcome);
    }
    if (--m_pending == 0) {
        // In the order the rules were given (ids grow with it), whatever answered first.
        std::sort(
            m_outcomes.begin(), m_outcomes.end(),
            [](const AlertOutcome &a, const AlertOutcome &b) { return a.rule.id < b.rule.id; });
        emit finished(m_outcomes);
    }
}
