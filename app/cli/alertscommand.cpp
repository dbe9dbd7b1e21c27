// `alerts list | add | remove | check`: the local alert rules of product.md §8 from a shell,
// and one check of them for cron (exit 0: nothing fires, 10: something fires).
#include "alerts/alertchecker.h"
#include "alerts/alertstore.h"
#include "api/urlpolicy.h"
#include "auth/accountresolver.h"
#include "auth/keychainstore.h"
#include "auth/secretstore.h"
#include "cli/cli.h"
#include "core/accountclients.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTextStream>

namespace {
using Cli::say;

const char *kUsage = "alerts list | add RULE... | remove ID... | check";

// The account named by --demo or --server (default: Nucleus' own, as for every command), and
// --app.
struct Target {
    QString account; // "demo" or the server's keychain key
    QUrl server;
    QString appId;
    QString error;
};

Target target(const QCommandLineParser &parser, bool needApp)
{
    Target t;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (parser.isSet(QStringLiteral("server"))) {
            t.error = QStringLiteral("use --demo or --server, not both");
            return t;
        }
        t.account = AccountClients::demoAccount();
        t.appId = parser.value(QStringLiteral("app"));
    } else {
        const AccountResolver::Choice choice = AccountResolver::resolve(
            parser.value(QStringLiteral("server")), parser.value(QStringLiteral("app")), false);
        if (!choice.ok()) {
            t.error = choice.error;
            return t;
        }
        t.server = choice.server;
        t.account = secretKeyForServer(choice.server);
        t.appId = parser.value(QStringLiteral("app")); // a rule names its app: never guessed
    }
    if (needApp && t.appId.isEmpty())
        t.error = QStringLiteral("no app given: use --app ID");
    return t;
}

// One rule per line, tab-separated for scripts: id, on/off, account, app, rule.
void print(QTextStream &out, const AlertRule &rule)
{
    out << rule.id << '\t' << (rule.enabled ? "on" : "off") << '\t' << rule.account << '\t'
        << rule.appId << '\t' << rule.text() << '\n';
}

int list()
{
    const QVector<AlertRule> rules = AlertStore().rules();
    QTextStream out(stdout);
    for (const AlertRule &rule : rules)
        print(out, rule);
    if (rules.isEmpty())
        say(QStringLiteral("alerts: no rules yet; add one with `alerts add --app ID RULE`"));
    return Cli::Ok;
}

int add(const QCommandLineParser &parser, const QStringList &texts)
{
    if (texts.isEmpty()) {
        say(QStringLiteral("alerts add: give a rule, e.g. errors>50/24h"));
        return Cli::BadArguments;
    }
    const Target t = target(parser, true);
    if (!t.error.isEmpty()) {
        say(QStringLiteral("alerts add: %1").arg(t.error));
        return Cli::BadArguments;
    }
    // Every rule is read before any is stored: all or nothing.
    QVector<AlertRule> rules;
    for (const QString &text : texts) {
        QString error;
        std::optional<AlertRule> rule = AlertRule::parse(text, &error);
        if (!rule) {
            say(QStringLiteral("alerts add: %1 (nothing was added)").arg(error));
            return Cli::BadArguments;
        }
        rule->account = t.account;
        rule->appId = t.appId;
        rule->enabled = !parser.isSet(QStringLiteral("disabled"));
        rules.append(*rule);
    }
    AlertStore store;
    QTextStream out(stdout);
    for (AlertRule rule : std::as_const(rules)) {
        rule.id = store.add(rule);
        print(out, rule);
    }
    return Cli::Ok;
}

int remove(const QStringList &ids)
{
    if (ids.isEmpty()) {
        say(QStringLiteral("alerts remove: give the ID of a rule (see `alerts list`)"));
        return Cli::BadArguments;
    }
    AlertStore store;
    QVector<int> numbers;
    for (const QString &text : ids) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || !store.rule(id)) {
            say(QStringLiteral("alerts remove: there is no rule %1 (see `alerts list`; nothing "
                               "was removed)")
                    .arg(text));
            return Cli::BadArguments;
        }
        numbers.append(id);
    }
    for (int id : std::as_const(numbers))
        store.remove(id);
    return Cli::Ok;
}

