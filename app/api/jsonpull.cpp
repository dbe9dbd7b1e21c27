#include "api/jsonpull.h"

#include <cstdlib>
#include <cstring>

JsonPull::JsonPull(const QByteArray &data)
    : m_data(data.constData())
    , m_size(data.size())
{}

void JsonPull::fail()
{
    m_failed = true;
}

void JsonPull::skipWhiteSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

char JsonPull::peek()
{
    skipWhiteSpace();
    return !m_failed && m_pos < m_size ? m_data[m_pos] : 0;
}

bool JsonPull::atEnd()
{
    skipWhiteSpace();
    return m_pos >= m_size;
}

bool JsonPull::consume(char c)
{
    if (peek() != c) {
        fail();
        return false;
    }
    ++m_pos;
    if (c == '{' || c == '[')
        m_first.append('1');
    return true;
}

bool JsonPull::nextKey(QByteArray *key)
{
    if (m_failed || m_first.isEmpty())
        return false;
    if (peek() == '}') {
        ++m_pos;
        m_first.chop(1);
        return false;
    }
    if (m_first.back() == '0' && !consume(',')) // after the first member, a comma
        return false;
    m_first.back() = '0';
    if (peek() != '"' || !readStringBytes(key) || !consume(':')) {
        fail();
        return false;
    }
    return true;
}

bool JsonPull::nextElement()
{
    if (m_failed || m_first.isEmpty())
        return false;
    if (peek() == ']') {
        ++m_pos;
        m_first.chop(1);
        return false;
    }
    if (m_first.back() == '0' && !consume(','))
        return false;
    m_first.back() = '0';
    return true;
}

namespace {
void appendUtf8(QByteArray *out, uint cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

bool JsonPull::readStringBytes(QByteArray *out)
{
    if (peek() != '"') {
        fail();
        return false;
    }
    ++m_pos;
    const qsizetype start = m_pos;
    // Fast path: no escapes.
    while (m_pos < m_size && m_data[m_pos] != '"' && m_data[m_pos] != '\\') {
        if (static_cast<unsigned char>(m_data[m_pos]) < 0x20) {
            fail(); // raw control characters are not JSON
            return false;
        }
        ++m_pos;
    }
    if (m_pos < m_size && m_data[m_pos] == '"') {
        if (out)
            *out = QByteArray(m_data + start, m_pos - start);
        ++m_pos;
        return true;
    }
    QByteArray text(m_data + start, m_pos - start);
    while (m_pos < m_size && m_data[m_pos] != '"') {
        const char c = m_data[m_pos++];
        if (c != '\\') {
            if (static_cast<unsigned char>(c) < 0x20) {
                fail();
                return false;
            }
            text.append(c);
            continue;
        }
        if (m_pos >= m_size)
            break;
        const char e = m_data[m_pos++];
        switch (e) {
        case '"':
            text.append('"');
            break;
        case '\\':
            text.append('\\');
            break;
        case '/':
            text.append('/');
            break;
        case 'b':
            text.append('\b');
            break;
        case 'f':
            text.append('\f');
            break;
        case 'n':
            text.append('\n');
            break;
        case 'r':
            text.append('\r');
            break;
        case 't':
            text.append('\t');
            break;
        case 'u': {
            auto hex4 = [this](uint *value) {
                if (m_pos + 4 > m_size)
                    return false;
                uint v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_data[m_pos + i]);
                    if (h < 0)
                        return false;
                    v = v * 16 + uint(h);
                }
                m_pos += 4;
                *value = v;
                return true;
            };
            uint cp = 0;
            if (!hex4(&cp)) {
                fail();
                return false;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 1 < m_size && m_data[m_pos] == '\\' &&
                m_data[m_pos + 1] == 'u') {
                m_pos += 2;
                uint low = 0;
                if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF) {
                    fail();
                    return false;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(&text, cp);
            break;
        }
        default:
            fail();
            return false;
        }
    }
    if (m_pos >= m_size) {
        fail();
        return false;
    }
    ++m_pos; // the closing quote
    if (out)
        *out = text;
    return true;
}

bool JsonPull::readString(QString *out)
{
    QByteArray bytes;
    if (!readStringBytes(out ? &bytes : nullptr))
        return false;
    if (out)
        *out = QString::fromUtf8(bytes);
    return true;
}

bool JsonPull::readNumber(double *out)
{
    skipWhiteSpace();
    const qsizetype start = m_pos;
    if (m_pos < m_size && m_data[m_pos] == '-')
        ++m_pos;
    while (m_pos < m_size && ((m_data[m_pos] >= '0' && m_data[m_pos] <= '9') ||
                              m_data[m_pos] == '.' || m_data[m_pos] == 'e' ||
                              m_data[m_pos] == 'E' || m_data[m_pos] == '+' || m_data[m_pos] == '-'))
        ++m_pos;
    if (m_pos == start) {
        fail();
        return false;
    }
    const QByteArray text(m_data + start, m_pos - start);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        fail();
        return false;
    }
    if (out)
        *out = value;
    return true;
}

