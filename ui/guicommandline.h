#pragma once

#include <QString>

#include <initializer_list>

class QCommandLineParser;

// The window's command line (`nucleus-dashboard [--demo] [--server URL --app ID] ...` and
// `screenshot PAGE`); the subcommands without a window have theirs in app/cli.
namespace GuiCommandLine {

// Whether argv holds one of `names` (before Qt parses it: --help/--version need no display).
bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names);
bool isScreenshot(int argc, char **argv);
// The value of option `name` ("--language") in argv, as `--name VALUE` or `--name=VALUE`,
// read before Qt parses it: the language must be loaded before the help text is made.
QString argumentValue(int argc, char **argv, const char *name);
// Why `code` is not a language the window has (empty when it is one).
QString languageError(const QString &code);
// The options of the window, or of `screenshot` when `screenshot`.
void configure(QCommandLineParser &parser, bool screenshot);
} // namespace GuiCommandLine
