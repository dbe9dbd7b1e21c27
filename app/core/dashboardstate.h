#pragma once

#include "api/timerange.h"

#include <QObject>
#include <QTimeZone>
#include <QVector>

#include <functional>

// What every analytics page shows: which app, which range, which time zone. Pages reload when
// it changes; the range is recomputed from the clock on every change and on refresh().
class DashboardState : public QObject {
    Q_OBJECT
public:
    enum class Preset { Last24Hours, Last7Days, Last30Days, Last90Days, Custom };
    struct App {
        QString id;
        QString name; // display name; the id when empty
    };

    explicit DashboardState(QObject *parent = nullptr);

    void setApps(const QVector<App> &apps);
    const QVector<App> &apps() const { return m_apps; }
    void setAppId(const QString &id);
    QString appId() const { return m_appId; }

    void setPreset(Preset preset);
    Preset preset() const { return m_preset; }
    // Inclusive local dates; also switches to the Custom preset.
    void setCustomDates(QDate from, QDate to);
    // The window's one time zone: every day, date and time shown (charts, tables, users,
    // sessions, live, "updated") is in it. The toolbar and Settings show and edit this value;
    // the GUI keeps it as the time-zone setting. An empty id follows the system's zone.
    void setZoneId(const QByteArray &ianaId);
    QByteArray zoneId() const { return m_zoneId; }
    void setZone(const QTimeZone &zone) { setZoneId(zone.id()); }
    QTimeZone zone() const { return m_zone; }

    TimeRange range() const { return m_range; }
    // Recomputes the range from the clock ("last 7 days" moves with time) and emits changed.
    void refresh();

    // The clock the presets are computed from (now, or the tests' time).
    QDateTime now() const { return m_clock(); }
    // For tests: the clock the presets are computed from.
    void setClock(std::function<QDateTime()> clock);

    static int presetDays(Preset preset);

signals:
    void changed();
    void zoneChanged(const QTimeZone &zone); // before changed()

private:
    void recompute();

    QVector<App> m_apps;
    QString m_appId;
    Preset m_preset = Preset::Last30Days;
    QDate m_customFrom, m_customTo;
    QByteArray m_zoneId; // empty: the system's
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    TimeRange m_range;
    std::function<QDateTime()> m_clock;
};