bool JsonPull::readNull()
{
    if (peek() != 'n' || m_pos + 4 > m_size || std::memcmp(m_data + m_pos, "null", 4) != 0) {
        fail();
        return false;
    }
    m_pos += 4;
    return true;
}

bool JsonPull::skipValue(int depth)
{
    if (depth > 64) { // nothing we read nests this deep: refuse rather than recurse on
        fail();
        return false;
    }
    switch (peek()) {
    case '{': {
        beginObject();
        QByteArray key;
        while (nextKey(&key)) {
            if (!skipValue(depth + 1))
                return false;
        }
        return !m_failed;
    }
    case '[':
        beginArray();
        while (nextElement()) {
            if (!skipValue(depth + 1))
                return false;
        }
        return !m_failed;
    case '"':
        return readStringBytes(nullptr);
    case 't':
    case 'f': {
        const char *word = peek() == 't' ? "true" : "false";
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_pos + n > m_size || std::memcmp(m_data + m_pos, word, size_t(n)) != 0) {
            fail();
            return false;
        }
        m_pos += n;
        return true;
    }
    case 'n':
        return readNull();
    case 0:
        fail();
        return false;
    default:
        return readNumber(nullptr);
    }
}

namespace {
// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}
} // namespace

qint64 parseIsoMillis(const QString &s)
{
    const qsizetype n = s.size();
    auto digits = [&](qsizetype at, int count, int *value) {
        if (at + count > n)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = s[at + i];
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            v = v * 10 + (c.unicode() - '0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (n < 19 || !digits(0, 4, &year) || s[4] != QLatin1Char('-') || !digits(5, 2, &month) ||
        s[7] != QLatin1Char('-') || !digits(8, 2, &day) || s[10] != QLatin1Char('T') ||
        !digits(11, 2, &hour) || s[13] != QLatin1Char(':') || !digits(14, 2, &minute) ||
        s[16] != QLatin1Char(':') || !digits(17, 2, &second))
        return -1;
    // What QDateTime reads as the same instant, and nothing else (the fuzz stage holds the two
    // readers to it): a real calendar day of a year from 1, no leap second.
    static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
        (month == 2 && day == 29 && !leap) || hour > 23 || minute > 59 || second > 59)
        return -1;
    qsizetype at = 19;
    int millis = 0;
    if (at < n && s[at] == QLatin1Char('.')) {
        ++at;
        int scale = 100, count = 0;
        while (at < n && s[at] >= QLatin1Char('0') && s[at] <= QLatin1Char('9')) {
            if (count < 3)
                millis += (s[at].unicode() - '0') * scale;
            scale /= 10;
            ++count;
            ++at;
        }
        if (count == 0)
            return -1;
    }
    int offsetMinutes = 0;
    if (at < n && s[at] == QLatin1Char('Z')) {
        ++at;
    } else if (at < n && (s[at] == QLatin1Char('+') || s[at] == QLatin1Char('-'))) {
        const int sign = s[at] == QLatin1Char('-') ? -1 : 1;
        int oh, om;
        if (!digits(at + 1, 2, &oh) || at + 3 >= n || s[at + 3] != QLatin1Char(':') ||
            !digits(at + 4, 2, &om))
            return -1;
        if (om > 59 || oh * 60 + om > 14 * 60) // the widest zone on Earth is 14 h
            return -1;
        offsetMinutes = sign * (oh * 60 + om);
        at += 6;
    } else {
        return -1; // no zone: local time, which the API never sends; let Qt decide
    }
    if (at != n)
        return -1;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs =
        days * 86400 + hour * 3600 + minute * 60 + second - qint64(offsetMinutes) * 60;
    return secs * 1000 + millis;
}
