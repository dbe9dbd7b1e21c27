#include "auth/accountresolver.h"

#include "api/urlpolicy.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"

AccountResolver::Choice AccountResolver::resolve(const QString &serverArg, const QString &appArg,
                                                 bool preferLast)
{
    const AccountSettings settings;
    const QUrl last = settings.lastServer();
    const bool useLast = serverArg.isEmpty() && preferLast && last.isValid() && !last.isEmpty();
    Choice choice;
    choice.server = QUrl(!serverArg.isEmpty() ? serverArg
                         : useLast            ? last.toString()
                                              : QString::fromLatin1(kDefaultServer),
                         QUrl::StrictMode);
    QString why;
    if (!UrlPolicy::isAllowedBaseUrl(choice.server, &why)) {
        choice.error = QStringLiteral("--server: %1").arg(why);
        return choice;
    }
    choice.appId = appArg;
    if (choice.appId.isEmpty() && preferLast &&
        secretKeyForServer(choice.server) == secretKeyForServer(last))
        choice.appId = settings.lastApp();
    if (choice.appId.isEmpty()) {
        const auto account = settings.account(choice.server);
        if (account && !account->apps.isEmpty())
            choice.appId = account->apps.first().id;
    }
    return choice;
}
