#include "guicommandline.h"

#include "auth/accountresolver.h"
#include "core/language.h"
#include "demoserver.h"
#include "screenshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace GuiCommandLine {

namespace {
// The context of the help's strings (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)
};
} // namespace

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

QString argumentValue(int argc, char **argv, const char *name)
{
    const QByteArray withValue = QByteArray(name) + '=';
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (QByteArray(argv[i]).startsWith(withValue))
            return QString::fromLocal8Bit(argv[i] + withValue.size());
    }
    return {};
}

QString languageError(const QString &code)
{
    QStringList codes;
    for (const Language::Choice &choice : Language::choices()) {
        if (!choice.code.isEmpty())
            codes.append(choice.code);
    }
    return Language::isKnown(code) ? QString()
                                   : QStringLiteral("--language must be one of %1 (\"%2\" is not)")
                                         .arg(codes.join(QStringLiteral(", ")), code);
}

void configure(QCommandLineParser &parser, bool screenshot)
{
    if (screenshot) {
        ScreenshotTaker::addOptions(parser);
    } else {
        parser.setApplicationDescription(
            Text::tr("Analytics of your desktop apps from the Nucleus Data API V1.\n"
                     "The API token comes from the system keychain (or NUCLEUS_TOKEN).\n"
                     "Commands (each has --help; their output is in English):\n"
                     "  login --server URL --app ID [--name NAME]   token from stdin, kept in the "
                     "keychain\n"
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
                      Text::tr("Data API base URL (default %1).")
                          .arg(QLatin1String(AccountResolver::kDefaultServer)),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("app"), Text::tr("App ID to show."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("demo"), Text::tr("Use the built-in demo data (a local demo server).")});
    parser.addOption({QStringLiteral("no-cache"),
                      Text::tr("Run without the answer cache: nothing kept on disk, nothing drawn "
                               "from it.")});
    parser.addOption({QStringLiteral("latency-ms"),
                      Text::tr("With --demo: the demo server answers each request after MS "
                               "milliseconds, as a slow network would."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("dev"),
                      Text::tr("Local development: receive what your app's Nucleus SDK sends "
                               "on 127.0.0.1:%1 and show it (--app names the app, default "
                               "dev-app).")
                          .arg(DemoServerHost::kDevPort)});
    parser.addOption({QStringLiteral("language"),
                      Text::tr("The window's language for this run: en, de, fr, es or ja (default: "
                               "the one chosen in Settings, else the system's)."),
                      QStringLiteral("CODE")});
}

} // namespace GuiCommandLine
