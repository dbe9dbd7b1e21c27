#pragma once

// The window's run (`nucleus-dashboard [--demo | --server URL --app ID]` and `screenshot`):
// the application, the client, cache, state and window, and the account to open first (the
// demo, the last or given account, or the welcome page). Returns the exit code.
#include <QString>

namespace WindowRun {
int exec(int argc, char **argv, bool screenshot);
// The language of this run: --language CODE when it names one, else the one saved in Settings
// ("" for the system's). Read from argv before Qt parses it (the help text is translated).
QString languageToUse(int argc, char **argv);
} // namespace WindowRun
