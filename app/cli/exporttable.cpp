#include "cli/exporttable.h"

#include "export/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray ExportTable::toCsv() const
{
    QByteArray out = Csv::row(header);
    for (const auto &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row) {
            if (cell.typeId() == QMetaType::Double)
                cells.append(Csv::number(cell.toDouble()));
            else
                cells.append(cell.isValid() ? cell.toString() : QString());
        }
        out += Csv::row(cells);
    }
    return out;
}

QByteArray ExportTable::toJson() const
{
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonObject object;
        for (int c = 0; c < header.size() && c < row.size(); ++c) {
            const QVariant &cell = row[c];
            if (cell.typeId() == QMetaType::Double)
                object.insert(header[c], cell.toDouble());
            else if (cell.isValid())
                object.insert(header[c], cell.toString());
            else
                object.insert(header[c], QJsonValue::Null);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
