// Entry point of nucleus-dashboard: the commands without a window (export, delete-user, login,
// logout: app/cli) or the window (ui/windowrun.cpp). Only wiring here.
#include "cli/cli.h"
#include "core/language.h"
#include "demoserver.h"
#include "guicommandline.h"
#include "version.h"
#include "windowrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(NUCLEUS_EXECUTABLE_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral("Nucleus Dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUCLEUS_VERSION_STRING));
    const bool screenshot = GuiCommandLine::isScreenshot(argc, argv);

    if (Cli::isCommand(argc, argv)) {
        // No window, no display needed; --demo starts the built-in server in-process.
        QCoreApplication app(argc, argv);
        return Cli::run(app, [&app](Cli::DemoReady ready, Cli::DemoFailed failed) {
            auto *host = new DemoServerHost(&app);
            QObject::connect(host, &DemoServerHost::ready, &app, ready);
            QObject::connect(host, &DemoServerHost::failed, &app, failed);
            host->startBuiltIn();
        });
    }
    if (GuiCommandLine::hasArgument(argc, argv, {"--version", "-v", "--help", "-h"})) {
        // --version and --help must work without a display.
        QCoreApplication app(argc, argv);
        Language::install(&app, WindowRun::languageToUse(argc, argv));
        QCommandLineParser parser;
        GuiCommandLine::configure(parser, screenshot);
        parser.process(app); // prints and exits
        return 0;
    }
    return WindowRun::exec(argc, argv, screenshot);
}
