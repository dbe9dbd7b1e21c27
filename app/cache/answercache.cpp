#include "cache/answercache.h"

#include "core/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace {
// PRAGMA application_id of our files ("NUC1"): a database without it is someone else's.
constexpr int kApplicationId = 0x4e554331;
constexpr int kSchemaVersion = 1;
// SQLite result codes that mean the file cannot be used as it is.
bool isUnusable(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 /*CORRUPT*/ || primary == 26 /*NOTADB*/;
}
constexpr int kSetAsideKept = 2; // older set-aside files are deleted
} // namespace

// The SQLite side of AnswerCache: one connection, used only on the cache's own thread.
class AnswerStore : public QObject {
public:
    AnswerStore(const QString &path, qint64 maxBytes, bool readOnly)
        : m_path(path)
        , m_maxBytes(maxBytes)
        , m_readOnly(readOnly)
        , m_connection(QStringLiteral("answers-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    void open()
    {
        QElapsedTimer clock;
        clock.start();
        if (m_readOnly) {
            // Another program's file (the window's, maybe open right now): read as it is, or
            // not at all; never created, repaired or moved from here.
            if (!openForReading()) {
                close();
                m_disabled = true;
            }
        } else if (!openFile()) {
            setAsideAndStartFresh(QStringLiteral("cannot be opened"));
        }
        qCDebug(lcCache, "opened in %lld ms", qint64(clock.elapsed()));
    }

    void close()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    void put(const QString &account, const QString &app, const QString &request,
             const QByteArray &body, const QDateTime &received)
    {
        run([&](QSqlQuery &q) {
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO answers (account, app, request, body, received, bytes) "
                "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(account);
            q.addBindValue(app);
            q.addBindValue(request);
            q.addBindValue(body);
            q.addBindValue(received.toMSecsSinceEpoch());
            q.addBindValue(qint64(body.size()) + request.size() + account.size() + app.size());
            return q.exec() && trim(q);
        });
    }

    std::optional<AnswerCache::Entry> get(const QString &account, const QString &app,
                                          const QString &request)
    {
        std::optional<AnswerCache::Entry> found;
        run([&](QSqlQuery &q) {
            q.prepare(QStringLiteral("SELECT body, received FROM answers "
                                     "WHERE account = ? AND app = ? AND request = ?"));
            q.addBindValue(account);
            q.addBindValue(app);
            q.addBindValue(request);
            if (!q.exec())
                return false;
            if (q.next())
                found = AnswerCache::Entry{
                    q.value(0).toByteArray(),
                    QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc())};
            return true;
        });
        return found;
    }

    void removeAccount(const QString &account)
    {
        run([&](QSqlQuery &q) {
            q.prepare(QStringLiteral("DELETE FROM answers WHERE account = ?"));
            q.addBindValue(account);
            return q.exec();
        });
    }

    void removeRequests(const QString &account, const QString &app,
                        const std::function<bool(const QString &)> &matches)
    {
        run([&](QSqlQuery &q) {
            q.prepare(QStringLiteral("SELECT rowid, request FROM answers "
                                     "WHERE account = ? AND app = ?"));
            q.addBindValue(account);
            q.addBindValue(app);
            if (!q.exec())
                return false;
            QVariantList rows;
            while (q.next()) {
                if (matches(q.value(1).toString()))
                    rows.append(q.value(0));
            }
            if (rows.isEmpty())
                return true;
            q.prepare(QStringLiteral("DELETE FROM answers WHERE rowid = ?"));
            q.addBindValue(rows);
            return q.execBatch();
        });
    }

    void clear()
    {
        run([&](QSqlQuery &q) {
            // VACUUM gives the space back to the disk, not only to SQLite.
            return q.exec(QStringLiteral("DELETE FROM answers")) &&
                   q.exec(QStringLiteral("VACUUM"));
        });
    }

    qint64 usedBytes()
    {
        qint64 used = 0;
        run([&](QSqlQuery &q) {
            if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM answers")))
                return false;
            if (q.next())
                used = q.value(0).toLongLong();
            return true;
        });
        return used;
    }

    void setMaxBytes(qint64 maxBytes)
    {
        m_maxBytes = maxBytes;
        run([&](QSqlQuery &q) { return trim(q); });
    }

    QStringList setAside() const
    {
        QMutexLocker lock(&m_setAsideMutex);
        return m_setAside;
    }

private:
    bool openForReading()
    {
        if (!QFileInfo::exists(m_path))
            return false;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
               q.value(0).toInt() == kApplicationId &&
               q.exec(QStringLiteral("PRAGMA user_version")) && q.next() &&
               q.value(0).toInt() == kSchemaVersion;
    }

    bool openFile()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!QFileInfo::exists(m_path)) {
            // Created empty with the user's permissions only, before SQLite writes anything.
            QFile file(m_path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.close();
        }
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isValid())
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        // A file another process holds is not waited for long: the UI is waiting on answers.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return false;
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return false;
        const int appId = q.value(0).toInt();
        if (appId == 0) {
            // New, or not ours: a file with tables of its own is someone else's.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                return false;
            if (q.value(0).toInt() != 0)
                return false;
            // One transaction: a crash half-way leaves an empty file, made again next time.
            const bool made =
                db.transaction() &&
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) &&
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) &&
                q.exec(QStringLiteral(
                    "CREATE TABLE answers (account TEXT NOT NULL, app TEXT NOT NULL, "
                    "request TEXT NOT NULL, body BLOB NOT NULL, received INTEGER NOT NULL, "
                    "bytes INTEGER NOT NULL, PRIMARY KEY (account, app, request))")) &&
                q.exec(QStringLiteral("CREATE INDEX answers_received ON answers (received)")) &&
                db.commit();
            if (!made)
                db.rollback();
            return made;
        }
        if (appId != kApplicationId)
            return false;
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() &&
               q.value(0).toInt() == kSchemaVersion;
    }

    // Runs one piece of work; a file that turns out unusable is set aside, and the work is
    // tried once more on the fresh file.
    template <typename Work> void run(Work work)
    {
        for (int attempt = 0; attempt < 2 && !m_disabled; ++attempt) {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (!db.isOpen())
                return;
            QSqlQuery q(db);
            if (work(q))
                return;
            const QSqlError error = q.lastError();
            if (!isUnusable(error) || m_readOnly) {
                // Busy (another instance writing) and the like pass: this answer is not kept.
                qCWarning(lcCache).noquote() << "answer cache:" << error.text();
                return;
            }
            setAsideAndStartFresh(error.text());
        }
    }

    // Keeps the newest answers within the size limit, dropping the oldest first.
    bool trim(QSqlQuery &q)
    {
        q.prepare(QStringLiteral(
            "DELETE FROM answers WHERE rowid IN (SELECT rowid FROM (SELECT rowid, SUM(bytes) "
            "OVER (ORDER BY received DESC, rowid DESC) AS kept FROM answers) WHERE kept > ?)"));
        q.addBindValue(m_maxBytes);
        return q.exec();
    }

    void setAsideAndStartFresh(const QString &why)
    {
        close();
        const QString aside =
            m_path + QStringLiteral(".set-aside-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const bool moved = QFile::rename(m_path, aside);
        // A journal goes with its file, never deleted: another instance may still be using it.
        if (moved && QFile::exists(m_path + QStringLiteral("-journal")))
            QFile::rename(m_path + QStringLiteral("-journal"), aside + QStringLiteral("-journal"));
        pruneSetAside();
        qCWarning(lcCache).noquote()
            << QStringLiteral("answer cache %1 could not be used (%2); set aside as %3")
                   .arg(m_path, why, aside);
        if (moved) {
            QMutexLocker lock(&m_setAsideMutex);
            m_setAside.append(aside);
        }
        if (!moved || !openFile()) {
            close();
            m_disabled = true; // the window runs without a cache rather than not at all
            qCWarning(lcCache).noquote() << "answer cache disabled for this run";
        }
    }

    // Keeps the newest few set-aside files (for a look at what went wrong), not every one.
    void pruneSetAside()
    {
        const QFileInfo info(m_path);
        QDir dir = info.absoluteDir();
        const QStringList old = dir.entryList({info.fileName() + QStringLiteral(".set-aside-*")},
                                              QDir::Files, QDir::Name | QDir::Reversed);
        for (int i = kSetAsideKept; i < old.size(); ++i)
            dir.remove(old[i]);
    }

    const QString m_path;
    qint64 m_maxBytes;
    const bool m_readOnly;
    const QString m_connection;
    bool m_disabled = false;
    mutable QMutex m_setAsideMutex;
    QStringList m_setAside;
};

