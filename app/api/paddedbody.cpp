#include "api/paddedbody.h"

#include "api/decoders.h"

#include <cstring>

namespace {
// The UTF-16 unit of four hex digits at `p`, or -1.
int hexUnit(const char *p)
{
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHigh(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLow(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

bool SimdjsonInput::errorMayBeValidJson(simdjson::error_code error)
{
    if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE ||
        error == simdjson::STRING_ERROR)
        return true;
    // simdjson 3.12 names integers beyond 64 bits an error of their own (BIGINT_ERROR), which
    // 3.0 does not have: known by its message, so that this builds against both.
    return std::strstr(simdjson::error_message(error), "nteger") != nullptr;
}

QByteArray SimdjsonInput::readableCopy(const QByteArray &body)
{
    const char *b = body.constData();
    const qsizetype n = body.size();
    QByteArray out;
    out.reserve(n + 64 + Decode::kBodyPadding); // read in place afterwards
    bool changed = false;
    bool inString = false;
    for (qsizetype i = 0; i < n;) {
        const char c = b[i];
        if (inString) {
            if (c == '\\' && i + 1 < n) {
                const int unit = b[i + 1] == 'u' && i + 6 <= n ? hexUnit(b + i + 2) : -1;
                if (isHigh(unit) && i + 12 <= n && b[i + 6] == '\\' && b[i + 7] == 'u' &&
                    isLow(hexUnit(b + i + 8))) {
                    out.append(b + i, 12); // a whole pair
                    i += 12;
                } else if (isHigh(unit) || isLow(unit)) {
                    out.append("\\ufffd");
                    changed = true;
                    i += 6;
                } else {
                    out.append(b + i, 2); // any other escape, judged by simdjson
                    i += 2;
                }
                continue;
            }
            inString = c != '"';
            out.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            ++i;
            continue;
        }
        if (c == '-' || isDigit(c)) {
            qsizetype j = c == '-' ? i + 1 : i;
            const qsizetype digitsFrom = j;
            while (j < n && isDigit(b[j]))
                ++j;
            out.append(b + i, j - i);
            const bool integer = j >= n || (b[j] != '.' && b[j] != 'e' && b[j] != 'E');
            if (integer && j - digitsFrom >= 19 && b[digitsFrom] != '0') {
                out.append(".0");
                changed = true;
            }
            i = j;
            continue;
        }
        out.append(c);
        ++i;
    }
    return changed ? out : QByteArray();
}
