#pragma once

#include "api/apitypes.h"
#include "api/timerange.h"
#include "cli/exporttable.h"

// The export views of product.md §4: decoded API values to the documented columns. Per-day
// views have every day of the range (missing counts 0, missing durations empty).
namespace ExportViews {
ExportTable quickGlance(const QuickGlance &q);
ExportTable usage(const DailyAnalytics &a, const TimeRange &range);
ExportTable breakdown(const Breakdown &rows);
ExportTable dailySeries(const DailySeries &series, const TimeRange &range,
                        const QString &nameColumn);
ExportTable eventProperties(const QVector<EventProperty> &properties);
// The rows the Users page reads too (Decode::userRows, the streaming /users reader).
ExportTable users(const UserRows &page);
ExportTable userSessions(const UserDetails &details);
ExportTable sessionEvents(const QVector<Event> &events);
ExportTable liveCount(const OptNumber &count);
ExportTable liveUsers(const QVector<LiveUser> &users);
ExportTable liveEvents(const QVector<Event> &events);

// ISO-8601 in UTC with milliseconds ("2021-03-23T06:51:38.633Z"); invalid when absent.
QVariant isoTime(const QDateTime &time);
// Compact JSON of an event's data object.
QString compactJson(const QVariantMap &map);
} // namespace ExportViews
