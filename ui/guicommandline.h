#pragma once

#include <initializer_list>

class QCommandLineParser;

// The window's command line (`nucleus-dashboard [--demo] [--server URL --app ID] ...` and
// `screenshot PAGE`); the subcommands without a window have theirs in app/cli.
namespace GuiCommandLine {

// Whether argv holds one of `names` (before Qt parses it: --help/--version need no display).
bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names);
bool isScreenshot(int argc, char **argv);
// The options of the window, or of `screenshot` when `screenshot`.
void configure(QCommandLineParser &parser, bool screenshot);
} // namespace GuiCommandLine
