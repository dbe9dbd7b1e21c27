#include "models/zonedtablemodel.h"

#include "models/displayformat.h"

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

QString ZonedTableModel::timeText(const QDateTime &t, TimeStyle style) const
{
    if (!t.isValid())
        return {};
    if (style == TimeStyle::Clock)
        return DisplayFormat::time(t.toTimeZone(m_zone).time(), true);
    return DisplayFormat::dateTime(t, m_zone, style == TimeStyle::DateTimeSeconds);
}

QVariant ZonedTableModel::isoValue(const QDateTime &t)
{
    return DisplayFormat::isoUtc(t);
}

QString ZonedTableModel::timeText(qint64 msSinceEpoch, TimeStyle style) const
{
    if (msSinceEpoch == 0)
        return {};
    return timeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()), style);
}
