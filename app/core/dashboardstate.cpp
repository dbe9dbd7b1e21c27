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

int DashboardState::presetDays(Preset preset)
{
    switch (preset) {
    case Preset::Last24Hours:
        return 1;
    case Preset::Last7Days:
        return 7;
    case Preset::Last30Days:
        return 30;
    case Preset::Last90Days:
        return 90;
    case Preset::Custom:
        break;
    }
    return 0;
}

void DashboardState::recompute()
{
    const QDateTime now = m_clock();
    if (m_preset == Preset::Last24Hours) {
        m_range = TimeRange::lastDays(1, now, m_zone);
    } else if (m_preset == Preset::Custom && m_customFrom.isValid()) {
        m_range = TimeRange::fromLocalDates(m_customFrom, m_customTo, m_zone);
    } else {
        // Whole local days ending today, so every day on the chart is a full day but today.
        const int days = presetDays(m_preset == Preset::Custom ? Preset::Last30Days : m_preset);
        m_range = TimeRange::wholeDaysToToday(days, now, m_zone);
    }
}

void DashboardState::refresh()
{
    recompute();
    emit changed();
}
