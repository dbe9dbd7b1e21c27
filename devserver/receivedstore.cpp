#include "receivedstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {
const QVector<Tracking::Event> kNone;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

ReceivedStore::ReceivedStore() = default;

ReceivedStore::~ReceivedStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ReceivedStore::defaultPath()
{
    // One file for nucleus-devserver --dev and nucleus-dashboard --dev: either shows what an
    // app sent to the other.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/nucleus-dev/received-events.sqlite");
}

QString ReceivedStore::key(const QString &appId, const Tracking::Event &e)
{
    return appId + QChar(0) + e.deviceId + QChar(0) + e.id;
}

void ReceivedStore::remember(const QString &appId, const Tracking::Event &e)
{
    if (!m_events.contains(appId))
        m_apps.append(appId);
    m_events[appId].append(e);
    ++m_revision[appId];
    if (!e.id.isEmpty())
        m_ids.insert(key(appId, e));
}

bool ReceivedStore::open(const QString &path, QString *error, QString *notice)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const auto connect = [this, &path](QString *why) {
        m_connection = QStringLiteral("received-") + QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *why = db.lastError().text();
            return false;
        }
        // A corrupt or foreign file fails here: the check reads every page.
        {
            QSqlQuery check(db);
            const bool read = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
            const QString verdict = read ? check.value(0).toString() : check.lastError().text();
            check.finish(); // the statement ends here: WAL cannot be set inside it
            if (verdict != QLatin1String("ok")) {
                *why = verdict;
                return false;
            }
        }
        return exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), why) &&
               exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), why) &&
               exec(db,
                    QStringLiteral("CREATE TABLE IF NOT EXISTS events (app TEXT NOT NULL, "
                                   "device TEXT NOT NULL, id TEXT, event TEXT NOT NULL)"),
                    why) &&
               exec(db,
                    QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS events_once ON "
                                   "events (app, device, id)"),
                    why);
    };
    const auto close = [this] {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    };
    QString why;
    if (!connect(&why)) {
        close();
        if (!QFileInfo::exists(path)) {
            *error = QStringLiteral("cannot create %1: %2").arg(path, why);
            return false;
        }
        // Never dropped silently: the file is kept beside, for the user to look at.
        const QString aside =
            path + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path, aside);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        *notice = QStringLiteral("%1 could not be read (%2); it was moved to %3 and a new one "
                                 "started")
                      .arg(path, why, aside);
        if (!connect(&why)) {
            close();
            *error = QStringLiteral("cannot create %1: %2").arg(path, why);
            return false;
        }
    }
    m_path = path;
    QSqlQuery rows(QSqlDatabase::database(m_connection));
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT app, event FROM events ORDER BY rowid"))) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next()) {
        const QJsonObject o = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        remember(rows.value(0).toString(), Tracking::Event::fromJson(o));
    }
    return true;
}

bool ReceivedStore::add(const QString &appId, const QVector<Tracking::Event> &events, int *added,
                        QString *error)
{
    *added = 0;
    QVector<const Tracking::Event *> fresh;
    QSet<QString> inBatch;
    for (const Tracking::Event &e : events) {
        if (!e.id.isEmpty()) {
            const QString k = key(appId, e);
            if (m_ids.contains(k) || inBatch.contains(k))
                continue;
            inBatch.insert(k);
        }
        fresh.append(&e);
    }
    if (!m_connection.isEmpty() && !fresh.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO events (app, device, id, event) VALUES (?, ?, ?, ?)"));
        for (const Tracking::Event *e : std::as_const(fresh)) {
            insert.bindValue(0, appId);
            insert.bindValue(1, e->deviceId);
            // No id: NULL, which a unique index never counts as a duplicate.
            insert.bindValue(2, e->id.isEmpty() ? QVariant() : QVariant(e->id));
            insert.bindValue(
                3, QString::fromUtf8(QJsonDocument(e->toJson()).toJson(QJsonDocument::Compact)));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    for (const Tracking::Event *e : std::as_const(fresh))
        remember(appId, *e);
    *added = int(fresh.size());
    return true;
}

const QVector<Tracking::Event> &ReceivedStore::events(const QString &appId) const
{
    const auto it = m_events.constFind(appId);
    return it == m_events.cend() ? kNone : it.value();
}

qsizetype ReceivedStore::totalEvents() const
{
    qsizetype n = 0;
    for (const auto &list : m_events)
        n += list.size();
    return n;
}
