#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

class QCoreApplication;

// The window's language (product.md §9): the system's, or one the user chose in Settings or
// with --language. It decides the translations loaded (the app's own .qm compiled in under
// :/i18n, the names of countries and languages, Qt's own dialogs when installed) and the
// QLocale every number, date and percentage is written with. The command line's machine output
// (CSV, JSON, exit lines) stays English and never calls this.
namespace Language {

struct Choice {
    QString code; // "" for the system's, else "en", "de", "fr", "es", "ja"
    QString name; // in its own language ("Deutsch"), so anyone finds theirs
};

// System first, then the languages shipped, in the order Settings lists them.
QVector<Choice> choices();
// Whether `code` is one of choices() ("" included).
bool isKnown(const QString &code);
// The locale `code` stands for: the system's for "" or for the system's own language (its C
// locale made to group thousands, as containers and CI run with LANG=C), else that language's
// main locale (de → de_DE).
QLocale localeFor(const QString &code);
// The language whose translations `code` loads: `code`, or for "" the first of the system's
// UI languages that the app speaks (else "en").
QString translationFor(const QString &code);
// The saved choice ("" when none or an unknown one).
QString saved();
void save(const QString &code);

// Loads the translations of `code` into `app` and makes its locale the default. Call once,
// before the first widget and before a translated --help. Returns the language in effect
// ("en" when no translation matched, as for an English or unsupported system).
QString install(QCoreApplication *app, const QString &code);
// The choice this run was started with (install()'s `code`: --language or the saved one).
QString inUse();

} // namespace Language
