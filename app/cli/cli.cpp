#include "cli/cli.h"

#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "auth/accountresolver.h"
#include "auth/accountsettings.h"
#include "auth/keychainstore.h"
#include "cache/answercache.h"
#include "cli/deleteuserjob.h"
#include "cli/exportcommand.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimeZone>

namespace {
// The demo data's app (devserver's GeneratorOptions::appId), as the window keeps its answers.
const char *kDemoAppId = "demo-app";

} // namespace

void Cli::say(const QString &line)
{
    // One line, whatever the message held.
    QString oneLine = line;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream(stderr) << QStringLiteral(NUCLEUS_EXECUTABLE_NAME) << ": " << oneLine << '\n';
}

std::optional<int> Cli::parseArguments(QCommandLineParser &parser, const QString &command)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        say(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

void Cli::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Data API base URL (default %1).")
                          .arg(QLatin1String(AccountResolver::kDefaultServer)),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("App ID."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Use the built-in demo data.")});
    parser.addOption(
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds without progress before a request fails (default 30)."),
         QStringLiteral("SECS"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("max-body"),
         QStringLiteral("Largest answer read, in MB (default: the window's setting, 128); a "
                        "bigger one fails as too large."),
         QStringLiteral("MB")});
}

std::optional<Cli::Limits> Cli::readLimits(const QCommandLineParser &parser, const QString &command)
{
    Limits limits;
    bool ok = false;
    limits.timeoutSecs = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || limits.timeoutSecs < 1 || limits.timeoutSecs > 3600) {
        say(QStringLiteral("%1: --timeout must be whole seconds from 1 to 3600").arg(command));
        return std::nullopt;
    }
    int megabytes = AccountSettings().maxAnswerMegabytes();
    if (parser.isSet(QStringLiteral("max-body"))) {
        megabytes = parser.value(QStringLiteral("max-body")).toInt(&ok);
        if (!ok || megabytes < AccountSettings::kMinAnswerMegabytes ||
            megabytes > AccountSettings::kMaxAnswerMegabytes) {
            say(QStringLiteral("%1: --max-body must be whole megabytes from %2 to %3")
                    .arg(command)
                    .arg(AccountSettings::kMinAnswerMegabytes)
                    .arg(AccountSettings::kMaxAnswerMegabytes));
            return std::nullopt;
        }
    }
    limits.maxAnswerBytes = qint64(megabytes) * 1024 * 1024;
    return limits;
}

namespace {
using Cli::say;

void configure(QCommandLineParser &parser, const QString &command)
{
    parser.addHelpOption();
    parser.addPositionalArgument(command, QStringLiteral("The command."));
    if (command == QLatin1String("export")) {
        parser.setApplicationDescription(
            QStringLiteral("Exports a view as CSV (default) or JSON to stdout or a file.\n"
                           "Views: %1\n"
                           "Token: NUCLEUS_TOKEN, else the keychain entry `login` stored for "
                           "--server (never an argument).\n"
                           "Exit codes: 0 done, 1 request failed, 2 bad arguments, 3 no token, "
                           "4 output not written.")
                .arg(ExportCommand::viewUsage().join(QStringLiteral("; "))));
        parser.addPositionalArgument(QStringLiteral("view"), QStringLiteral("What to export."),
                                     QStringLiteral("VIEW [ARGS]"));
        parser.addOption({QStringLiteral("from"), QStringLiteral("First local date (yyyy-MM-dd)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("to"), QStringLiteral("Last local date (yyyy-MM-dd)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("start"), QStringLiteral("Range start, Unix seconds."),
                          QStringLiteral("SECS")});
        parser.addOption({QStringLiteral("end"), QStringLiteral("Range end, Unix seconds."),
                          QStringLiteral("SECS")});
        parser.addOption({QStringLiteral("timezone"),
                          QStringLiteral("IANA time zone of the days (default: the system's)."),
                          QStringLiteral("IANA-ID")});
        parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("csv")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write to FILE instead of stdout (only when complete)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("device"),
                          QStringLiteral("Device ID, for the session view."),
                          QStringLiteral("ID")});
        parser.addOption(
            {QStringLiteral("cached"),
             QStringLiteral("Read the answer the window last kept (its answer cache) instead of "
                            "asking the server; no token needed. Without a range: the window's "
                            "\"Last 30 days\" (whole days, today included) in its time zone.")});
    } else {
        parser.setApplicationDescription(
            QStringLiteral("Deletes a user and their data. Refuses without --yes."));
        parser.addPositionalArgument(QStringLiteral("userid"),
                                     QStringLiteral("The user to delete."));
        parser.addOption({QStringLiteral("yes"), QStringLiteral("Really delete.")});
    }
    Cli::addConnectionOptions(parser);
}

