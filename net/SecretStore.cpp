#include <net/SecretStore.h>

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace
{
SecretResult resultOf(QKeychain::Job* job, const Secret& secret)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.secret = secret;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what every "no keychain here" situation reports on Linux
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Unavailable;
        result.error = QObject::tr("The system keychain is not available (%1). TenantScope keeps passwords only "
                                   "in the keychain, so nothing was stored; unlock or install one (Secret Service, "
                                   "Keychain, Credential Manager).")
                           .arg(job->errorString());
        return result;
    default:
        result.status = SecretResult::Status::Error;
        result.error = job->errorString();
        return result;
    }
}

template <typename JobType, typename Configure, typename Extract>
QFuture<SecretResult> runJob(const QString& service, Configure configure, Extract extract)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    configure(job);
    QObject::connect(job, &QKeychain::Job::finished, [promise, extract](QKeychain::Job* finished) {
        promise->addResult(resultOf(finished, extract(finished)));
        promise->finish();
    });
    job->start();
    return promise->future();
}
} // namespace

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::profileKey(const QString& profile, const QString& kind)
{
    return QStringLiteral("profile/%1/%2").arg(profile, kind);
}

QFuture<SecretResult> SecretStore::read(const QString& key)
{
    return runJob<QKeychain::ReadPasswordJob>(
        m_service,
        [key](QKeychain::ReadPasswordJob* job) { job->setKey(key); },
        [](QKeychain::Job* job) {
            // The UTF-8 bytes as stored (textData() would make a QString copy first).
            return SecretBuffer::copyOf(static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData());
        });
}

QFuture<SecretResult> SecretStore::write(const QString& key, const QString& secret)
{
    return runJob<QKeychain::WritePasswordJob>(
        m_service,
        [key, secret](QKeychain::WritePasswordJob* job) {
            job->setKey(key);
            job->setTextData(secret);
        },
        [](QKeychain::Job*) { return Secret(); });
}

QFuture<SecretResult> SecretStore::remove(const QString& key)
{
    return runJob<QKeychain::DeletePasswordJob>(
        m_service,
        [key](QKeychain::DeletePasswordJob* job) { job->setKey(key); },
        [](QKeychain::Job*) { return Secret(); });
}
