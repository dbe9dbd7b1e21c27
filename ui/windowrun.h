#pragma once

// The window's run (`nucleus-dashboard [--demo | --server URL --app ID]` and `screenshot`):
// the application, the client, cache, state and window, and the account to open first (the
// demo, the last or given account, or the welcome page). Returns the exit code.
namespace WindowRun {
int exec(int argc, char **argv, bool screenshot);
} // namespace WindowRun
