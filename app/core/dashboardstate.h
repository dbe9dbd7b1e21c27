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
    // What the API can answer: it groups by local day, so every preset is whole local days
    // (product.md §3). The quick-glance cards alone are "last 24 hours" (/quickglance's own).
    enum class Preset {
        Today,
        Yesterday,
        Last7Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        LastMonth,
        Custom
    };
    struct App {
        QString id;
        QString name; // display name; the id when empty
    };

    explicit DashboardState(QObject *parent = nullptr);

    void setApps(const QVector<App> &apps);
    const QVector<App> &apps() const { return m_apps; }
    // Another account opened in place: its key (the server's origin, "demo" for the demo),
    // its apps and the one shown. Nothing is emitted: the caller refreshes once it has set the
    // client up for that account.
    void setAccount(const QString &key, const QVector<App> &apps, const QString &appId);
    QString accountKey() const { return m_accountKey; }
    // Whose data is shown: account and app (two accounts may both have an app "main").
    QString scope() const { return m_accountKey + QLatin1Char('\n') + m_appId; }
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
    // What the range is compared with: the period of equal length just before it, except
    // for the month presets, which compare with the month before (this month so far: the
    // same days of the month before).
    TimeRange previousRange() const;
    // The inclusive local dates of the range (the Custom dates, or the preset's today).
    QDate firstDay() const;
    QDate lastDay() const;
    // Recomputes the range from the clock ("last 7 days" moves with time) and emits changed.
    void refresh();

    // The clock the presets are computed from (now, or the tests' time).
    QDateTime now() const { return m_clock(); }
    // For tests: the clock the presets are computed from.
    void setClock(std::function<QDateTime()> clock);

    // The presets in the order the range box offers them, with their names.
    static QVector<Preset> presets();
    static QString presetName(Preset preset);

signals:
    void changed();
    void zoneChanged(const QTimeZone &zone); // before changed()

private:
    void recompute();

    QString m_accountKey;
    QVector<App> m_apps;
    QString m_appId;
    Preset m_preset = Preset::Last30Days;
    QDate m_customFrom, m_customTo;
    QDate m_first, m_last; // the range's local days
    QByteArray m_zoneId;   // empty: the system's
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    TimeRange m_range;
    std::function<QDateTime()> m_clock;
};
