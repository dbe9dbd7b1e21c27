#pragma once

#include <QString>
#include <QUrl>

#include <QtGlobal>
#include <functional>

#include <optional>

class QCommandLineParser;
class QCoreApplication;

// The scriptable face (product.md §4): `export VIEW ...` and `delete-user USERID --yes`, run
// without a window. Exit codes: 0 done, 1 the request failed (HTTP status, network, timeout,
// unreadable answer), 2 bad arguments, 3 no token, 4 the output could not be written. Every
// failure prints exactly one line on stderr.
namespace Cli {
enum ExitCode { Ok = 0, RequestFailed = 1, BadArguments = 2, NoToken = 3, WriteFailed = 4 };

bool isCommand(int argc, char **argv);

// Starts the built-in demo server and reports its address, app and token (or a failure).
using DemoReady = std::function<void(const QUrl &url, const QString &appId, const QString &token)>;
using DemoFailed = std::function<void(const QString &reason)>;
using DemoStarter = std::function<void(DemoReady, DemoFailed)>;

// Parses the command line of `app`, runs the command to its end, returns the exit code.
int run(QCoreApplication &app, const DemoStarter &startDemo);
// `alerts list|add|remove|check` (exit 10: a rule fires).
int runAlertsCommand(QCoreApplication &app, const DemoStarter &startDemo);
// `login` / `logout`.
int runAccountCommand(QCoreApplication &app, const QString &command);
// One line on stderr, prefixed with the program name.
void say(const QString &line);
// Parses the arguments of `command`: an exit code when that is all there is to do (bad
// arguments, said on stderr; --help, printed), nothing when the command should run.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command);
// --server, --app, --demo, --timeout and --max-body, as every command that asks a server
// reads them.
void addConnectionOptions(QCommandLineParser &parser);
// The bounds of a command's requests from --timeout and --max-body (default: the window's
// setting); nothing, said on stderr, when either is not a number in range.
struct Limits {
    int timeoutSecs = 30;
    qint64 maxAnswerBytes = 0;
};
std::optional<Limits> readLimits(const QCommandLineParser &parser, const QString &command);
} // namespace Cli
