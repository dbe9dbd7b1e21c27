#pragma once

#include "testhttpserver.h"

#include <QStringList>

// Answers every Data API path the way a broken or hostile server might (issue #18): the spec's
// example body for that path, mutated at every value (wrong types, odd numbers, long strings,
// invalid UTF-8, NUL, duplicate keys, many rows, a huge unread field, depth 10 000), or a
// transport fault (a cut body, broken gzip, HTML 5xx, 204, a redirect loop, an absurd
// Retry-After, a status line that is not HTTP, a connection closed without an answer).
namespace HostileAnswers {
// Every mode's name, e.g. "wrong-types", "cut-body".
QStringList modes();
// Whether a client may take the mode's answers as valid data (they are JSON of the right shape;
// invalid UTF-8 is read as U+FFFD, as QJsonDocument does); every other mode must end as a
// named failure.
bool mayBeValid(const QString &mode);
// The answer of `mode` to `request`; `specDir` holds spec-<name>.json.
TestHttpServer::Response answer(const QString &mode, const TestHttpServer::Request &request,
                                const QString &specDir);
// The spec example's name that answers `path` (e.g. "users" for /api/v1/apps/a/users).
QString specNameFor(const QByteArray &path);
// The size of the biggest body the mode sends, for memory bounds.
qint64 largestBody(const QString &mode);
} // namespace HostileAnswers
