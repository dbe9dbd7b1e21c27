#include "core/dashboardstate.h"

DashboardState::DashboardState(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    recompute();
}

void DashboardState::setApps(const QVector<App> &apps)
{
    m_apps = apps;
    if (!apps.isEmpty() && m_appId.isEmpty())
        m_appId = apps.first().id;
}

void DashboardState::setAccount(const QString &key, const QVector<App> &apps, const QString &appId)
{
    m_accountKey = key;
    m_apps = apps;
    m_appId = appId.isEmpty() && !apps.isEmpty() ? apps.first().id : appId;
}

void DashboardState::setAppId(const QString &id)
{
    if (id == m_appId)
        return;
    m_appId = id;
    refresh();
}

void DashboardState::setPreset(Preset preset)
{
    m_preset = preset;
    refresh();
}

void DashboardState::setCustomDates(QDate from, QDate to)
{
    if (from > to)
        std::swap(from, to);
    m_customFrom = from;
    m_customTo = to;
    m_preset = Preset::Custom;
    refresh();
}

void DashboardState::setZoneId(const QByteArray &ianaId)
{
    const QTimeZone zone = ianaId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(ianaId);
    if (!zone.isValid() || (ianaId == m_zoneId && zone == m_zone))
        return;
    m_zoneId = ianaId;
    const bool moved = zone != m_zone;
    m_zone = zone;
    emit zoneChanged(m_zone);
    if (moved)
        refresh(); // the days of the range are the new zone's
}

void DashboardState::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    recompute();
}

QVector<DashboardState::Preset> DashboardState::presets()
{
    return {Preset::Today,      Preset::Yesterday, Preset::Last7Days, Preset::Last30Days,
            Preset::Last90Days, Preset::ThisMonth, Preset::LastMonth, Preset::Custom};
}

QString DashboardState::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::Custom:
        break;
    }
    return tr("Custom…");
}

void DashboardState::recompute()
{
    const QDate today = m_clock().toTimeZone(m_zone).date();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (m_preset) {
    case Preset::Today:
        m_first = m_last = today;
        break;
    case Preset::Yesterday:
        m_first = m_last = today.addDays(-1);
        break;
    case Preset::ThisMonth:
        m_first = monthStart;
        m_last = today;
        break;
    case Preset::LastMonth:
        m_first = monthStart.addMonths(-1);
        m_last = monthStart.addDays(-1);
        break;
    case Preset::Custom:
        if (m_customFrom.isValid()) {
            m_first = m_customFrom;
            m_last = m_customTo;
            break;
        }
        [[fallthrough]]; // no dates yet: the default's
    case Preset::Last30Days:
        m_first = today.addDays(-29);
        m_last = today;
        break;
    case Preset::Last7Days:
        m_first = today.addDays(-6);
        m_last = today;
        break;
    case Preset::Last90Days:
        m_first = today.addDays(-89);
        m_last = today;
        break;
    }
    // Whole local days, today's included (so far), so every point on a chart is a full day
    // but today's.
    m_range = TimeRange::fromLocalDates(m_first, m_last, m_zone);
}

TimeRange DashboardState::previousRange() const
{
    switch (m_preset) {
    case Preset::ThisMonth: {
        // The 1st to the same day of the month before (its last day when shorter).
        const QDate from = m_first.addMonths(-1);
        const QDate to(from.year(), from.month(), std::min(m_last.day(), from.daysInMonth()));
        return TimeRange::fromLocalDates(from, to, m_zone);
    }
    case Preset::LastMonth: {
        const QDate from = m_first.addMonths(-1);
        return TimeRange::fromLocalDates(from, m_first.addDays(-1), m_zone);
    }
    default: {
        // The same number of local days just before (in days, not seconds: a 23- or 25-hour
        // day next to it must not add or drop a day).
        const qint64 days = m_first.daysTo(m_last) + 1;
        return TimeRange::fromLocalDates(m_first.addDays(-days), m_first.addDays(-1), m_zone);
    }
    }
}

QDate DashboardState::firstDay() const
{
    return m_first;
}

QDate DashboardState::lastDay() const
{
    return m_last;
}

void DashboardState::refresh()
{
    recompute();
    emit changed();
}
