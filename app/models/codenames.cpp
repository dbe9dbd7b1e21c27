#include "models/codenames.h"

#include <QCoreApplication>
#include <QLocale>

namespace CodeNames {

namespace {
// The translation of `code` in the catalog made from iso-codes (resources/translations/
// codenames_*.ts, context "Country" or "Language"), or `fallback` (QLocale's English name).
QString translated(const char *context, const QString &code, const QString &fallback)
{
    const QByteArray key = code.toUtf8();
    const QString text = QCoreApplication::translate(context, key.constData());
    return text != code ? text : fallback;
}
} // namespace

QString platform(const QString &code)
{
    // The Data API's own codes, and what SDKs send as they found it (Node's os.type() and
    // process.platform, Electron, Qt's QSysInfo).
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("win") || c == QLatin1String("windows") ||
        c == QLatin1String("windows_nt") || c == QLatin1String("win32"))
        return QStringLiteral("Windows");
    if (c == QLatin1String("mac") || c == QLatin1String("macos") || c == QLatin1String("darwin") ||
        c == QLatin1String("osx"))
        return QStringLiteral("macOS");
    if (c == QLatin1String("linux"))
        return QStringLiteral("Linux");
    return code;
}

QString country(const QString &code)
{
    if (code.size() != 2)
        return code;
    const QString upper = code.toUpper();
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    if (territory == QLocale::AnyTerritory)
        return code;
    return translated("Country", upper, QLocale::territoryToString(territory));
}

QString language(const QString &code)
{
    // "de", "de-DE", "de_DE", "zh-Hant-TW": the language, then the region when there is one.
    const QString normal = code.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    const QStringList parts = normal.split(QLatin1Char('-'));
    const QString base = parts.value(0).toLower();
    if (base.size() < 2 || base.size() > 3)
        return code;
    const QLocale::Language lang = QLocale::codeToLanguage(base);
    if (lang == QLocale::AnyLanguage || lang == QLocale::C)
        return code;
    const QString name = translated("Language", base, QLocale::languageToString(lang));
    const QString region = parts.size() > 1 ? parts.last() : QString();
    if (region.size() == 2) {
        const QString place = country(region);
        if (place != region)
            return QCoreApplication::translate("CodeNames", "%1 (%2)",
                                               "a language and the country it is spoken in")
                .arg(name, place);
    }
    return name;
}

QString name(Kind kind, const QString &code)
{
    switch (kind) {
    case Kind::None:
        return code;
    case Kind::Platform:
        return platform(code);
    case Kind::Country:
        return country(code);
    case Kind::Language:
        return language(code);
    }
    return code;
}

QString withCode(Kind kind, const QString &code)
{
    const QString shown = name(kind, code);
    return shown == code ? code
                         : QCoreApplication::translate("CodeNames", "%1 (%2)",
                                                       "a name and its code: Germany (DE)")
                               .arg(shown, code);
}

} // namespace CodeNames
