#include "export/csvwriter.h"

#include <QAbstractItemModel>
#include <QLocale>

#include <cmath>

QByteArray Csv::field(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray Csv::row(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += field(fields[i]);
    }
    return line + "\r\n";
}

QString Csv::number(double value)
{
    if (!std::isfinite(value))
        return {};
    if (std::floor(value) == value && std::abs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    // Shortest round-trip text; 'f' keeps it free of exponents.
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return text;
}

QByteArray Csv::fromModel(const QAbstractItemModel &model, int valueRole)
{
    QByteArray out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    out += row(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant value = model.data(index, valueRole);
            if (value.typeId() == QMetaType::Double)
                cells.append(number(value.toDouble()));
            else if (value.isValid())
                cells.append(value.toString());
            else
                cells.append(QString());
        }
        out += row(cells);
    }
    return out;
}