AnswerCache::AnswerCache(const QString &path, qint64 maxBytes, Access access, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_store(new AnswerStore(path, maxBytes, access == Access::ReadOnly))
{
    m_thread->setObjectName(QStringLiteral("answer-cache"));
    m_store->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_store, [store = m_store] { store->open(); });
}

AnswerCache::~AnswerCache()
{
    // Blocking: everything asked before (a logout's removal) is done before the thread ends.
    QMetaObject::invokeMethod(
        m_store,
        [store = m_store] {
            store->close();
            delete store;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString AnswerCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/answers.sqlite");
}

void AnswerCache::put(const QString &account, const QString &app, const QString &request,
                      const QByteArray &body, const QDateTime &received)
{
    QMetaObject::invokeMethod(
        m_store, [=, store = m_store] { store->put(account, app, request, body, received); });
}

void AnswerCache::get(const QString &account, const QString &app, const QString &request,
                      QObject *context, Found found)
{
    QPointer<QObject> guard(context);
    // The answer is posted to this object (it outlives the worker's tasks: the destructor
    // waits for them) and `context` is checked on the caller's own thread.
    QMetaObject::invokeMethod(m_store, [=, store = m_store, found = std::move(found)] {
        const std::optional<Entry> entry = store->get(account, app, request);
        QMetaObject::invokeMethod(this, [guard, found, entry] {
            if (guard)
                found(entry);
        });
    });
}

void AnswerCache::removeAccount(const QString &account)
{
    QMetaObject::invokeMethod(m_store, [=, store = m_store] { store->removeAccount(account); });
}

void AnswerCache::removeRequests(const QString &account, const QString &app,
                                 std::function<bool(const QString &request)> matches)
{
    QMetaObject::invokeMethod(m_store, [=, store = m_store, matches = std::move(matches)] {
        store->removeRequests(account, app, matches);
    });
}

void AnswerCache::clear()
{
    QMetaObject::invokeMethod(m_store, [store = m_store] { store->clear(); });
}

void AnswerCache::usedBytes(QObject *context, std::function<void(qint64)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_store, [this, store = m_store, guard, done = std::move(done)] {
        const qint64 used = store->usedBytes();
        QMetaObject::invokeMethod(this, [guard, done, used] {
            if (guard)
                done(used);
        });
    });
}

void AnswerCache::setMaxBytes(qint64 maxBytes)
{
    QMetaObject::invokeMethod(m_store, [=, store = m_store] { store->setMaxBytes(maxBytes); });
}

void AnswerCache::flush()
{
    QMetaObject::invokeMethod(
        m_store, [] {}, Qt::BlockingQueuedConnection);
}

QStringList AnswerCache::setAside() const
{
    return m_store->setAside();
}
