#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;
class AnswerStore;

// The answer cache of product.md §7: the raw body of every successful GET the window receives,
// in an SQLite file (Qt SQL, QSQLITE) per account and app, keyed by the request (path and
// query, so endpoint, range and zone). Raw bodies rather than decoded structs: the decoders
// stay the one place that reads the API, a file written by another version is read by this
// version's decoders, and nothing needs a serialisation of its own.
//
// What it never holds: the token (keys are the server's origin, the app id and the request
// path; bodies are answers). The file is the user's only (0600), bounded in size (oldest
// answers dropped first), emptied for an account on logout or removal, and loses a user's
// answers when the user is deleted. A corrupt, foreign or locked file is set aside (renamed
// next to it) and a fresh one started: never a crash, never a lost setting.
//
// All SQLite work runs on a thread of its own: the UI thread never waits for the disk. Every
// call returns at once; answers come back through callbacks on the caller's thread (if
// `context` still exists).
class AnswerCache : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QByteArray body;
        QDateTime received; // UTC
    };
    using Found = std::function<void(const std::optional<Entry> &)>;

    // `path`: the SQLite file (created with its folder); see defaultPath().
    enum class Access {
        ReadWrite, // the window's: creates the file, sets an unusable one aside
        ReadOnly,  // `export --cached`: reads the window's file, never changes or moves it
    };
    explicit AnswerCache(const QString &path, qint64 maxBytes = kDefaultMaxBytes,
                         Access access = Access::ReadWrite, QObject *parent = nullptr);
    ~AnswerCache() override;

    static QString defaultPath(); // in QStandardPaths::CacheLocation
    static constexpr qint64 kMegabyte = 1024 * 1024;
    static constexpr int kDefaultMaxMegabytes = 200; // product.md §7
    static constexpr qint64 kDefaultMaxBytes = kDefaultMaxMegabytes * kMegabyte;

    void put(const QString &account, const QString &app, const QString &request,
             const QByteArray &body, const QDateTime &received);
    void get(const QString &account, const QString &app, const QString &request, QObject *context,
             Found found);
    void removeAccount(const QString &account);
    // Drops the app's answers whose request `matches` (a deleted user's own requests and the
    // users list that names them). `matches` runs on the cache's thread.
    void removeRequests(const QString &account, const QString &app,
                        std::function<bool(const QString &request)> matches);
    void setMaxBytes(qint64 maxBytes);
    void clear(); // every account's answers (Settings' "Empty")
    // How many bytes the kept answers take, told to `done` on the caller's thread.
    void usedBytes(QObject *context, std::function<void(qint64)> done);

    // Waits until everything asked so far is done (for tests and for a clean exit).
    void flush();
    // Files set aside because they could not be used (for tests and the log).
    QStringList setAside() const;

private:
    QThread *m_thread;
    AnswerStore *m_store; // lives on m_thread
};
