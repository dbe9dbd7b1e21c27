#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>

// The interval a view asks for: Unix seconds (UTC) of both ends, inclusive, plus the time
// zone whose local days the answer is grouped by.
struct TimeRange {
    qint64 start = 0;
    qint64 end = 0;
    QTimeZone zone = QTimeZone::utc();

    // From 00:00:00 of `from` to 23:59:59 of `to`, local dates in `zone` (product.md §4).
    static TimeRange fromLocalDates(QDate from, QDate to, const QTimeZone &zone);
    // The `days` days ending at `now` (e.g. 30 for the "30 d" preset).
    static TimeRange lastDays(int days, const QDateTime &now, const QTimeZone &zone);
    // `days` whole local days ending with today (today included): the window's presets.
    static TimeRange wholeDaysToToday(int days, const QDateTime &now, const QTimeZone &zone);

    bool isValid() const { return zone.isValid() && end >= start; }

    // The `utcOffset` query value: minutes in JavaScript's Date.getTimezoneOffset()
    // convention, UTC minus local time (UTC-8 gives 480, UTC+2 gives -120). The API takes one
    // offset per request; we use the zone's offset at the range's end, as a browser open "now"
    // would, so the most recent days are exact across a DST change.
    int utcOffsetMinutes() const;
    // Every local day of the range, oldest first: the days of the server's day keys (it buckets
    // with the single offset above), from the start's own local date on.
    QVector<QDate> days() const;
    // True when the last local day's values are only "so far" at `now` (Unix seconds): the
    // range ends before that day does, or that day (the range) is not over yet.
    bool lastDayIsPartial(qint64 now) const;
    // The local day of a Unix time under this range's offset.
    QDate localDay(qint64 secs) const;

    // The range of equal length just before this one (for "compare to previous period").
    TimeRange previous() const;
};

// Minutes in the JavaScript getTimezoneOffset() convention for `zone` at `atUtc`.
int jsUtcOffsetMinutes(const QTimeZone &zone, const QDateTime &atUtc);
