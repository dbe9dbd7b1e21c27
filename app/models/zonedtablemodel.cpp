#include "models/zonedtablemodel.h"

#include <QLocale>

void ZonedTableModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1), {Qt::DisplayRole});
}

QString ZonedTableModel::timeText(const QDateTime &t, const QString &pattern) const
{
    return t.isValid() ? QLocale().toString(t.toTimeZone(m_zone), pattern) : QString();
}

QString ZonedTableModel::timeText(qint64 msSinceEpoch, const QString &pattern) const
{
    if (msSinceEpoch == 0)
        return {};
    return timeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()), pattern);
}
