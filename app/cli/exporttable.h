#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>
#include <QVector>

// What `export` writes: a header and rows of cells. A cell is a double (written exactly), a
// string, or invalid (empty in CSV, null in JSON).
struct ExportTable {
    QStringList header;
    QVector<QVector<QVariant>> rows;

    QByteArray toCsv() const;
    // The same rows as an array of objects keyed by the header.
    QByteArray toJson() const;
};
