#include "guicommandline.h"

#include "auth/accountresolver.h"
#include "screenshot.h"

#include <QCommandLineParser>

namespace GuiCommandLine {

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

bool isScreenshot(int argc, char **argv)
{
    return argc > 1 && qstrcmp(argv[1], "screenshot") == 0;
}

void configure(QCommandLineParser &parser, bool screenshot)
{
    if (screenshot) {
        ScreenshotTaker::addOptions(parser);
    } else {
        parser.setApplicationDescription(QStringLiteral(
            "Analytics of your desktop apps from the Nucleus Data API V1.\n"
            "The API token comes from the system keychain (or NUCLEUS_TOKEN).\n"
            "Commands (each has --help):\n"
            "  login --server URL --app ID [--name NAME]   token from stdin, kept in the keychain\n"
            "  logout --server URL\n"
            "  export VIEW [ARGS]      a view as CSV or JSON\n"
            "  delete-user USERID --yes\n"
            "  alerts list | add RULE... | remove ID... | check   local alert rules "
            "(errors>50/24h, errors>3x, live<5@10m, starts=0@6h)\n"
            "  screenshot PAGE -o FILE.png"));
    }
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Data API base URL (default %1).")
                          .arg(QLatin1String(AccountResolver::kDefaultServer)),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("app"), QStringLiteral("App ID to show."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Use the built-in demo data (a local demo server).")});
    parser.addOption({QStringLiteral("no-cache"),
                      QStringLiteral("Run without the answer cache: nothing kept on disk, nothing "
                                     "drawn from it.")});
    parser.addOption({QStringLiteral("latency-ms"),
                      QStringLiteral("With --demo: the demo server answers each request after MS "
                                     "milliseconds, as a slow network would."),
                      QStringLiteral("MS"), QStringLiteral("0")});
}

} // namespace GuiCommandLine
