#pragma once

#include <QString>
#include <QUrl>

// Where a token may be sent: https anywhere, plain http only to this computer (a local demo
// server or an SSH tunnel). product.md §6.
namespace UrlPolicy {
bool isLoopbackHost(const QString &host);
// True when requests with the token may go to `baseUrl`; otherwise `why` says what is wrong.
bool isAllowedBaseUrl(const QUrl &baseUrl, QString *why = nullptr);
} // namespace UrlPolicy
