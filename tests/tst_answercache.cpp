// The answer cache on real SQLite files in a temporary folder: answers kept per account, app
// and request; the file is the user's only; it stays within its size, oldest dropped first;
// accounts and a deleted user's answers are removed; a corrupt, foreign or locked file is set
// aside (never a crash) and a fresh one used; the calling thread never waits for the disk.
#include "cache/answercache.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kAccount = QStringLiteral("https://app.nucleus.sh");
const QString kApp = QStringLiteral("app-1");

std::optional<AnswerCache::Entry> getNow(AnswerCache &cache, const QString &account,
                                         const QString &app, const QString &request)
{
    std::optional<std::optional<AnswerCache::Entry>> out;
    QObject context;
    cache.get(account, app, request, &context,
              [&out](const std::optional<AnswerCache::Entry> &e) { out = e; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return std::nullopt;
    return *out;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 28), QTime(12, minute), QTimeZone::utc());
}
} // namespace

class TestAnswerCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("cache/answers.sqlite")); }
    // A connection of someone else's to the cache file (another program, another instance).
    QSqlDatabase otherConnection(const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        db.open();
        return db;
    }

private slots:
    void init()
    {
        QFile::remove(path());
        const auto files = QDir(m_dir.filePath(QStringLiteral("cache"))).entryList(QDir::Files);
        for (const QString &f : files)
            QFile::remove(m_dir.filePath(QStringLiteral("cache/") + f));
    }

    void keepsAnswersPerAccountAppAndRequest()
    {
        AnswerCache cache(path());
        const QString week = QStringLiteral("apps/app-1/analytics?start=1&end=2&utcOffset=-60");
        const QString weekUtc = QStringLiteral("apps/app-1/analytics?start=1&end=2&utcOffset=0");
        cache.put(kAccount, kApp, week, R"({"data":1})", at(1));
        cache.put(kAccount, kApp, weekUtc, R"({"data":2})", at(2));
        cache.put(QStringLiteral("https://other"), kApp, week, R"({"data":3})", at(3));
        const auto got = getNow(cache, kAccount, kApp, week);
        QVERIFY(got.has_value());
        QCOMPARE(got->body, QByteArray(R"({"data":1})"));
        QCOMPARE(got->received, at(1));
        QCOMPARE(getNow(cache, kAccount, kApp, weekUtc)->body, QByteArray(R"({"data":2})"));
        QVERIFY(!getNow(cache, kAccount, QStringLiteral("app-2"), week).has_value());
        cache.put(kAccount, kApp, week, R"({"data":4})", at(4)); // a newer answer replaces it
        QCOMPARE(getNow(cache, kAccount, kApp, week)->body, QByteArray(R"({"data":4})"));
    }

    void answersComeBackLaterNotInsideTheCall()
    {
        AnswerCache cache(path());
        cache.put(kAccount, kApp, QStringLiteral("r"), "x", at(1));
        bool called = false;
        QObject context;
        cache.get(kAccount, kApp, QStringLiteral("r"), &context,
                  [&called](const std::optional<AnswerCache::Entry> &) { called = true; });
        QVERIFY(!called); // the disk is read on the cache's thread
        QTRY_VERIFY(called);
    }

    void fileIsTheUsersOnly()
    {
        {
            AnswerCache cache(path());
            cache.put(kAccount, kApp, QStringLiteral("r"), "x", at(1));
            cache.flush();
        }
        const QFile::Permissions p = QFile::permissions(path());
        QCOMPARE(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(p & QFile::WriteOwner);
    }

    void staysWithinItsSizeOldestFirst()
    {
        AnswerCache cache(path(), 10 * 1024);
        const QByteArray kilobyte(1000, 'a');
        for (int i = 0; i < 30; ++i)
            cache.put(kAccount, kApp, QStringLiteral("r%1").arg(i), kilobyte, at(i));
        cache.flush();
        QVERIFY(getNow(cache, kAccount, kApp, QStringLiteral("r29")).has_value());
        QVERIFY(getNow(cache, kAccount, kApp, QStringLiteral("r21")).has_value());
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("r0")).has_value());
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("r15")).has_value());
        cache.setMaxBytes(3 * 1024); // a smaller limit applies at once
        QVERIFY(getNow(cache, kAccount, kApp, QStringLiteral("r29")).has_value());
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("r25")).has_value());
    }

    void removesAnAccountAndADeletedUsersAnswers()
    {
        AnswerCache cache(path());
        const QString other = QStringLiteral("https://other");
        cache.put(kAccount, kApp, QStringLiteral("apps/app-1/users"), "list", at(1));
        cache.put(kAccount, kApp, QStringLiteral("apps/app-1/users/bob"), "bob", at(1));
        cache.put(kAccount, kApp, QStringLiteral("apps/app-1/users/bob/sessions/s1?device=d"), "s",
                  at(1));
        cache.put(kAccount, kApp, QStringLiteral("apps/app-1/users/bobby"), "bobby", at(1));
        cache.put(other, kApp, QStringLiteral("apps/app-1/users/bob"), "elsewhere", at(1));
        cache.removeRequests(kAccount, kApp, [](const QString &request) {
            return request == QLatin1String("apps/app-1/users") ||
                   request == QLatin1String("apps/app-1/users/bob") ||
                   request.startsWith(QLatin1String("apps/app-1/users/bob/"));
        });
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("apps/app-1/users")).has_value());
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("apps/app-1/users/bob")));
        QVERIFY(!getNow(cache, kAccount, kApp,
                        QStringLiteral("apps/app-1/users/bob/sessions/s1?device=d")));
        QVERIFY(getNow(cache, kAccount, kApp, QStringLiteral("apps/app-1/users/bobby")));
        QVERIFY(getNow(cache, other, kApp, QStringLiteral("apps/app-1/users/bob")));

        cache.removeAccount(kAccount);
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("apps/app-1/users/bobby")));
        QVERIFY(getNow(cache, other, kApp, QStringLiteral("apps/app-1/users/bob")));
    }

    void aShortLivedCacheFinishesWhatItWasAsked()
    {
        // `logout` opens the cache only to empty an account, and closes it at once: the
        // removal must be done by then, not dropped with the thread.
        {
            AnswerCache cache(path());
            cache.put(kAccount, kApp, QStringLiteral("r"), "x", at(1));
        }
        AnswerCache(path()).removeAccount(kAccount);
        AnswerCache cache(path());
        QVERIFY(!getNow(cache, kAccount, kApp, QStringLiteral("r")).has_value());
    }

    void corruptFileIsSetAsideAndAFreshOneUsed()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile garbage(path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
        garbage.close();
        AnswerCache cache(path());
        cache.put(kAccount, kApp, QStringLiteral("r"), "fresh", at(1));
        QCOMPARE(getNow(cache, kAccount, kApp, QStringLiteral("r"))->body, QByteArray("fresh"));
        QCOMPARE(cache.setAside().size(), 1);
        QFile aside(cache.setAside().first());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray(8192, '\x5a')); // kept as it was, not deleted
    }

    void foreignDatabaseIsSetAside()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        {
            QSqlDatabase db = otherConnection(QStringLiteral("foreign"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        AnswerCache cache(path());
        cache.put(kAccount, kApp, QStringLiteral("r"), "fresh", at(1));
        QCOMPARE(getNow(cache, kAccount, kApp, QStringLiteral("r"))->body, QByteArray("fresh"));
        QCOMPARE(cache.setAside().size(), 1);
    }

    void lockedFileIsSetAside()
    {
        {
            AnswerCache first(path());
            first.put(kAccount, kApp, QStringLiteral("r"), "old", at(1));
            first.flush();
        }
        // Another process (here: another connection) holds the file in an exclusive lock.
        QSqlDatabase holder = otherConnection(QStringLiteral("holder"));
        QVERIFY(holder.isOpen());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            AnswerCache cache(path());
            cache.put(kAccount, kApp, QStringLiteral("r2"), "fresh", at(2));
            QCOMPARE(getNow(cache, kAccount, kApp, QStringLiteral("r2"))->body,
                     QByteArray("fresh"));
            QCOMPARE(cache.setAside().size(), 1);
        }
        lock.exec(QStringLiteral("ROLLBACK"));
        lock = QSqlQuery();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
};

QTEST_GUILESS_MAIN(TestAnswerCache)
#include "tst_answercache.moc"
