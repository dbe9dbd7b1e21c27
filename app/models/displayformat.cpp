#include "models/displayformat.h"

#include "isoutc.h"

#include <QCoreApplication>
#include <QVector>

#include <cmath>

namespace {

// One piece of a QDateTime pattern: a field ("MMMM", "d", "yyyy") or the literal text
// between two fields (", ", "年", " 'de' ").
struct Piece {
    QString text;
    bool field = false;
};

const QString kFieldLetters = QStringLiteral("dMyHhmsaApPtz");

QVector<Piece> split(const QString &pattern)
{
    QVector<Piece> pieces;
    auto literal = [&pieces](const QString &text) {
        if (!pieces.isEmpty() && !pieces.last().field)
            pieces.last().text += text;
        else
            pieces.append({text, false});
    };
    for (int i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        int end = i + 1;
        if (c == QLatin1Char('\'')) { // quoted literal; '' is a quote
            const int close = pattern.indexOf(QLatin1Char('\''), i + 1);
            end = close < 0 ? pattern.size() : close + 1;
            literal(pattern.mid(i, end - i));
        } else if (kFieldLetters.contains(c)) {
            while (end < pattern.size() && pattern.at(end) == c)
                ++end;
            pieces.append({pattern.mid(i, end - i), true});
        } else {
            literal(c);
        }
        i = end;
    }
    return pieces;
}

// Spaces, punctuation and quoted words only (", ", " 'de' "): a separator a removed last
// field takes with it. An unquoted letter (Japanese 日) belongs to the field before it.
bool isSeparator(const Piece &p)
{
    bool quoted = false;
    for (QChar c : p.text) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c.isLetterOrNumber())
            return false;
    }
    return !p.field;
}

// Removes every field written with `letter` (at least `minWidth` long) with the literal that
// follows it ("dddd, ", "yyyy年"), or, for the last field, the separator before it (", yyyy").
void drop(QVector<Piece> &pieces, QChar letter, int minWidth = 1)
{
    for (int i = 0; i < pieces.size(); ++i) {
        if (!pieces[i].field || pieces[i].text.at(0) != letter || pieces[i].text.size() < minWidth)
            continue;
        if (i + 1 < pieces.size())
            pieces.remove(i + 1);
        else if (i > 0 && isSeparator(pieces[i - 1]))
            pieces.remove(--i);
        pieces.remove(i--);
    }
}

QString join(const QVector<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces)
        out += p.field && p.text == QLatin1String("MMMM") ? QStringLiteral("MMM") : p.text;
    return out.trimmed();
}

// The locale's long date without the weekday (and without the year when asked), the month
// abbreviated: "dddd, MMMM d, yyyy" gives "MMM d, yyyy" or "MMM d".
QString reducedDate(const QLocale &locale, bool keepYear)
{
    QVector<Piece> pieces = split(locale.dateFormat(QLocale::LongFormat));
    drop(pieces, QLatin1Char('d'), 3); // the weekday; the day of the month stays
    if (!keepYear)
        drop(pieces, QLatin1Char('y'));
    return join(pieces);
}

} // namespace

namespace DisplayFormat {

QString shortDatePattern(const QLocale &locale)
{
    return reducedDate(locale, false);
}

QString longDatePattern(const QLocale &locale)
{
    return reducedDate(locale, true);
}

QString timePattern(bool seconds, const QLocale &locale)
{
    // Some locales' short time has seconds (C: "HH:mm:ss"), some not (en_US: "h:mm AP").
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !pattern.contains(QLatin1Char('s')))
        return pattern.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    if (seconds)
        return pattern;
    QVector<Piece> pieces = split(pattern);
    drop(pieces, QLatin1Char('s'));
    return join(pieces);
}

QString shortDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, shortDatePattern(locale));
}

QString longDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, longDatePattern(locale));
}

QString time(QTime time, bool seconds, const QLocale &locale)
{
    return locale.toString(time, timePattern(seconds, locale));
}

QString chartName(const QString &name, int maxChars)
{
    // Only as much as can be shown is looked at: simplified() of 100 KB is itself a cost.
    QString line = name.left(maxChars * 4);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    line = line.simplified();
    if (line.size() <= maxChars && name.size() <= maxChars * 4)
        return line;
    int head = (maxChars - 1) * 2 / 3;
    const int tail = maxChars - 1 - head;
    // Never half a character: an emoji is two UTF-16 units.
    if (head > 0 && head <= line.size() && line.at(head - 1).isHighSurrogate())
        --head;
    // The end comes from the name's own end, not from the part looked at.
    QString end = name.right(tail);
    if (!end.isEmpty() && end.at(0).isLowSurrogate())
        end.remove(0, 1);
    for (QChar &c : end) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return line.left(head) + QChar(0x2026) + end.simplified();
}

QString percent(double value, int decimals, bool sign, const QLocale &locale)
{
    QString number = locale.toString(std::abs(value), 'f', decimals);
    if (sign && value > 0)
        number.prepend(QLatin1Char('+'));
    else if (value < 0)
        number.prepend(QChar(0x2212));
    //: A percentage: %1 is the number, already in the language's digits, decimal mark and
    //: sign. Write the percent sign as the language does ("%1 %" with a space, or "%1%").
    // A space inside a percentage is a no-break one: "+0.1 %" never splits across two lines.
    return QCoreApplication::translate("DisplayFormat", "%1 %")
        .arg(number)
        .replace(QLatin1Char(' '), QChar(0x00a0));
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? isoUtc(t.toMSecsSinceEpoch()) : QString();
}

QString isoUtc(qint64 msSinceEpoch)
{
    return IsoUtc::fromMs(msSinceEpoch);
}

QString dateTime(const QDateTime &t, const QTimeZone &zone, bool seconds, const QLocale &locale)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    return longDate(local.date(), locale) + QLatin1Char(' ') + time(local.time(), seconds, locale);
}

} // namespace DisplayFormat
