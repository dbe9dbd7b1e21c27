#include "cli/exportcommand.h"

#include "api/apiclient.h"
#include "cli/cli.h"
#include "cli/exportviews.h"

#include <QSaveFile>

#include <functional>

#include <cstdio>

namespace {
// What a view's request needs, and where its table (or its failure) goes.
struct ViewCall {
    ApiClient *client;
    QString app;
    QStringList args;
    QString device;
    TimeRange range;
    QObject *context;
    std::function<void(const ExportTable &table, const QDateTime &cachedAt)> done;
    std::function<void(const ApiError &error)> failed;
};

// The callback of a view's request: its value made into the view's table, or the failure.
template <typename T, typename Make> ApiClient::Callback<T> deliver(const ViewCall &c, Make make)
{
    return [c, make](const Result<T> &result) {
        if (!result.ok())
            c.failed(result.error());
        else
            c.done(make(result.value()), result.isFromCache() ? result.asOf() : QDateTime());
    };
}

// The breakdowns of /analytics that `breakdown KIND` exports.
const std::pair<const char *, Breakdown DailyAnalytics::*> kBreakdowns[] = {
    {"platforms", &DailyAnalytics::platforms},
    {"languages", &DailyAnalytics::languages},
    {"versions", &DailyAnalytics::versions},
    {"countries", &DailyAnalytics::countries},
    {"ram", &DailyAnalytics::ram},
};

Breakdown DailyAnalytics::*breakdownOf(const QString &kind)
{
    for (const auto &[name, member] : kBreakdowns) {
        if (kind == QLatin1String(name))
            return member;
    }
    return nullptr;
}

// The events and errors views: ApiClient::events or ::errors, a row per name per day.
using SeriesCall = ApiClient::CallId (ApiClient::*)(const QString &, const TimeRange &, QObject *,
                                                    ApiClient::Callback<DailySeries>);
void sendSeries(const ViewCall &c, SeriesCall call, const QString &nameColumn)
{
    (c.client->*call)(c.app, c.range, c.context,
                      deliver<DailySeries>(c, [range = c.range, nameColumn](const DailySeries &s) {
                          return ExportViews::dailySeries(s, range, nameColumn);
                      }));
}

// Every view of product.md §4, one row each: its name, how many arguments it takes, its usage
// line, and its request.
struct View {
    const char *name;
    int args;
    const char *usage;
    void (*send)(const ViewCall &call);
};
const View kViews[] = {
    {"quickglance", 0, "quickglance",
     [](const ViewCall &c) {
         c.client->quickGlance(c.app, c.context, deliver<QuickGlance>(c, [](const QuickGlance &q) {
                                   return ExportViews::quickGlance(q);
                               }));
     }},
    {"usage", 0, "usage",
     [](const ViewCall &c) {
         c.client->dailyAnalytics(c.app, c.range, c.context,
                                  deliver<DailyAnalytics>(c, [range = c.range](const auto &a) {
                                      return ExportViews::usage(a, range);
                                  }));
     }},
    {"breakdown", 1, "breakdown KIND (platforms, languages, versions, countries, ram)",
     [](const ViewCall &c) {
         const auto member = breakdownOf(c.args[0]);
         c.client->dailyAnalytics(c.app, c.range, c.context,
                                  deliver<DailyAnalytics>(c, [member](const DailyAnalytics &a) {
                                      return ExportViews::breakdown(a.*member);
                                  }));
     }},
    {"events", 0, "events",
     [](const ViewCall &c) { sendSeries(c, &ApiClient::events, QStringLiteral("event")); }},
    {"eventprops", 0, "eventprops",
     [](const ViewCall &c) {
         c.client->eventProperties(
             c.app, c.range, c.context,
             deliver<QVector<EventProperty>>(c, [](const QVector<EventProperty> &p) {
                 return ExportViews::eventProperties(p);
             }));
     }},
    {"event-attr", 2, "event-attr EVENT ATTR",
     [](const ViewCall &c) {
         c.client->eventAttribute(
             c.app, c.args[0], c.args[1], c.range, c.context,
             deliver<Breakdown>(c, [](const Breakdown &b) { return ExportViews::breakdown(b); }));
     }},
    {"errors", 0, "errors",
     [](const ViewCall &c) { sendSeries(c, &ApiClient::errors, QStringLiteral("error")); }},
    {"users", 0, "users",
     [](const ViewCall &c) {
         c.client->userRows(c.app, c.context, deliver<UserRows>(c, [](const UserRows &p) {
                                return ExportViews::users(p);
                            }));
     }},
    {"user", 1, "user USERID",
     [](const ViewCall &c) {
         c.client->userDetails(c.app, c.args[0], c.context,
                               deliver<UserDetails>(c, [](const UserDetails &d) {
                                   return ExportViews::userSessions(d);
                               }));
     }},
    {"session", 2, "session USERID SESSIONID --device DEVICEID",
     [](const ViewCall &c) {
         c.client->sessionEvents(c.app, c.args[0], c.args[1], c.device, c.context,
                                 deliver<QVector<Event>>(c, [](const QVector<Event> &e) {
                                     return ExportViews::sessionEvents(e);
                                 }));
     }},
    {"live-count", 0, "live-count",
     [](const ViewCall &c) {
         c.client->liveUsersCount(c.app, c.context, deliver<OptNumber>(c, [](const OptNumber &n) {
                                      return ExportViews::liveCount(n);
                                  }));
     }},
    {"live-users", 0, "live-users",
     [](const ViewCall &c) {
         c.client->liveUsers(c.app, c.context,
                             deliver<QVector<LiveUser>>(c, [](const QVector<LiveUser> &u) {
                                 return ExportViews::liveUsers(u);
                             }));
     }},
    {"live-events", 0, "live-events",
     [](const ViewCall &c) {
         c.client->liveEvents(c.app, c.context,
                              deliver<QVector<Event>>(c, [](const QVector<Event> &e) {
                                  return ExportViews::liveEvents(e);
                              }));
     }},
};

const View *viewNamed(const QString &name)
{
    for (const View &v : kViews) {
        if (name == QLatin1String(v.name))
            return &v;
    }
    return nullptr;
}
} // namespace

