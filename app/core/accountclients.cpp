#include "core/accountclients.h"

#include "api/apiclient.h"
#include "auth/secretstore.h"
#include "cache/answercache.h"

#include <QDateTime>
#include <QTimer>

AccountClients::AccountClients(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

AccountClients::~AccountClients() = default;

void AccountClients::setTiming(const ApiCall::Timing &timing)
{
    m_timing = timing;
    for (ApiClient *client : std::as_const(m_clients))
        client->setTiming(timing);
}

void AccountClients::setMaxAnswerBytes(qint64 bytes)
{
    m_maxAnswerBytes = bytes;
    for (ApiClient *client : std::as_const(m_clients))
        client->setMaxAnswerBytes(bytes);
}

void AccountClients::setCache(AnswerCache *cache)
{
    m_cache = cache;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        it.value()->setCache(cache, it.key());
}

ApiClient *AccountClients::make(const QString &account, const QUrl &server, const QString &token)
{
    forget(account);
    m_refused.remove(account);
    auto *client = new ApiClient(this);
    client->setBaseUrl(server);
    client->setToken(token);
    client->setTiming(m_timing);
    client->setMaxAnswerBytes(m_maxAnswerBytes);
    client->setCache(m_cache, account);
    connect(client, &ApiClient::unauthorized, this,
            [this, account] { emit unauthorized(account); });
    m_clients.insert(account, client);
    return client;
}

void AccountClients::setToken(const QString &account, const QUrl &server, const QString &token)
{
    ApiClient *known = m_clients.value(account);
    if (known && known->baseUrl() == server && known->hasToken() && !token.isEmpty()) {
        known->setToken(token); // the same account: calls on their way go on
        return;
    }
    make(account, server, token);
}

void AccountClients::forget(const QString &account)
{
    m_refused.remove(account);
    if (ApiClient *client = m_clients.take(account)) {
        client->cancelAll();
        client->deleteLater();
        emit forgotten(account);
    }
}

bool AccountClients::knows(const QString &account) const
{
    return m_clients.contains(account);
}

void AccountClients::withClient(const QString &account, QObject *context, Ready ready)
{
    QPointer<QObject> guard(context);
    if (m_clients.contains(account)) {
        // The account's client when the answer comes: one forgotten meanwhile is on its way out
        // (deleted later) and calls made on it would never answer; one that replaced it (a new
        // token) is the one to use.
        QTimer::singleShot(0, this, [this, guard, account, ready] {
            if (!guard)
                return;
            ApiClient *current = m_clients.value(account);
            ready(current, current ? QString() : tr("The account was closed."));
        });
        return;
    }
    if (account == demoAccount()) {
        QTimer::singleShot(0, this, [guard, ready] {
            if (guard)
                ready(nullptr, tr("The demo is not running."));
        });
        return;
    }
    const auto refused = m_refused.constFind(account);
    if (refused != m_refused.cend() &&
        QDateTime::currentMSecsSinceEpoch() - refused->at < kRefusalMs) {
        const QString error = refused->error;
        QTimer::singleShot(0, this, [guard, ready, error] {
            if (guard)
                ready(nullptr, error);
        });
        return;
    }
    auto &waiters = m_reading[account];
    waiters.push_back({guard, std::move(ready)});
    if (waiters.size() > 1)
        return; // one keychain read answers all who wait for it
    QPointer<AccountClients> self(this);
    m_keychain->read(account, [this, self, account](const SecretResult &secret) {
        if (!self)
            return;
        const std::vector<Waiter> waiting = m_reading.take(account);
        // A token given meanwhile (the account opened in the window) is the one to use.
        ApiClient *client = m_clients.value(account);
        QString error;
        if (!client && secret.ok() && !secret.secret.isEmpty())
            client = make(account, QUrl(account), secret.secret);
        else if (!client && (secret.status == SecretResult::Status::NotFound || secret.ok()))
            error = tr("No token is stored for %1.").arg(account);
        else if (!client)
            error = tr("The keychain could not be read: %1").arg(secret.message);
        if (!client)
            m_refused.insert(account, {QDateTime::currentMSecsSinceEpoch(), error});
        QPointer<ApiClient> made(client);
        for (const Waiter &waiter : waiting) {
            if (waiter.context)
                waiter.ready(made, error);
        }
    });
}
