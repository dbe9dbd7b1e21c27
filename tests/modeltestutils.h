#pragma once

#include <QAbstractItemModel>
#include <QStringList>

// A whole table as text, one line per row ("header" first), cells joined by " | ", so that a
// test can compare complete tables at once.
inline QStringList modelToStrings(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QStringLiteral(" | ")));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.data(model.index(r, c), role).toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}
