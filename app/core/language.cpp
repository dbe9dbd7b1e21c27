#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {
const QString kSettingsKey = QStringLiteral("view/language");
const QString kResourceDir = QStringLiteral(":/i18n");
QString s_inUse; // what install() was given: "" for the system's

// Loads `file`_<lang>.qm from `dir` for `locale` (its UI languages in order) into `app`.
bool load(QCoreApplication *app, const QLocale &locale, const QString &file, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, file, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QVector<Choice> choices()
{
    return {{QString(), QCoreApplication::translate("Language", "System")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

bool isKnown(const QString &code)
{
    for (const Choice &c : choices()) {
        if (c.code == code)
            return true;
    }
    return false;
}

QLocale localeFor(const QString &code)
{
    QLocale system = QLocale::system();
    if (system.language() == QLocale::C)
        system.setNumberOptions(QLocale::DefaultNumberOptions);
    // The system's own locale when it speaks the language chosen: a Swiss or Austrian German
    // keeps their dates and digit grouping, a British English theirs.
    if (code.isEmpty() || QLocale(code).language() == system.language())
        return system;
    return QLocale(code);
}

QString translationFor(const QString &code)
{
    if (!code.isEmpty())
        return code;
    // The display language, not the formats' (Windows and macOS keep them apart): the first
    // of the user's UI languages that the app speaks.
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &ui : languages) {
        const QString base = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (base == QLatin1String("c"))
            break;
        if (isKnown(base))
            return base;
    }
    return QStringLiteral("en");
}

QString saved()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isKnown(code) ? code : QString();
}

void save(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, code);
}

QString install(QCoreApplication *app, const QString &code)
{
    QLocale::setDefault(localeFor(code));
    s_inUse = code;
    const QString language = translationFor(code);
    const QLocale translation(language);
    // English is the source language: only its plural forms are loaded ("1 second").
    if (language == QLatin1String("en") ||
        !load(app, translation, QStringLiteral("nucleus"), kResourceDir)) {
        load(app, QLocale(QLocale::English), QStringLiteral("nucleus"), kResourceDir);
        return QStringLiteral("en");
    }
    load(app, translation, QStringLiteral("codenames"), kResourceDir);
    // Qt's own strings (a dialog's OK/Cancel, a line edit's menu), where the system has them:
    // the combined qt_xx of a deployed app (windeployqt, macdeployqt), else Debian's qtbase_xx.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!load(app, translation, QStringLiteral("qt"), qtTranslations))
        load(app, translation, QStringLiteral("qtbase"), qtTranslations);
    return language;
}

QString inUse()
{
    return s_inUse;
}

} // namespace Language
