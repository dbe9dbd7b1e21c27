#include "auth/accountsettings.h"

#include "api/apicall.h"
#include "auth/secretstore.h"
#include "cache/answercache.h"

#include <QSettings>

#include <algorithm>

AccountSettings::AccountSettings() = default;

QVector<Account> AccountSettings::accounts() const
{
    QSettings s;
    QVector<Account> out;
    const int count = s.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        Account a;
        a.server = QUrl(s.value(QStringLiteral("server")).toString());
        const int apps = s.beginReadArray(QStringLiteral("apps"));
        for (int j = 0; j < apps; ++j) {
            s.setArrayIndex(j);
            a.apps.append({s.value(QStringLiteral("id")).toString(),
                           s.value(QStringLiteral("name")).toString()});
        }
        s.endArray();
        if (a.server.isValid() && !a.server.isEmpty())
            out.append(a);
    }
    s.endArray();
    return out;
}

void AccountSettings::save(const QVector<Account> &accounts)
{
    QSettings s;
    s.remove(QStringLiteral("accounts"));
    s.beginWriteArray(QStringLiteral("accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("server"), secretKeyForServer(accounts[i].server));
        s.beginWriteArray(QStringLiteral("apps"), int(accounts[i].apps.size()));
        for (int j = 0; j < accounts[i].apps.size(); ++j) {
            s.setArrayIndex(j);
            s.setValue(QStringLiteral("id"), accounts[i].apps[j].id);
            s.setValue(QStringLiteral("name"), accounts[i].apps[j].name);
        }
        s.endArray();
    }
    s.endArray();
}

std::optional<Account> AccountSettings::account(const QUrl &server) const
{
    const QString key = secretKeyForServer(server);
    for (const Account &a : accounts()) {
        if (secretKeyForServer(a.server) == key)
            return a;
    }
    return std::nullopt;
}

void AccountSettings::addApp(const QUrl &server, const AppEntry &app)
{
    QVector<Account> all = accounts();
    const QString key = secretKeyForServer(server);
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const Account &a) { return secretKeyForServer(a.server) == key; });
    if (it == all.end()) {
        all.append({server, {}});
        it = all.end() - 1;
    }
    auto existing = std::find_if(it->apps.begin(), it->apps.end(),
                                 [&](const AppEntry &e) { return e.id == app.id; });
    if (existing != it->apps.end())
        existing->name = app.name;
    else
        it->apps.append(app);
    save(all);
}

void AccountSettings::removeAccount(const QUrl &server)
{
    QVector<Account> all = accounts();
    const QString key = secretKeyForServer(server);
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Account &a) { return secretKeyForServer(a.server) == key; }),
              all.end());
    save(all);
}

void AccountSettings::removeApp(const QUrl &server, const QString &appId)
{
    QVector<Account> all = accounts();
    const QString key = secretKeyForServer(server);
    for (Account &a : all) {
        if (secretKeyForServer(a.server) == key)
            a.apps.removeIf([&](const AppEntry &e) { return e.id == appId; });
    }
    save(all);
}

QVector<AppEntry> AccountSettings::appsToOffer(const QUrl &server, const QString &openedAppId) const
{
    QVector<AppEntry> apps{{openedAppId, {}}};
    if (const auto saved = account(server)) {
        for (const AppEntry &entry : saved->apps) {
            if (entry.id == openedAppId)
                apps[0].name = entry.name;
            else
                apps.append(entry);
        }
    }
    return apps;
}

QUrl AccountSettings::lastServer() const
{
    return QUrl(QSettings().value(QStringLiteral("last/server")).toString());
}

QString AccountSettings::lastApp() const
{
    return QSettings().value(QStringLiteral("last/app")).toString();
}

void AccountSettings::setLast(const QUrl &server, const QString &appId)
{
    QSettings s;
    s.setValue(QStringLiteral("last/server"), secretKeyForServer(server));
    s.setValue(QStringLiteral("last/app"), appId);
}

QString AccountSettings::timeZone() const
{
    return QSettings().value(QStringLiteral("view/timeZone")).toString();
}

void AccountSettings::setTimeZone(const QString &ianaId)
{
    QSettings().setValue(QStringLiteral("view/timeZone"), ianaId);
}

int AccountSettings::pollIntervalSecs() const
{
    return QSettings().value(QStringLiteral("live/intervalSecs"), 10).toInt();
}

void AccountSettings::setPollIntervalSecs(int secs)
{
    QSettings().setValue(QStringLiteral("live/intervalSecs"), secs);
}

int AccountSettings::timeoutSecs() const
{
    return QSettings().value(QStringLiteral("network/timeoutSecs"), 30).toInt();
}

void AccountSettings::setTimeoutSecs(int secs)
{
    QSettings().setValue(QStringLiteral("network/timeoutSecs"), secs);
}

int AccountSettings::maxAnswerMegabytes() const
{
    const int mb = QSettings()
                       .value(QStringLiteral("network/maxAnswerMegabytes"),
                              int(ApiCall::kMaxAnswerBytes / (1024 * 1024)))
                       .toInt();
    return std::clamp(mb, kMinAnswerMegabytes, kMaxAnswerMegabytes);
}

void AccountSettings::setMaxAnswerMegabytes(int megabytes)
{
    QSettings().setValue(QStringLiteral("network/maxAnswerMegabytes"),
                         std::clamp(megabytes, kMinAnswerMegabytes, kMaxAnswerMegabytes));
}

int AccountSettings::cacheLimitMegabytes() const
{
    const int mb =
        QSettings()
            .value(QStringLiteral("cache/limitMegabytes"), AnswerCache::kDefaultMaxMegabytes)
            .toInt();
    return std::clamp(mb, kMinCacheMegabytes, kMaxCacheMegabytes);
}

void AccountSettings::setCacheLimitMegabytes(int megabytes)
{
    QSettings().setValue(QStringLiteral("cache/limitMegabytes"), megabytes);
}

QString AccountSettings::fileName() const
{
    return QSettings().fileName();
}

void AccountSettings::sync()
{
    QSettings().sync();
}
