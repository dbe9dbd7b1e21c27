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
    int waiting = 0;   // requests not answered yet
    bool done = false; // its outcomes are counted (answers after that are ignored)
    std::optional<QuickGlance> glance;
    std::optional<double> live;
    // App starts per UTC hour (the hour's first second) of the longest "no starts" window; an
    // hour the server left out is not there (and a window that needs it is not measured).
    std::optional<QMap<qint64, double>> startsByHour;
    QString glanceError, liveError, startsError;
    QString clientError; // no client at all (no token)
};

namespace {
// App starts in (now - minutes, now]: the hours that overlap it (a server that answers whole
// hours counts the first hour whole, so a start just before the window keeps it quiet). None
// when the server left out an hour of the window: a missing hour is not "no starts".
std::optional<double> startsWithin(const QMap<qint64, double> &byHour, qint64 now, int minutes)
{
    const qint64 from = now - qint64(minutes) * 60;
    double sum = 0;
    for (qint64 hour = from / 3600 * 3600; hour <= now; hour += 3600) {
        const auto it = byHour.constFind(hour);
        if (it == byHour.cend())
            return std::nullopt;
        sum += it.value();
    }
    return sum;
}

// App starts per UTC hour of `range` from /analytics (asked with utcOffset 0): `hours` holds 24
// counts per day. A day left out is a day without starts only when its usage says so too (the
// API's per-day zero-fill); a day of another length, or left out with starts, is not known,
// and neither are its hours (never taken for "no starts").
QMap<qint64, double> startsByHour(const DailyAnalytics &a, const TimeRange &range)
{
    QMap<qint64, double> byHour;
    for (const QDate &day : range.days()) {
        const qint64 dayStart = day.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
        const auto hours = a.hours.constFind(day);
        if (hours == a.hours.cend()) {
            if (a.usage.value(day, 0) == 0) {
                for (int h = 0; h < 24; ++h)
                    byHour.insert(dayStart + h * 3600, 0);
            }
            continue;
        }
        if (hours->size() != 24)
            continue;
        for (int h = 0; h < 24; ++h)
            byHour.insert(dayStart + h * 3600, hours->at(h));
    }
    return byHour;
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
{
    connect(clients, &AccountClients::forgotten, this, &AlertChecker::accountForgotten);
}

void AlertChecker::accountForgotten(const QString &account)
{
    const auto apps = m_apps; // appDone may end the check
    for (const auto &app : apps) {
        if (app->account == account && !app->done && app->clientError.isEmpty() &&
            app->waiting > 0) {
            app->clientError = tr("The account was closed during the check.");
            appDone(app);
        }
    }
}

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
    m_apps = apps.values();
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
            if (--app->waiting == 0 && app->generation == m_generation && !app->done)
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
            // Whole UTC hours, from the one the window starts in to the end of this one: the
            // same request all hour long (one answer kept, not one per poll).
            TimeRange range;
            range.zone = QTimeZone::utc();
            range.end = (m_now / 3600 + 1) * 3600 - 1;
            range.start = (m_now - qint64(window) * 60) / 3600 * 3600;
            client->dailyAnalytics(app->appId, range, this,
                                   [app, answered, range](const Result<DailyAnalytics> &r) {
                                       if (r.isFromCache())
                                           return;
                                       if (r.ok())
                                           app->startsByHour = startsByHour(r.value(), range);
                                       else
                                           app->startsError = r.error().message();
                                       answered();
                                   });
        }
        if (app->waiting == 0)
            appDone(app);
    });
}

void AlertChecker::appDone(const std::shared_ptr<AppCheck> &app)
{
    app->done = true;
    for (const AlertRule &checked : std::as_const(app->rules)) {
        // Edited, turned off or removed while the check was on its way: its state and
        // history belong to what the rule is now, so this answer says nothing of it.
        const std::optional<AlertRule> now = m_store->rule(checked.id);
        if (!now || !now->enabled || now->text() != checked.text() ||
            now->account != checked.account || now->appId != checked.appId)
            continue;
        const AlertRule &rule = checked;
        AlertObservation observation;
        if (!app->clientError.isEmpty()) {
            observation = unknown(app->clientError, true);
        } else if (rule.isErrors()) {
            // A rise needs the 24 h before too: a count left out is not zero.
            const bool complete =
                app->glance && app->glance->errors &&
                (rule.kind != AlertRule::Kind::ErrorsRise || app->glance->previousErrors);
            if (complete)
                observation =
                    measured(*app->glance->errors, app->glance->previousErrors.value_or(0));
            else
                observation =
                    unknown(app->glanceError.isEmpty() ? tr("The server sent no error count.")
                                                       : app->glanceError);
        } else if (rule.isLive()) {
            observation = app->live ? measured(*app->live) : unknown(app->liveError);
        } else {
            const std::optional<double> starts =
                app->startsByHour ? startsWithin(*app->startsByHour, m_now, rule.minutes)
                                  : std::nullopt;
            observation = starts ? measured(*starts)
                                 : unknown(app->startsError.isEmpty()
                                               ? tr("The server's answer leaves out some hours of "
                                                    "the rule's window (%1), so the app starts "
                                                    "cannot be counted.")
                                                     .arg(rule.text())
                                               : app->startsError);
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
        m_apps.clear();
        // In the order the rules were given (ids grow with it), whatever answered first.
        std::sort(
            m_outcomes.begin(), m_outcomes.end(),
            [](const AlertOutcome &a, const AlertOutcome &b) { return a.rule.id < b.rule.id; });
        emit finished(m_outcomes);
    }
}
