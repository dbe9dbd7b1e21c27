#include "api/urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::isAllowedBaseUrl(const QUrl &baseUrl, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return refuse(QCoreApplication::translate("UrlPolicy", "not a valid server address"));
    if (!baseUrl.userInfo().isEmpty())
        return refuse(QCoreApplication::translate(
            "UrlPolicy", "the address must not contain a user name or password"));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(baseUrl.host()))
        return true;
    if (scheme == QLatin1String("http"))
        return refuse(QCoreApplication::translate("UrlPolicy",
                                                  "plain http:// is only allowed for this "
                                                  "computer; use https://"));
    return refuse(
        QCoreApplication::translate("UrlPolicy", "unsupported scheme \"%1\"").arg(scheme));
}