// `cached`: the defaults are the window's (its zone, its "Last 30 days"), whose answers the
// cache holds under exactly that range.
std::optional<TimeRange> parseRange(const QCommandLineParser &parser, bool cached, QString *error)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    const QTimeZone windowZone(AccountSettings().timeZone().toUtf8());
    if (cached && windowZone.isValid())
        zone = windowZone;
    if (parser.isSet(QStringLiteral("timezone"))) {
        zone = QTimeZone(parser.value(QStringLiteral("timezone")).toUtf8());
        if (!zone.isValid()) {
            *error = QStringLiteral("--timezone: unknown time zone \"%1\"")
                         .arg(parser.value(QStringLiteral("timezone")));
            return std::nullopt;
        }
    }
    const bool dates = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    const bool secs = parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (dates && secs) {
        *error = QStringLiteral("use either --from/--to or --start/--end, not both");
        return std::nullopt;
    }
    if (dates) {
        const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to) {
            *error = QStringLiteral(
                "--from and --to must both be dates (yyyy-MM-dd), --from not after --to");
            return std::nullopt;
        }
        return TimeRange::fromLocalDates(from, to, zone);
    }
    if (secs) {
        bool okStart = false, okEnd = false;
        TimeRange r;
        r.zone = zone;
        r.start = parser.value(QStringLiteral("start")).toLongLong(&okStart);
        r.end = parser.value(QStringLiteral("end")).toLongLong(&okEnd);
        if (!okStart || !okEnd || r.start < 0 || r.end < r.start) {
            *error = QStringLiteral(
                "--start and --end must both be Unix seconds, --start not after --end");
            return std::nullopt;
        }
        return r;
    }
    if (cached) // the window's "Last 30 days"
        return TimeRange::wholeDaysToToday(30, QDateTime::currentDateTimeUtc(), zone);
    return TimeRange::lastDays(30, QDateTime::currentDateTimeUtc(), zone);
}
} // namespace

namespace {
// `export VIEW …` and `delete-user USERID --yes`: one request of one app of one account.
int runRequestCommand(QCoreApplication &app, const Cli::DemoStarter &startDemo,
                      const QString &command);

// Every command, one row each: how it is named on the command line and what runs it.
struct Command {
    const char *name;
    int (*run)(QCoreApplication &app, const Cli::DemoStarter &startDemo, const QString &name);
};
const Command kCommands[] = {
    {"export", runRequestCommand},
    {"delete-user", runRequestCommand},
    {"login", [](QCoreApplication &app, const Cli::DemoStarter &,
                 const QString &name) { return Cli::runAccountCommand(app, name); }},
    {"logout", [](QCoreApplication &app, const Cli::DemoStarter &,
                  const QString &name) { return Cli::runAccountCommand(app, name); }},
    {"alerts", [](QCoreApplication &app, const Cli::DemoStarter &startDemo,
                  const QString &) { return Cli::runAlertsCommand(app, startDemo); }},
};

const Command *commandNamed(const char *name)
{
    for (const Command &c : kCommands) {
        if (qstrcmp(name, c.name) == 0)
            return &c;
    }
    return nullptr;
}
} // namespace

bool Cli::isCommand(int argc, char **argv)
{
    return argc >= 2 && commandNamed(argv[1]);
}

int Cli::run(QCoreApplication &app, const DemoStarter &startDemo)
{
    // The command prints its own one-line failure; the core's log lines would add more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("nucleus.*=false"));
    const QString name = QCoreApplication::arguments().value(1);
    const Command *command = commandNamed(name.toUtf8().constData());
    return command ? command->run(app, startDemo, name) : BadArguments;
}

namespace {
int runRequestCommand(QCoreApplication &app, const Cli::DemoStarter &startDemo,
                      const QString &command)
{
    using namespace Cli;
    QCommandLineParser parser;
    configure(parser, command);
    if (const auto done = parseArguments(parser, command))
        return *done;
    const QStringList positional = parser.positionalArguments().mid(1);

    const std::optional<Limits> limits = readLimits(parser, command);
    if (!limits)
        return BadArguments;

    std::unique_ptr<CommandJob> job;
    ExportCommand::Request request;
    const bool cached =
        command == QLatin1String("export") && parser.isSet(QStringLiteral("cached"));
    if (command == QLatin1String("export")) {
        QString error;
        const auto range = parseRange(parser, cached, &error);
        if (!range) {
            say(QStringLiteral("export: %1").arg(error));
            return BadArguments;
        }
        request.view = positional.value(0);
        request.viewArgs = positional.mid(1);
        request.range = *range;
        request.device = parser.value(QStringLiteral("device"));
        request.output = parser.value(QStringLiteral("output"));
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            say(QStringLiteral("export: --format must be csv or json"));
            return BadArguments;
        }
        request.json = format == QLatin1String("json");
        if (const QString problem = ExportCommand::check(request); !problem.isEmpty()) {
            say(QStringLiteral("export: %1").arg(problem));
            return BadArguments;
        }
        if (cached && request.view.startsWith(QLatin1String("live-"))) {
            say(QStringLiteral("export: live views are never kept; run it without --cached"));
            return BadArguments;
        }
    } else {
        if (positional.size() != 1 || positional.first().isEmpty()) {
            say(QStringLiteral("delete-user: give exactly one USERID"));
            return BadArguments;
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            say(QStringLiteral(
                    "delete-user: refusing to delete \"%1\" without --yes (nothing was sent)")
                    .arg(positional.first()));
            return BadArguments;
        }
    }

