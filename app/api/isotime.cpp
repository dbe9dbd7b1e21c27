#include "api/isotime.h"

#include <QDateTime>

namespace {
// Days since 1970-01-01 of a civil date (H. Hinnant, "chrono-compatible low-level date
// algorithms").
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

char16_t unitOf(QChar c)
{
    return c.unicode();
}

char16_t unitOf(uchar c)
{
    return c;
}

// One reading for UTF-16 and UTF-8 text: the form is ASCII, so a code unit is compared as
// is (a non-ASCII unit or byte never equals a digit or a separator).
template <typename Text> qint64 parseStrictForm(const Text &s)
{
    const qsizetype n = s.size();
    auto unit = [&](qsizetype at) { return unitOf(s[at]); };
    auto digits = [&](qsizetype at, int count, int *value) {
        if (at + count > n)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = unit(at + i);
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (n < 19 || !digits(0, 4, &year) || unit(4) != u'-' || !digits(5, 2, &month) ||
        unit(7) != u'-' || !digits(8, 2, &day) || unit(10) != u'T' || !digits(11, 2, &hour) ||
        unit(13) != u':' || !digits(14, 2, &minute) || unit(16) != u':' || !digits(17, 2, &second))
        return -1;
    // A real calendar day of a year from 1, no leap second: what QDateTime reads.
    static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
        (month == 2 && day == 29 && !leap) || hour > 23 || minute > 59 || second > 59)
        return -1;
    qsizetype at = 19;
    int millis = 0;
    if (at < n && unit(at) == u'.') {
        ++at;
        // At most three digits, exact. QDateTime rounds a longer fraction, and Qt versions
        // differ at the top (6.4 reads ".9996" as the next second): such a time is left to it.
        int count = 0;
        while (at < n && unit(at) >= u'0' && unit(at) <= u'9' && count < 4) {
            millis = millis * 10 + (unit(at) - u'0');
            ++count;
            ++at;
        }
        if (count == 0 || count > 3)
            return -1;
        static const int kScale[] = {0, 100, 10, 1};
        millis *= kScale[count];
    }
    int offsetMinutes = 0;
    if (at < n && unit(at) == u'Z') {
        ++at;
    } else if (at < n && (unit(at) == u'+' || unit(at) == u'-')) {
        const int sign = unit(at) == u'-' ? -1 : 1;
        int oh, om;
        if (!digits(at + 1, 2, &oh) || at + 3 >= n || unit(at + 3) != u':' ||
            !digits(at + 4, 2, &om))
            return -1;
        if (om > 59 || oh * 60 + om > 14 * 60) // the widest zone on Earth is 14 h
            return -1;
        offsetMinutes = sign * (oh * 60 + om);
        at += 6;
    } else {
        return -1; // no zone: local time, which the API never sends; QDateTime decides
    }
    if (at != n)
        return -1;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs =
        days * 86400 + hour * 3600 + minute * 60 + second - qint64(offsetMinutes) * 60;
    return secs * 1000 + millis;
}

std::optional<qint64> parseOtherForms(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}
} // namespace

qint64 IsoTime::parseStrict(QStringView text)
{
    return parseStrictForm(text);
}

qint64 IsoTime::parseStrict(QByteArrayView utf8)
{
    // Bytes as unsigned: a UTF-8 lead byte must not read as a negative char.
    struct Bytes {
        QByteArrayView v;
        qsizetype size() const { return v.size(); }
        uchar operator[](qsizetype i) const { return uchar(v[i]); }
    };
    return parseStrictForm(Bytes{utf8});
}

std::optional<qint64> IsoTime::parse(QStringView text)
{
    const qint64 ms = parseStrict(text);
    if (ms != -1)
        return ms;
    return parseOtherForms(text.toString());
}

std::optional<qint64> IsoTime::parse(QByteArrayView utf8)
{
    const qint64 ms = parseStrict(utf8);
    if (ms != -1)
        return ms;
    return parseOtherForms(QString::fromUtf8(utf8));
}
