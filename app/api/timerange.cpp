#include "api/timerange.h"

#include <algorithm>

int jsUtcOffsetMinutes(const QTimeZone &zone, const QDateTime &atUtc)
{
    // offsetFromUtc is local minus UTC in seconds; JavaScript's sign is the opposite.
    return -zone.offsetFromUtc(atUtc) / 60;
}

TimeRange TimeRange::fromLocalDates(QDate from, QDate to, const QTimeZone &zone)
{
    TimeRange r;
    r.zone = zone;
    r.start = QDateTime(from, QTime(0, 0, 0), zone).toSecsSinceEpoch();
    r.end = QDateTime(to, QTime(23, 59, 59), zone).toSecsSinceEpoch();
    return r;
}

TimeRange TimeRange::lastDays(int days, const QDateTime &now, const QTimeZone &zone)
{
    TimeRange r;
    r.zone = zone;
    r.end = now.toSecsSinceEpoch();
    r.start = r.end - qint64(days) * 24 * 3600 + 1;
    return r;
}

TimeRange TimeRange::wholeDaysToToday(int days, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return fromLocalDates(today.addDays(1 - days), today, zone);
}

int TimeRange::utcOffsetMinutes() const
{
    return jsUtcOffsetMinutes(zone, QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc()));
}

QDate TimeRange::localDay(qint64 secs) const
{
    const qint64 local = secs - qint64(utcOffsetMinutes()) * 60;
    return QDateTime::fromSecsSinceEpoch(local, QTimeZone::utc()).date();
}

QVector<QDate> TimeRange::days() const
{
    QVector<QDate> out;
    if (!isValid())
        return out;
    const QDate last = localDay(end);
    // Across a DST change the single offset can put the first hour on the day before; the
    // user asked for days from the start's own local date, so the list starts there.
    const QDate first =
        std::max(localDay(start), QDateTime::fromSecsSinceEpoch(start, zone).date());
    for (QDate d = first; d <= last; d = d.addDays(1))
        out.append(d);
    return out;
}

bool TimeRange::lastDayIsPartial(qint64 now) const
{
    return isValid() && (now <= end || localDay(end + 1) == localDay(end));
}

TimeRange TimeRange::previous() const
{
    TimeRange r = *this;
    const qint64 length = end - start + 1;
    r.end = start - 1;
    r.start = r.end - length + 1;
    return r;
}