    ApiClient client;
    // Retries included, a command ends in bounded time: the window's own rule.
    client.setTiming(ApiCall::Timing::forTimeout(limits->timeoutSecs));
    client.setMaxAnswerBytes(limits->maxAnswerBytes);
    int exitCode = Ok;
    // --cached: the window's answer cache alone, read under the account the window keeps it by.
    std::unique_ptr<AnswerCache> cache;
    if (cached) {
        if (!QFile::exists(AnswerCache::defaultPath())) {
            say(QStringLiteral("export: nothing is kept yet (no answer cache at %1); run it "
                               "without --cached")
                    .arg(AnswerCache::defaultPath()));
            return RequestFailed;
        }
        cache =
            std::make_unique<AnswerCache>(AnswerCache::defaultPath(), AnswerCache::kDefaultMaxBytes,
                                          AnswerCache::Access::ReadOnly);
        client.setCacheOnly(true);
    }
    auto runWith = [&](const QUrl &url, const QString &appId, const QString &token) {
        client.setBaseUrl(url);
        client.setToken(token);
        if (cache) {
            client.setCache(cache.get(), parser.isSet(QStringLiteral("demo"))
                                             ? QStringLiteral("demo")
                                             : secretKeyForServer(url));
        }
        if (command == QLatin1String("export"))
            job = std::make_unique<ExportCommand>(&client, appId, request);
        else
            job = std::make_unique<DeleteUserJob>(&client, appId, positional.first());
        QObject::connect(job.get(), &CommandJob::failed, &app,
                         [&, command](int code, const QString &message) {
                             say(QStringLiteral("%1: %2").arg(command, message));
                             exitCode = code;
                             QCoreApplication::exit(code);
                         });
        QObject::connect(job.get(), &CommandJob::succeeded, &app, [&] {
            exitCode = Ok;
            QCoreApplication::exit(Ok);
        });
        job->start();
    };

    if (parser.isSet(QStringLiteral("demo")) && cached) {
        // What the window kept of the demo: no demo server is needed to read it.
        runWith(QUrl(QStringLiteral("http://127.0.0.1/api/v1")), QLatin1String(kDemoAppId), {});
        app.exec();
        return exitCode;
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        startDemo(runWith, [&](const QString &reason) {
            say(QStringLiteral("%1: %2").arg(command, reason));
            exitCode = RequestFailed;
            QCoreApplication::exit(RequestFailed);
        });
        app.exec();
        return exitCode;
    }

    // --cached reads what the window kept: by default, of the account it last showed.
    const AccountResolver::Choice account = AccountResolver::resolve(
        parser.value(QStringLiteral("server")), parser.value(QStringLiteral("app")), cached);
    if (!account.ok()) {
        say(QStringLiteral("%1: %2").arg(command, account.error));
        return BadArguments;
    }
    const QUrl server = account.server;
    const QString appId = account.appId;
    if (appId.isEmpty()) {
        say(QStringLiteral("%1: no app given: use --app ID, or --demo").arg(command));
        return BadArguments;
    }
    const QString envToken = qEnvironmentVariable("NUCLEUS_TOKEN");
    if (!envToken.isEmpty() || cached) { // the cache needs no token: none is read
        runWith(server, appId, cached ? QString() : envToken);
        app.exec();
        return exitCode;
    }
    // No NUCLEUS_TOKEN: the keychain entry of this server (stored by `login` or Settings).
    KeychainStore keychain(QStringLiteral(NUCLEUS_APP_NAME));
    keychain.read(secretKeyForServer(server), [&](const SecretResult &secret) {
        if (secret.ok() && !secret.secret.isEmpty()) {
            runWith(server, appId, secret.secret);
            return;
        }
        say(secret.status == SecretResult::Status::NotFound
                ? QStringLiteral("%1: no API token: set NUCLEUS_TOKEN, or run "
                                 "`nucleus-dashboard login --server %2 --app ID`")
                      .arg(command, server.toString())
                : QStringLiteral("%1: the keychain could not be read (%2); set NUCLEUS_TOKEN")
                      .arg(command, secret.message));
        exitCode = NoToken;
        QCoreApplication::exit(NoToken);
    });
    app.exec();
    return exitCode;
}
} // namespace
