#pragma once

#include "auth/secretstore.h"

#include <QHash>

// Secrets in memory, for this run only: tests, and the fallback when no keychain exists (the
// user is told the token will not be remembered). Answers asynchronously like the keychain.
class MemoryStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    void later(Callback done, SecretResult result);
    QHash<QString, QString> m_secrets;
};
