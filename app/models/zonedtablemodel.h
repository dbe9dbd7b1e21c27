#pragma once

#include "models/tablemodel.h"

#include <QDateTime>
#include <QTimeZone>

// A table model that shows times, always in the window's one time zone (DashboardState's),
// which the page owning it passes on. Changing it redraws the rows; nothing is reloaded.
class ZonedTableModel : public TableModel {
    Q_OBJECT
public:
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // How a time cell reads: the window's long date and time (DisplayFormat), with seconds,
    // or the time of day alone (the live lists, which only hold the last minutes).
    enum class TimeStyle { DateTime, DateTimeSeconds, Clock };

protected:
    using TableModel::TableModel;
    // `t` in the model's zone; empty for an invalid time.
    QString timeText(const QDateTime &t, TimeStyle style) const;
    // The same for milliseconds since the epoch; empty for 0 (unknown).
    QString timeText(qint64 msSinceEpoch, TimeStyle style) const;
    // A time's ValueRole: ISO 8601 in UTC, which sorts and exports the same in every zone;
    // empty for an invalid time.
    static QVariant isoValue(const QDateTime &t);

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
