#pragma once

#include "auth/secretstore.h"

// Secrets in the OS keychain through QtKeychain: Windows Credential Manager, macOS Keychain,
// Secret Service / KWallet on Linux. No plaintext fallback: QtKeychain's insecure fallback
// stays off, so without a keychain every call answers Unavailable.
class KeychainStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};
