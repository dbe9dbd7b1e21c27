#include "isoutc.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace {
QString byQt(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs); // written with "Z", not "+00:00"
}
} // namespace

QString IsoUtc::fromSecs(qint64 secsSinceEpoch)
{
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max() / 1000;
    if (secsSinceEpoch > kLimit || secsSinceEpoch < -kLimit) // no milliseconds count for it
        return byQt(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, QTimeZone::utc()));
    return fromMs(secsSinceEpoch * 1000);
}

QString IsoUtc::fromMs(qint64 msSinceEpoch)
{
    constexpr qint64 kMsPerDay = 86400000;
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00Z
    constexpr qint64 kEnd = 253402300800000;   // 10000-01-01T00:00:00Z
    if (msSinceEpoch < kFirst || msSinceEpoch >= kEnd) {
        return byQt(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
    }
    qint64 days = msSinceEpoch / kMsPerDay;
    qint64 ms = msSinceEpoch % kMsPerDay;
    if (ms < 0) {
        ms += kMsPerDay;
        --days;
    }
    // Days to a civil date (H. Hinnant, "chrono-compatible low-level date algorithms").
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int secs = int(ms / 1000);
    // Every field's range is known here, so fixed-width digits need no formatting library.
    const int fields[] = {year, month, day, secs / 3600, secs / 60 % 60, secs % 60, int(ms % 1000)};
    const int widths[] = {4, 2, 2, 2, 2, 2, 3};
    const char separators[] = {'-', '-', 'T', ':', ':', '.', 'Z'};
    QChar text[24];
    int at = 0;
    for (int f = 0; f < 7; ++f) {
        for (int w = widths[f] - 1, v = fields[f]; w >= 0; --w, v /= 10)
            text[at + w] = QChar(u'0' + v % 10);
        at += widths[f];
        text[at++] = QLatin1Char(separators[f]);
    }
    return QString(text, at);
}
