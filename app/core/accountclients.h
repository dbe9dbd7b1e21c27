#pragma once

#include "api/apicall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class AnswerCache;
class ApiClient;
class SecretStore;

// One API client per account, for whatever looks at many apps at once (the All-apps page,
// alert checks): each with its own token, read from the keychain once when first needed, or
// given (the account the window has open, NUCLEUS_TOKEN, the demo's made-up token). Accounts
// are named by their key: the server's keychain key (secretKeyForServer), or "demo".
class AccountClients : public QObject {
    Q_OBJECT
public:
    static QString demoAccount() { return QStringLiteral("demo"); }

    explicit AccountClients(SecretStore *keychain, QObject *parent = nullptr);
    ~AccountClients() override;

    void setTiming(const ApiCall::Timing &timing);
    void setMaxAnswerBytes(qint64 bytes);
    // Answers are kept (and drawn first) under each account's key; none: not kept.
    void setCache(AnswerCache *cache);
    // An account whose token is known: no keychain read for it.
    void setToken(const QString &account, const QUrl &server, const QString &token);
    // Forgets a client (its account was removed, or its token replaced in the keychain): its
    // calls on their way are cancelled, and forgotten() tells whoever waits for them.
    void forget(const QString &account);
    bool knows(const QString &account) const;

    // The client of `account`, later (never from inside this call), unless `context` is gone
    // by then: with its token, or null and one sentence why (`noToken`: no token is stored, or
    // the keychain could not be read).
    using Ready = std::function<void(ApiClient *client, const QString &error)>;
    void withClient(const QString &account, QObject *context, Ready ready);

signals:
    // A client got 401: its token is wrong or revoked.
    void unauthorized(const QString &account);
    // The client of `account` is gone with its calls (they will not answer).
    void forgotten(const QString &account);

private:
    ApiClient *make(const QString &account, const QUrl &server, const QString &token);

    SecretStore *m_keychain;
    QPointer<AnswerCache> m_cache;
    ApiCall::Timing m_timing;
    qint64 m_maxAnswerBytes = ApiCall::kMaxAnswerBytes;
    QHash<QString, ApiClient *> m_clients; // owned (children)
    struct Waiter {
        QPointer<QObject> context;
        Ready ready;
    };
    QHash<QString, std::vector<Waiter>> m_reading; // keychain reads on their way
    // A keychain read that gave no token is not asked again for a while: every poll would
    // otherwise read it again (and a keychain may ask the user each time).
    struct Refusal {
        qint64 at = 0; // msecs since epoch
        QString error;
    };
    QHash<QString, Refusal> m_refused;
    static constexpr qint64 kRefusalMs = 5 * 60 * 1000;
};
