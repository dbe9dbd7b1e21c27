#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

// A table model that shows times, always in the window's one time zone (DashboardState's),
// which the page owning it passes on. Changing it redraws the rows; nothing is reloaded.
class ZonedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

protected:
    // `t` in the model's zone with a QDateTime pattern; empty for an invalid time.
    QString timeText(const QDateTime &t, const QString &pattern) const;
    // The same for milliseconds since the epoch; empty for 0 (unknown).
    QString timeText(qint64 msSinceEpoch, const QString &pattern) const;

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
