#include "auth/keychainstore.h"

#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace {
SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Status::Denied;
        break;
    default:
        r.status = SecretResult::Status::Failed;
        break;
    }
    if (!r.ok())
        r.message = job->errorString();
    return r;
}

// Starts a job on the next event-loop turn and reports once; jobs delete themselves.
template <typename J, typename Setup>
void run(const QString &service, QObject *context, Setup setup, SecretStore::Callback done,
         bool wantsSecret)
{
    auto *job = new J(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    setup(job);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), wantsSecret](QKeychain::Job *finished) {
                         SecretResult r = resultOf(finished);
                         if (r.ok() && wantsSecret)
                             r.secret =
                                 static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         done(r);
                     });
    // Not from inside the caller's own callback chain (keychain jobs must not nest).
    QTimer::singleShot(0, job, [job] { job->start(); });
}
} // namespace

QString secretKeyForServer(const QUrl &server)
{
    QUrl u = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    u.setHost(u.host().toLower());
    u.setScheme(u.scheme().toLower());
    return u.toString(QUrl::FullyEncoded);
}

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainStore::read(const QString &key, Callback done)
{
    run<QKeychain::ReadPasswordJob>(
        m_service, this, [key](QKeychain::ReadPasswordJob *job) { job->setKey(key); },
        std::move(done), true);
}

void KeychainStore::write(const QString &key, const QString &secret, Callback done)
{
    run<QKeychain::WritePasswordJob>(
        m_service, this,
        [key, secret](QKeychain::WritePasswordJob *job) {
            job->setKey(key);
            job->setTextData(secret);
        },
        std::move(done), false);
}

void KeychainStore::remove(const QString &key, Callback done)
{
    run<QKeychain::DeletePasswordJob>(
        m_service, this, [key](QKeychain::DeletePasswordJob *job) { job->setKey(key); },
        std::move(done), false);
}
