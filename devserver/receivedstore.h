#pragma once

#include "tracking.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

// The events the dev server received, per app, in memory and (with a file) in SQLite: one
// transaction per batch in write-ahead-log mode, so a crash or kill loses at most the batch
// being written; reloaded on start. An event with an id is stored once per device (a client
// re-sending what it did not see confirmed). Not thread-safe: the server's thread only.
class ReceivedStore {
public:
    ReceivedStore();
    ~ReceivedStore();
    ReceivedStore(const ReceivedStore &) = delete;
    ReceivedStore &operator=(const ReceivedStore &) = delete;

    // Keeps events in `path` (created when missing) and loads what it holds. A file that is not
    // a readable database is moved aside ("<path>.corrupt-<time>") and a new one started;
    // `notice` then says so. False (with `error`) when no database can be made there.
    bool open(const QString &path, QString *error, QString *notice);
    QString path() const { return m_path; }

    // Stores the batch's events for `appId`; duplicates (same device and id as an event kept)
    // are dropped. Returns how many were new. False with `error` when the disk write failed:
    // nothing of the batch is then kept, in memory or on disk.
    bool add(const QString &appId, const QVector<Tracking::Event> &events, int *added,
             QString *error);

    QStringList apps() const { return m_apps; }
    const QVector<Tracking::Event> &events(const QString &appId) const;
    // Grows with every added event of `appId`: tells a reader its view is stale.
    quint64 revision(const QString &appId) const { return m_revision.value(appId); }
    qsizetype totalEvents() const;

    // The default file, shared by nucleus-devserver and nucleus-dashboard: the user's data
    // location, "nucleus-dev/received-events.sqlite".
    static QString defaultPath();

private:
    static QString key(const QString &appId, const Tracking::Event &e);
    void remember(const QString &appId, const Tracking::Event &e);

    QString m_path;
    QString m_connection; // QSqlDatabase connection name, empty without a file
    QStringList m_apps;   // in the order first seen
    QHash<QString, QVector<Tracking::Event>> m_events;
    QHash<QString, quint64> m_revision;
    QSet<QString> m_ids; // app, device and id of every event with an id
};