int check(QCoreApplication &app, const QCommandLineParser &parser,
          const Cli::DemoStarter &startDemo)
{
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && (parser.isSet(QStringLiteral("app")) || parser.isSet(QStringLiteral("server")) ||
                parser.isSet(QStringLiteral("demo")))) {
        say(QStringLiteral("alerts check: --all checks every rule; leave out --app, --server and "
                           "--demo"));
        return Cli::BadArguments;
    }
    const std::optional<Cli::Limits> limits =
        Cli::readLimits(parser, QStringLiteral("alerts check"));
    if (!limits)
        return Cli::BadArguments;
    Target t;
    if (!all) {
        t = target(parser, false);
        if (!t.error.isEmpty()) {
            say(QStringLiteral("alerts check: %1").arg(t.error));
            return Cli::BadArguments;
        }
    }
    QVector<AlertRule> rules;
    QSet<QString> accounts;
    for (const AlertRule &rule : AlertStore().rules()) {
        const bool wanted =
            all ? rule.account != AccountClients::demoAccount() // the demo only with --demo
                : rule.account == t.account && (t.appId.isEmpty() || rule.appId == t.appId);
        if (wanted && rule.enabled) {
            rules.append(rule);
            accounts.insert(rule.account);
        }
    }
    if (rules.isEmpty()) {
        say(all ? QStringLiteral("alerts check: no enabled rules; add one with `alerts add`")
                : QStringLiteral("alerts check: no enabled rules for %1%2; add one with `alerts "
                                 "add`")
                      .arg(t.account, t.appId.isEmpty() ? QString() : QLatin1Char(' ') + t.appId));
        return Cli::BadArguments;
    }

    KeychainStore keychain(QStringLiteral(NUCLEUS_APP_NAME));
    AccountClients clients(&keychain);
    clients.setTiming(ApiCall::Timing::forTimeout(limits->timeoutSecs));
    clients.setMaxAnswerBytes(limits->maxAnswerBytes);
    // NUCLEUS_TOKEN is the token of the one server named (never sent to the others of --all).
    const QString envToken = qEnvironmentVariable("NUCLEUS_TOKEN");
    if (!envToken.isEmpty() && !all && t.account != AccountClients::demoAccount())
        clients.setToken(t.account, t.server, envToken);
    // Firing state of its own: cron's checks do not swallow the window's notifications.
    AlertStore store(QStringLiteral("check"));
    AlertChecker checker(&clients, &store);
    int exitCode = Cli::Ok;
    QObject::connect(
        &checker, &AlertChecker::finished, &app, [&](const QVector<AlertOutcome> &outcomes) {
            QTextStream out(stdout);
            bool fired = false, noToken = false, failed = false;
            QSet<QString> said; // one line per app and reason
            for (const AlertOutcome &o : outcomes) {
                if (o.firing) {
                    fired = true;
                    out << o.rule.appId << ' ' << o.rule.text() << ": "
                        << o.rule.valueText(o.observation.value) << " (threshold "
                        << o.rule.thresholdText() << ")\n";
                }
                if (o.observation.known)
                    continue;
                noToken = noToken || o.observation.noToken;
                failed = true;
                const QString line = QStringLiteral("alerts check: %1 %2: %3")
                                         .arg(o.rule.account, o.rule.appId, o.observation.error);
                if (!said.contains(line)) {
                    said.insert(line);
                    say(line.mid(0));
                }
            }
            out.flush();
            exitCode = fired ? 10 : noToken ? Cli::NoToken : failed ? Cli::RequestFailed : Cli::Ok;
            QCoreApplication::exit(exitCode);
        });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (t.account == AccountClients::demoAccount()) {
        startDemo(
            [&](const QUrl &url, const QString &, const QString &token) {
                clients.setToken(AccountClients::demoAccount(), url, token);
                checker.check(rules, now);
            },
            [&](const QString &reason) {
                say(QStringLiteral("alerts check: %1").arg(reason));
                exitCode = Cli::RequestFailed;
                QCoreApplication::exit(exitCode);
            });
    } else {
        checker.check(rules, now);
    }
    app.exec();
    return exitCode;
}
} // namespace

int Cli::runAlertsCommand(QCoreApplication &app, const DemoStarter &startDemo)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Local alert rules per app, kept in the settings (never a token).\n"
            "  alerts list                                   one line per rule: ID, on/off, "
            "account, app, rule\n"
            "  alerts add [--server URL | --demo] --app ID RULE...\n"
            "  alerts remove ID...\n"
            "  alerts check [--server URL | --demo] [--app ID] | --all\n"
            "                  checks every enabled rule once; prints `APP RULE: VALUE "
            "(threshold T)` per firing rule\n"
            "Rules:\n%1\n"
            "Exit codes: 0 nothing fires, 10 something fires, 1 a request failed, 2 bad "
            "arguments, 3 no token.")
            .arg(alertRuleSyntaxHelp()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("alerts"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, add, remove or check."),
                                 QStringLiteral("ACTION [ARGS]"));
    Cli::addConnectionOptions(parser);
    parser.addOption(
        {QStringLiteral("all"), QStringLiteral("check: every saved account's rules.")});
    parser.addOption(
        {QStringLiteral("disabled"), QStringLiteral("add: store the rules turned off.")});
    if (const auto done = parseArguments(parser, QStringLiteral("alerts")))
        return *done;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    if (action == QLatin1String("list"))
        return list();
    if (action == QLatin1String("add"))
        return add(parser, args.mid(1));
    if (action == QLatin1String("remove"))
        return remove(args.mid(1));
    if (action == QLatin1String("check")) {
        if (args.size() > 1) {
            say(QStringLiteral("alerts check: unexpected \"%1\"").arg(args.value(1)));
            return BadArguments;
        }
        return check(app, parser, startDemo);
    }
    say(QStringLiteral("alerts: %1 (not \"%2\")")
            .arg(QLatin1String(kUsage), action.isEmpty() ? QStringLiteral("nothing") : action));
    return BadArguments;
}
