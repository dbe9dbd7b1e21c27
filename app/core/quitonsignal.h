#pragma once

// Ends the application's event loop, as if its window were closed, when the process is asked
// to stop (SIGTERM at log-out or from a service manager, SIGINT from Ctrl+C, SIGHUP when the
// terminal goes away). The normal exit path then runs: settings are saved, the demo server
// thread stops, pending requests are cancelled. Without it such a signal ends the process on
// the spot. Does nothing on Windows, whose console events Qt does not route this way.
void quitApplicationOnTerminationSignals();
