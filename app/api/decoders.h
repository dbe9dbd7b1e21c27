#pragma once

#include "api/apitypes.h"
#include "api/result.h"

#include <QByteArray>

// One decoder per Data API V1 endpoint: the only place where its JSON shape is known.
// Each returns the value or an InvalidResponse error whose detail names the JSON path.
namespace Decode {
// Answers are kept with this many spare bytes after their end (ApiCall reserves them), so that
// the streaming reader of big answers (simdjson, which reads a little past the end) reads them
// in place instead of copying them.
constexpr qsizetype kBodyPadding = 64;

Result<QuickGlance> quickGlance(const QByteArray &body);
Result<DailyAnalytics> dailyAnalytics(const QByteArray &body);
Result<DailySeries> events(const QByteArray &body);
Result<QVector<EventProperty>> eventProperties(const QByteArray &body);
Result<Breakdown> eventAttribute(const QByteArray &body);
Result<DailySeries> errors(const QByteArray &body);
Result<UserList> users(const QByteArray &body);
// The same answer, streamed into table rows: no JSON tree, for 100 000 users.
Result<UserRows> userRows(const QByteArray &body);
Result<UserDetails> userDetails(const QByteArray &body);
Result<QVector<Event>> sessionEvents(const QByteArray &body);
Result<QVector<Event>> liveEvents(const QByteArray &body);
Result<OptNumber> liveUsersCount(const QByteArray &body);
Result<QVector<LiveUser>> liveUsers(const QByteArray &body);

namespace detail {
// A count sent as a JSON number: a whole number from 0 to 2^53 (what a double holds exactly),
// or nothing (a count of 1e161 or -3 is not one, and casting it would be undefined behaviour).
std::optional<qint64> wholeCount(double value);
} // namespace detail
} // namespace Decode
