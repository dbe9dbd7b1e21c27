// The window's languages (product.md §9): the catalogs are complete and current with the code
// (lupdate run here on copies: an unfinished, new or vanished entry fails), placeholders survive
// translation, codes read as names in English and German, and a window started in German
// shows German labels, German numbers and German country names, searchable by name and code.
#include "core/dashboardstate.h"
#include "core/language.h"
#include "demofixture.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "models/codenames.h"
#include "models/displayformat.h"
#include "models/quickglancesummary.h"
#include "models/usersfiltermodel.h"
#include "models/usersmodel.h"
#include "pages/analyticspage.h"
#include "pages/userspage.h"
#include "panel.h"
#include "signalwait.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Entry {
    QString context, source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

QVector<Entry> readCatalog(const QString &path, QString *error)
{
    QVector<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are children; a plain translation is text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations.append(xml.readElementText());
            }
            if (entry.translations.isEmpty())
                entry.translations.append(text);
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?\\d+|L?n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                             QStringLiteral("ja")};

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // What the CMake target update_translations does, on copies: nothing may come out new,
    // unfinished or vanished, so every string of the code is translated in every language.
    void catalogsAreCompleteAndCurrent()
    {
        QFile argsFile(QStringLiteral(NUCLEUS_LUPDATE_ARGS_FILE));
        QVERIFY(argsFile.open(QIODevice::ReadOnly));
        QStringList args =
            QString::fromUtf8(argsFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &lang : kLanguages + QStringList{QStringLiteral("en")}) {
            const QString name = QStringLiteral("nucleus_%1.ts").arg(lang);
            const QString copy = dir.filePath(name);
            QVERIFY(QFile::copy(QStringLiteral(NUCLEUS_TRANSLATIONS_DIR "/") + name, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            QStringList run = args;
            if (lang == QLatin1String("en"))
                run << QStringLiteral("-pluralonly");
            run << QStringLiteral("-ts") << copy;
            lupdate.start(QStringLiteral(NUCLEUS_LUPDATE), run);
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
            QString error;
            const QVector<Entry> entries = readCatalog(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!entries.isEmpty());
            QStringList open;
            for (const Entry &e : entries) {
                const bool empty = std::any_of(e.translations.cbegin(), e.translations.cend(),
                                               [](const QString &t) { return t.isEmpty(); });
                if (!e.type.isEmpty() || empty)
                    open.append(QStringLiteral("%1 [%2] %3: %4")
                                    .arg(lang, e.context,
                                         e.type.isEmpty() ? QStringLiteral("empty") : e.type,
                                         e.source));
            }
            QVERIFY2(
                open.isEmpty(),
                qPrintable(QStringLiteral("run the update_translations target and translate:\n") +
                           open.join(QLatin1Char('\n'))));
        }
    }

    void placeholdersSurviveTranslation()
    {
        QStringList wrong;
        for (const QString &lang : kLanguages) {
            for (const QString &catalog :
                 {QStringLiteral("nucleus"), QStringLiteral("codenames")}) {
                QString error;
                const auto entries = readCatalog(
                    QStringLiteral(NUCLEUS_TRANSLATIONS_DIR "/%1_%2.ts").arg(catalog, lang),
                    &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                for (const Entry &e : entries) {
                    for (const QString &t : e.translations) {
                        if (placeholders(t) != placeholders(e.source) ||
                            e.source.endsWith(QLatin1Char(' ')) != t.endsWith(QLatin1Char(' ')) ||
                            e.source.startsWith(QLatin1Char(' ')) != t.startsWith(QLatin1Char(' ')))
                            wrong.append(QStringLiteral("%1 [%2] %3 → %4")
                                             .arg(lang, e.context, e.source, t));
                    }
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void codesReadAsNamesInEnglish()
    {
        Language::install(qApp, QStringLiteral("en"));
        QCOMPARE(CodeNames::platform(QStringLiteral("win")), QStringLiteral("Windows"));
        QCOMPARE(CodeNames::platform(QStringLiteral("Darwin")), QStringLiteral("macOS"));
        QCOMPARE(CodeNames::platform(QStringLiteral("linux")), QStringLiteral("Linux"));
        QCOMPARE(CodeNames::platform(QStringLiteral("haiku")), QStringLiteral("haiku"));
        QCOMPARE(CodeNames::country(QStringLiteral("US")), QStringLiteral("United States"));
        QCOMPARE(CodeNames::country(QStringLiteral("de")), QStringLiteral("Germany"));
        QCOMPARE(CodeNames::country(QStringLiteral("ZZ")), QStringLiteral("ZZ"));
        QCOMPARE(CodeNames::country(QString()), QString());
        QCOMPARE(CodeNames::language(QStringLiteral("de")), QStringLiteral("German"));
        QCOMPARE(CodeNames::language(QStringLiteral("en-US")),
                 QStringLiteral("English (United States)"));
        QCOMPARE(CodeNames::language(QStringLiteral("pt_BR")),
                 QStringLiteral("Portuguese (Brazil)"));
        QCOMPARE(CodeNames::language(QStringLiteral("xx")), QStringLiteral("xx"));
        QCOMPARE(CodeNames::withCode(CodeNames::Kind::Country, QStringLiteral("DE")),
                 QStringLiteral("Germany (DE)"));
        QCOMPARE(CodeNames::withCode(CodeNames::Kind::Country, QStringLiteral("ZZ")),
                 QStringLiteral("ZZ"));
        // English plural forms come from nucleus_en.ts.
        QCOMPARE(QCoreApplication::translate(
                     "StackedDayChart", "%n day(s) far above the range's normal level", nullptr, 1),
                 QStringLiteral("1 day far above the range's normal level"));
    }

    // The users table shows names, sorts by them, exports codes and finds rows by either.
    void usersTableNamesCodesAndSearch()
    {
        UsersModel users;
        QVector<UserRow> rows(3);
        rows[0] = {QStringLiteral("u1"),   0, 0, 1, QStringLiteral("win"), QStringLiteral("DE"),
                   QStringLiteral("de-DE")};
        rows[1] = {QStringLiteral("u2"), 0, 0, 1, QStringLiteral("mac;linux"), QStringLiteral("US"),
                   QStringLiteral("en")};
        rows[2] = {QStringLiteral("u3"), 0, 0, 1, QStringLiteral("linux"), QStringLiteral("AT"),
                   QStringLiteral("de")};
        users.setSnapshot(UsersModel::prepare(std::move(rows)));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return users.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, UsersModel::CountryColumn), QStringLiteral("Germany"));
        QCOMPARE(cell(0, UsersModel::CountryColumn, Qt::ToolTipRole),
                 QStringLiteral("Germany (DE)"));
        QCOMPARE(cell(0, UsersModel::CountryColumn, TableModel::ValueRole),
                 QStringLiteral("DE"));
        QCOMPARE(cell(1, UsersModel::PlatformColumn), QStringLiteral("macOS, Linux"));
        QCOMPARE(cell(1, UsersModel::PlatformColumn, TableModel::ValueRole),
                 QStringLiteral("mac;linux"));
        QCOMPARE(cell(0, UsersModel::LocaleColumn), QStringLiteral("German (Germany)"));

        UsersFilterModel filter;
        filter.setUsersModel(&users);
        filter.sort(UsersModel::CountryColumn); // Austria, Germany, United States: by name
        QCOMPARE(filter.index(0, UsersModel::UserIdColumn).data().toString(), QStringLiteral("u3"));
        QCOMPARE(filter.index(2, UsersModel::UserIdColumn).data().toString(), QStringLiteral("u2"));
        const auto found = [&](const QString &text) {
            filter.setSearchText(text);
            QStringList ids;
            for (int r = 0; r < filter.rowCount(); ++r)
                ids.append(filter.index(r, UsersModel::UserIdColumn).data().toString());
            ids.sort();
            return ids;
        };
        QCOMPARE(found(QStringLiteral("germany")), QStringList{QStringLiteral("u1")});
        QCOMPARE(found(QStringLiteral("united")), QStringList{QStringLiteral("u2")});
        QCOMPARE(found(QStringLiteral("de-DE")), QStringList{QStringLiteral("u1")}); // a code
        QCOMPARE(found(QStringLiteral("macos")), QStringList{QStringLiteral("u2")});
        QCOMPARE(found(QStringLiteral("german")),
                 (QStringList{QStringLiteral("u1"), QStringLiteral("u3")}));
    }

    // Last: the process stays German from here on.
    void aWindowInGerman()
    {
        QCOMPARE(Language::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(formatCount(OptNumber(4964)), QStringLiteral("4.964"));
        QCOMPARE(DisplayFormat::percent(45.9, 1), QStringLiteral("45,9\u00a0%"));
        QCOMPARE(DisplayFormat::shortDate(QDate(2026, 11, 28)), QStringLiteral("28. Nov."));
        QCOMPARE(CodeNames::country(QStringLiteral("US")), QStringLiteral("Vereinigte Staaten"));
        QCOMPARE(CodeNames::language(QStringLiteral("fr")), QStringLiteral("Französisch"));
        QCOMPARE(CodeNames::language(QStringLiteral("de-AT")),
                 QStringLiteral("Deutsch (Österreich)"));

        DemoFixture demo;
        QVERIFY(
            demo.start(1500, 30, QStringLiteral("de-token"), QDateTime::currentSecsSinceEpoch()));
        DashboardState state;
        state.setApps({{demo.server->appId(), QStringLiteral("Demo")}});
        MainWindow window(demo.client.get(), &state, QStringLiteral("test"));
        window.resize(1024, 640);
        window.show();
        auto *sidebar = window.findChild<QListWidget *>();
        QVERIFY(sidebar);
        QStringList pages;
        for (int i = 0; i < sidebar->count(); ++i)
            pages.append(sidebar->item(i)->text());
        QCOMPARE(pages, (QStringList{QStringLiteral("Alle Apps"), QStringLiteral("Übersicht"),
                                     QStringLiteral("Ereignisse"), QStringLiteral("Fehler"),
                                     QStringLiteral("Nutzer"), QStringLiteral("Live"),
                                     QStringLiteral("Einstellungen")}));

        window.showPage(MainWindow::Users);
        state.refresh();
        AnalyticsPage *page = window.currentPage();
        QVERIFY(waitForOutcome(page, &AnalyticsPage::settled));
        auto *users = qobject_cast<UsersPage *>(page);
        QVERIFY(users);
        QCOMPARE(users->usersPanel()->state(), Panel::State::Ready);
        // German grouping in the count, German column names and German country names.
        const QString count = users->findChild<QLabel *>(QStringLiteral("usersCount"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^Alle Nutzer · 1\\.\\d{3}$"))
                     .match(count)
                     .hasMatch(),
                 qPrintable(count));
        QAbstractItemModel *model = users->usersView()->model();
        QCOMPARE(model->headerData(UsersModel::CountryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Land"));
        QStringList countries;
        for (int r = 0; r < model->rowCount(); ++r)
            countries.append(model->index(r, UsersModel::CountryColumn).data().toString());
        QVERIFY2(countries.contains(QStringLiteral("Deutschland")) ||
                     countries.contains(QStringLiteral("Vereinigte Staaten")),
                 qPrintable(countries.mid(0, 10).join(QStringLiteral(", "))));
        QVERIFY(!countries.contains(QStringLiteral("US")));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