ExportCommand::ExportCommand(ApiClient *client, QString appId, Request request, QObject *parent)
    : CommandJob(client, std::move(appId), parent)
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
    const View *v = viewNamed(request.view);
    if (!v)
        return request.view.isEmpty()
                   ? QStringLiteral("which view? (%1)").arg(viewUsage().join(QStringLiteral("; ")))
                   : QStringLiteral("unknown view \"%1\" (views: %2)")
                         .arg(request.view, viewUsage().join(QStringLiteral("; ")));
    if (request.viewArgs.size() != v->args)
        return QStringLiteral("usage: export %1").arg(QLatin1String(v->usage));
    if (request.view == QLatin1String("breakdown") && !breakdownOf(request.viewArgs[0])) {
        QStringList kinds;
        for (const auto &[name, member] : kBreakdowns)
            kinds.append(QLatin1String(name));
        return QStringLiteral("breakdown KIND must be one of %1")
            .arg(kinds.join(QStringLiteral(", ")));
    }
    if (request.view == QLatin1String("session") && request.device.isEmpty())
        return QStringLiteral("the session view needs --device DEVICEID (from `export user`)");
    return {};
}

void ExportCommand::start()
{
    const View *view = viewNamed(m_request.view);
    Q_ASSERT(view); // check() said so first
    ViewCall call{
        m_client,
        m_appId,
        m_request.viewArgs,
        m_request.device,
        m_request.range,
        this,
        [this](const ExportTable &table, const QDateTime &cachedAt) {
            if (cachedAt.isValid()) // export --cached: how old the numbers are
                Cli::say(QStringLiteral("export: from cache as of %1")
                             .arg(cachedAt.toUTC().toString(Qt::ISODate)));
            finishWith(table);
        },
        [this](const ApiError &error) { emit failed(Cli::RequestFailed, failureLine(error)); }};
    view->send(call);
}

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

QString ExportCommand::failureLine(const ApiError &error)
{
    QString message = error.message();
    if ((error.kind == ApiError::Kind::InvalidResponse ||
         error.kind == ApiError::Kind::BadRedirect) &&
        !error.detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(error.detail);
    else if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Offline)
        message += error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail);
    return QStringLiteral("%1 [%2]").arg(message, error.path);
}
