#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {
const QString kSettingsKey = QStringLiteral("view/language");
const QString kResourceDir = QStringLiteral(":/i18n");

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
    if (!code.isEmpty())
        return QLocale(code);
    QLocale locale = QLocale::system();
    if (locale.language() == QLocale::C)
        locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
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
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English is the source language: only its plural forms are loaded ("1 second"), and an
    // English system with German among its further UI languages must not come up German.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        load(app, QLocale(QLocale::English), QStringLiteral("nucleus"), kResourceDir);
        return QStringLiteral("en");
    }
    if (!load(app, locale, QStringLiteral("nucleus"), kResourceDir)) {
        load(app, QLocale(QLocale::English), QStringLiteral("nucleus"), kResourceDir);
        return QStringLiteral("en");
    }
    load(app, locale, QStringLiteral("codenames"), kResourceDir);
    // Qt's own strings (a dialog's OK/Cancel, a line edit's menu), where the system has them.
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QLocale(locale.language()).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace Language
