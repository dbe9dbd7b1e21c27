#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF line
// ends; UTF-8. Numbers are written exactly (no exponent, 2^53-1 stays exact, 2589.5 stays
// 2589.5).
namespace Csv {
QByteArray field(const QString &text);
QByteArray row(const QStringList &fields);
QString number(double value);
// Every row of a table model with its horizontal header first; cells from `role` (numbers
// written exactly), falling back to the display text.
QByteArray fromModel(const QAbstractItemModel &model, int valueRole);
} // namespace Csv
