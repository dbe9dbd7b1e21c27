#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// The one reader of the times the API sends (ISO 8601), for every decoder.
namespace IsoTime {
// Unix milliseconds of "yyyy-MM-ddTHH:mm:ss[.f|.ff|.fff](Z|+hh:mm|-hh:mm)", the form the API
// sends, read without allocating; -1 when the text is not exactly that form. What it accepts,
// QDateTime reads as the same instant (the fuzz stage holds the two to it).
qint64 parseStrict(QStringView text);
qint64 parseStrict(QByteArrayView utf8);

// Any ISO 8601 time: the strict form first (fast), else what QDateTime reads with
// Qt::ISODateWithMs (other forms a server might send). Nothing when neither reads it.
std::optional<qint64> parse(QStringView text);
std::optional<qint64> parse(QByteArrayView utf8);
} // namespace IsoTime
