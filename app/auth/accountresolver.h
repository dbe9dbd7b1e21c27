#pragma once

#include <QString>
#include <QUrl>

// Which account a run opens: one rule for the window and every command.
//  - the server: --server when given; else, when `preferLast`, the account the window showed
//    last; else Nucleus' own server (kDefaultServer);
//  - the app: --app when given; else the last app shown, if that was on this server and
//    `preferLast`; else the first app saved for this server; else none (the caller says so).
namespace AccountResolver {
inline constexpr const char *kDefaultServer = "https://app.nucleus.sh/api/v1";

struct Choice {
    QUrl server;
    QString appId; // empty: no app known for this server
    QString error; // "--server: plain http is only allowed to loopback", or empty
    bool ok() const { return error.isEmpty(); }
};

// `serverArg`, `appArg`: as given on the command line (empty: not given).
Choice resolve(const QString &serverArg, const QString &appArg, bool preferLast);
} // namespace AccountResolver
