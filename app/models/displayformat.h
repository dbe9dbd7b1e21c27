#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// The window's one short and one long way to write a date, and its times, all from the
// locale's own patterns (so a German window writes "28. Nov." and an American "Nov 28").
// Exports never use these: they write ISO 8601.
namespace DisplayFormat {
// Day and month: axes, tooltips' headers, "28 Nov is not over".
QString shortDate(QDate date, const QLocale &locale = QLocale());
// Day, month and year: table cells, "as of" older than today, custom ranges.
QString longDate(QDate date, const QLocale &locale = QLocale());
// Hours and minutes (and seconds when asked) in the locale's clock (24 h or AM/PM).
QString time(QTime time, bool seconds = false, const QLocale &locale = QLocale());
// Long date and time of `t` in `zone`; empty for an invalid time.
QString dateTime(const QDateTime &t, const QTimeZone &zone, bool seconds = false,
                 const QLocale &locale = QLocale());

// A percentage in the locale's digits and its way of writing one ("45.9 %", "45,9 %",
// "45.9%"; the space a no-break one): `decimals` after the point; `sign` writes "+" for a positive
// value and "−" (minus sign) for a negative one, as changes are written.
QString percent(double value, int decimals, bool sign = false, const QLocale &locale = QLocale());

// The one form of a time in exports (CSV from the window and the command line): ISO 8601 in
// UTC with milliseconds, "2026-11-28T07:23:00.000Z"; empty for an invalid time.
QString isoUtc(const QDateTime &t);
// The same for milliseconds since the epoch, written directly: an export of 100 000 users
// writes 200 000 of them, and QDateTime's own ISO writer formats through printf.
QString isoUtc(qint64 msSinceEpoch);

// A name from the data (an event, an error type, a platform, a version) as a chart, legend or
// tooltip shows it: one line, at most `maxChars` characters ("…" in the middle of a longer
// one). Data is anything a server sends: a 100 KB event name laid out as a legend or an axis
// label costs gigabytes, so every chart gets names through this; tables and exports keep them
// whole.
QString chartName(const QString &name, int maxChars = 60);

// The patterns behind the above (QDateTime::toString / QDateEdit::setDisplayFormat).
QString shortDatePattern(const QLocale &locale = QLocale());
QString longDatePattern(const QLocale &locale = QLocale());
QString timePattern(bool seconds = false, const QLocale &locale = QLocale());
} // namespace DisplayFormat
