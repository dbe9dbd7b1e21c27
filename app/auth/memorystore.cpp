#include "auth/memorystore.h"

#include <QTimer>

void MemoryStore::later(Callback done, SecretResult result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemoryStore::read(const QString &key, Callback done)
{
    SecretResult r;
    if (m_secrets.contains(key))
        r.secret = m_secrets.value(key);
    else
        r.status = SecretResult::Status::NotFound;
    later(std::move(done), r);
}

void MemoryStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    later(std::move(done), {});
}

void MemoryStore::remove(const QString &key, Callback done)
{
    SecretResult r;
    if (!m_secrets.remove(key))
        r.status = SecretResult::Status::NotFound;
    later(std::move(done), r);
}
