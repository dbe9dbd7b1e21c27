#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where API tokens live: the operating system's keychain (KeychainStore) or, in tests and when
// no keychain exists, memory for this run only (MemoryStore). Never a file of ours.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // no token stored yet: not an error
        Unavailable, // no keychain on this system (no Secret Service, no D-Bus)
        Denied,      // the user or the system refused access
        Failed,      // anything else; the message says what
    };
    Status status = Status::Ok;
    QString secret; // the token, for reads
    QString message;

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    // Each calls back exactly once, later (never from inside the call).
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // True when secrets outlive this run.
    virtual bool isPersistent() const = 0;
};

// The keychain entry name of a server: scheme, host, port and path, lower-case host, no
// trailing slash, never a query or user info ("https://app.nucleus.sh/api/v1").
QString secretKeyForServer(const QUrl &server);
