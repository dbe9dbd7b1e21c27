// `login` and `logout`: the token goes into (or out of) the OS keychain, never a file; login
// checks the token and app with a quick-glance call before storing anything.
#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "auth/accountresolver.h"
#include "auth/accountsettings.h"
#include "auth/keychainstore.h"
#include "cache/answercache.h"
#include "cli/cli.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

QString keychainProblem(const SecretResult &r)
{
    return r.status == SecretResult::Status::Unavailable
               ? QStringLiteral("no system keychain is available (%1); the token was not stored, "
                                "use NUCLEUS_TOKEN instead")
                     .arg(r.message)
               : QStringLiteral("the keychain refused: %1").arg(r.message);
}
} // namespace

int Cli::runAccountCommand(QCoreApplication &app, const QString &command)
{
    const bool login = command == QLatin1String("login");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        login ? QStringLiteral("Reads an API token from standard input, checks it against the "
                               "server and app, and stores it in the system keychain.")
              : QStringLiteral("Removes the token of a server from the system keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(command, QStringLiteral("The command."));
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Data API base URL (default %1).")
                          .arg(QLatin1String(AccountResolver::kDefaultServer)),
                      QStringLiteral("URL")});
    if (login) {
        parser.addOption({QStringLiteral("app"), QStringLiteral("App ID."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("name"), QStringLiteral("Display name of the app."),
                          QStringLiteral("NAME")});
    }
    if (const auto done = parseArguments(parser, command))
        return *done;
    const QUrl server(parser.isSet(QStringLiteral("server"))
                          ? parser.value(QStringLiteral("server"))
                          : QString::fromLatin1(AccountResolver::kDefaultServer),
                      QUrl::StrictMode);
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(server, &why)) {
        say(QStringLiteral("%1: --server: %2").arg(command, why));
        return BadArguments;
    }
    const QString key = secretKeyForServer(server);
    KeychainStore keychain(QStringLiteral(NUCLEUS_APP_NAME));
    int exitCode = Ok;
    auto finish = [&](int code, const QString &message) {
        if (!message.isEmpty())
            say(QStringLiteral("%1: %2").arg(command, message));
        exitCode = code;
        QCoreApplication::exit(code);
    };

    if (!login) {
        keychain.remove(key, [&](const SecretResult &r) {
            if (r.ok() || r.status == SecretResult::Status::NotFound) {
                // The answers kept for the account go with its token.
                if (QFile::exists(AnswerCache::defaultPath()))
                    AnswerCache(AnswerCache::defaultPath()).removeAccount(key);
                QTextStream(stdout)
                    << (r.ok() ? "Removed the token of " : "No token was stored for ") << key
                    << '\n';
                finish(Ok, {});
            } else {
                finish(NoToken, keychainProblem(r));
            }
        });
        app.exec();
        return exitCode;
    }

    const QString appId = parser.value(QStringLiteral("app"));
    if (appId.isEmpty()) {
        say(QStringLiteral("login: --app ID is required"));
        return BadArguments;
    }
    // The token comes on standard input, so it never shows in a process list.
    std::string line;
    std::getline(std::cin, line);
    const QString token = QString::fromStdString(line).trimmed();
    if (token.isEmpty()) {
        say(QStringLiteral(
            "login: no token on standard input (e.g. `nucleus-dashboard login ... < token.txt`)"));
        return NoToken;
    }

    ApiClient client;
    client.setBaseUrl(server);
    client.setToken(token);
    client.quickGlance(appId, &app, [&](const Result<QuickGlance> &check) {
        if (!check.ok()) {
            const ApiError &e = check.error();
            const QString reason =
                e.kind == ApiError::Kind::Unauthorized
                    ? QStringLiteral("the server rejected this token")
                : e.kind == ApiError::Kind::NotFound
                    ? QStringLiteral("the server does not know app \"%1\"").arg(appId)
                    : e.message();
            finish(RequestFailed,
                   QStringLiteral("not logged in: %1 (nothing was stored)").arg(reason));
            return;
        }
        keychain.write(key, token, [&](const SecretResult &stored) {
            if (!stored.ok()) {
                finish(NoToken, keychainProblem(stored));
                return;
            }
            AccountSettings settings;
            settings.addApp(server, {appId, parser.value(QStringLiteral("name"))});
            settings.setLast(server, appId);
            settings.sync();
            QTextStream(stdout) << "Logged in to " << key << " (app " << appId
                                << "); the token is in the system keychain.\n";
            finish(Ok, {});
        });
    });
    app.exec();
    return exitCode;
}
