#include "cli/exportcommand.h"

#include "api/apiclient.h"
#include "auth/keychainstore.h"
#include "cache/answercache.h"
#include "cli/cli.h"
#include "cli/exportviews.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {
struct View {
    const char *name;
    int args;
    const char *usage;
};
const View kViews[] = {
    {"quickglance", 0, "quickglance"},
    {"usage", 0, "usage"},
    {"breakdown", 1, "breakdown KIND (platforms, languages, versions, countries, ram)"},
    {"events", 0, "events"},
    {"eventprops", 0, "eventprops"},
    {"event-attr", 2, "event-attr EVENT ATTR"},
    {"errors", 0, "errors"},
    {"users", 0, "users"},
    {"user", 1, "user USERID"},
    {"session", 2, "session USERID SESSIONID --device DEVICEID"},
    {"live-count", 0, "live-count"},
    {"live-users", 0, "live-users"},
    {"live-events", 0, "live-events"},
};
const QStringList kBreakdownKinds = {QStringLiteral("platforms"), QStringLiteral("languages"),
                                     QStringLiteral("versions"), QStringLiteral("countries"),
                                     QStringLiteral("ram")};
} // namespace

ExportCommand::ExportCommand(ApiClient *client, QString appId, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_appId(std::move(appId))
    , m_request(std::move(request))
{}

QStringList ExportCommand::viewUsage()
{
    QStringList out;
    for (const View &v : kViews)
        out.append(QLatin1String(v.usage));
    return out;
}

QString ExportCommand::check(const Request &request)
{
    if (request.view == QLatin1String("delete-user"))
        return request.viewArgs.size() == 1 ? QString() : QStringLiteral("give one USERID");
    for (const View &v : kViews) {
        if (request.view != QLatin1String(v.name))
            continue;
        if (request.viewArgs.size() != v.args)
            return QStringLiteral("usage: export %1").arg(QLatin1String(v.usage));
        if (request.view == QLatin1String("breakdown") &&
            !kBreakdownKinds.contains(request.viewArgs[0]))
            return QStringLiteral("breakdown KIND must be one of %1")
                .arg(kBreakdownKinds.join(QStringLiteral(", ")));
        if (request.view == QLatin1String("session") && request.device.isEmpty())
            return QStringLiteral("the session view needs --device DEVICEID (from `export user`)");
        return {};
    }
    return request.view.isEmpty()
               ? QStringLiteral("which view? (%1)").arg(viewUsage().join(QStringLiteral("; ")))
               : QStringLiteral("unknown view \"%1\" (views: %2)")
                     .arg(request.view, viewUsage().join(QStringLiteral("; ")));
}

void ExportCommand::start()
{
    const QString &view = m_request.view;
    const QStringList &args = m_request.viewArgs;
    const TimeRange range = m_request.range;
    // Every view: one request, its value turned into the view's table.
    auto table = [this](auto makeTable) {
        return [this, makeTable](const auto &result) {
            if (!result.ok()) {
                failWith(result.error());
                return;
            }
            if (result.isFromCache()) // export --cached: how old the numbers are
                Cli::say(QStringLiteral("export: from cache as of %1")
                             .arg(result.asOf().toUTC().toString(Qt::ISODate)));
            finishWith(makeTable(result.value()));
        };
    };
    if (view == QLatin1String("quickglance")) {
        m_client->quickGlance(
            m_appId, this, table([](const QuickGlance &q) { return ExportViews::quickGlance(q); }));
    } else if (view == QLatin1String("usage")) {
        m_client->dailyAnalytics(m_appId, range, this, table([range](const DailyAnalytics &a) {
                                     return ExportViews::usage(a, range);
                                 }));
    } else if (view == QLatin1String("breakdown")) {
        const QString kind = args[0];
        m_client->dailyAnalytics(m_appId, range, this, table([kind](const DailyAnalytics &a) {
                                     const Breakdown &rows =
                                         kind == QLatin1String("platforms")   ? a.platforms
                                         : kind == QLatin1String("languages") ? a.languages
                                         : kind == QLatin1String("versions")  ? a.versions
                                         : kind == QLatin1String("countries") ? a.countries
                                                                              : a.ram;
                                     return ExportViews::breakdown(rows);
                                 }));
    } else if (view == QLatin1String("events")) {
        m_client->events(m_appId, range, this, table([range](const DailySeries &s) {
                             return ExportViews::dailySeries(s, range, QStringLiteral("event"));
                         }));
    } else if (view == QLatin1String("errors")) {
        m_client->errors(m_appId, range, this, table([range](const DailySeries &s) {
                             return ExportViews::dailySeries(s, range, QStringLiteral("error"));
                         }));
    } else if (view == QLatin1String("eventprops")) {
        m_client->eventProperties(m_appId, range, this, table([](const QVector<EventProperty> &p) {
                                      return ExportViews::eventProperties(p);
                                  }));
    } else if (view == QLatin1String("event-attr")) {
        m_client->eventAttribute(
            m_appId, args[0], args[1], range, this,
            table([](const Breakdown &b) { return ExportViews::breakdown(b); }));
    } else if (view == QLatin1String("users")) {
        m_client->users(m_appId, this,
                        table([](const UserList &p) { return ExportViews::users(p); }));
    } else if (view == QLatin1String("user")) {
        m_client->userDetails(m_appId, args[0], this, table([](const UserDetails &d) {
                                  return ExportViews::userSessions(d);
                              }));
    } else if (view == QLatin1String("session")) {
        m_client->sessionEvents(
            m_appId, args[0], args[1], m_request.device, this,
            table([](const QVector<Event> &e) { return ExportViews::sessionEvents(e); }));
    } else if (view == QLatin1String("live-count")) {
        m_client->liveUsersCount(
            m_appId, this, table([](const OptNumber &n) { return ExportViews::liveCount(n); }));
    } else if (view == QLatin1String("live-users")) {
        m_client->liveUsers(m_appId, this, table([](const QVector<LiveUser> &u) {
                                return ExportViews::liveUsers(u);
                            }));
    } else if (view == QLatin1String("live-events")) {
        m_client->liveEvents(m_appId, this, table([](const QVector<Event> &e) {
                                 return ExportViews::liveEvents(e);
                             }));
    } else if (view == QLatin1String("delete-user")) {
        m_client->deleteUser(m_appId, args[0], this, [this](const Result<ApiClient::Done> &r) {
            if (!r.ok()) {
                failWith(r.error());
                return;
            }
            forgetCachedUser(m_request.viewArgs[0]);
            fprintf(stderr, "deleted user %s\n", qPrintable(m_request.viewArgs[0]));
            emit succeeded();
        });
    }
}

void ExportCommand::forgetCachedUser(const QString &userId)
{
    // The window's answer cache, if there is one, must not keep showing a deleted user.
    if (!QFile::exists(AnswerCache::defaultPath()))
        return;
    AnswerCache cache(AnswerCache::defaultPath());
    cache.removeRequests(secretKeyForServer(m_client->baseUrl()), m_appId,
                         Endpoints::holdsUser(m_appId, userId));
} // the cache's destructor finishes the removal

void ExportCommand::finishWith(const ExportTable &table)
{
    const QByteArray bytes = m_request.json ? table.toJson() : table.toCsv();
    if (m_request.output.isEmpty()) {
        if (fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) ||
            fflush(stdout) != 0) {
            emit failed(Cli::WriteFailed, QStringLiteral("cannot write to stdout"));
            return;
        }
        emit succeeded();
        return;
    }
    // QSaveFile: the file appears, complete, only on success; a failure leaves nothing behind.
    QSaveFile file(m_request.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        emit failed(
            Cli::WriteFailed,
            QStringLiteral("cannot write %1: %2").arg(m_request.output, file.errorString()));
        return;
    }
    emit succeeded();
}

void ExportCommand::failWith(const ApiError &error)
{
    QString message = error.message();
    if ((error.kind == ApiError::Kind::InvalidResponse ||
         error.kind == ApiError::Kind::BadRedirect) &&
        !error.detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(error.detail);
    else if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Offline)
        message += error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail);
    emit failed(Cli::RequestFailed, QStringLiteral("%1 [%2]").arg(message, error.path));
}
