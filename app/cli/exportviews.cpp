#include "cli/exportviews.h"

#include "api/records.h"
#include "models/dayseriesmodel.h"
#include "models/displayformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace {
QVariant text(const QString &value)
{
    return value;
}

// A record's exported value as a cell: times in ISO 8601 (UTC), an event's data as JSON.
QVariant cell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return ExportViews::isoTime(value.toDateTime());
    case QMetaType::QVariantMap:
        return ExportViews::compactJson(value.toMap());
    default:
        return value;
    }
}

// One row per record, one cell per named field.
template <typename Record>
ExportTable recordTable(const RecordFields<Record> &fields, const QVector<Record> &records,
                        const QStringList &columns)
{
    QVector<typename RecordFields<Record>::Value> values;
    for (const QString &column : columns)
        values.append(fields.exported(column));
    ExportTable t;
    t.header = columns;
    t.rows.reserve(records.size());
    for (const Record &record : records) {
        QVector<QVariant> row;
        row.reserve(values.size());
        for (const auto &value : std::as_const(values))
            row.append(cell(value(record)));
        t.rows.append(row);
    }
    return t;
}
} // namespace

QVariant ExportViews::isoTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(DisplayFormat::isoUtc(time)) : QVariant();
}

QString ExportViews::compactJson(const QVariantMap &map)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

ExportTable ExportViews::quickGlance(const QuickGlance &q)
{
    ExportTable t;
    t.header = {QStringLiteral("metric"), QStringLiteral("current"), QStringLiteral("previous")};
    t.rows = {
        {text(QStringLiteral("users")), variantOf(q.users), variantOf(q.previousUsers)},
        {text(QStringLiteral("installs")), variantOf(q.installs), variantOf(q.previousInstalls)},
        {text(QStringLiteral("appStarts")), variantOf(q.appStarts), variantOf(q.previousAppStarts)},
        {text(QStringLiteral("errors")), variantOf(q.errors), variantOf(q.previousErrors)}};
    return t;
}

ExportTable ExportViews::usage(const DailyAnalytics &a, const TimeRange &range)
{
    ExportTable t;
    t.header = {QStringLiteral("date"),        QStringLiteral("usage"),
                QStringLiteral("newUsers"),    QStringLiteral("activeUsers"),
                QStringLiteral("nonNewUsers"), QStringLiteral("avgSessionDuration")};
    const QVector<QDate> days = range.days();
    const auto usage = valuesForDays(a.usage, days, MissingDay::Zero);
    const auto fresh = valuesForDays(a.newUsers, days, MissingDay::Zero);
    const auto active = valuesForDays(a.activeUsers, days, MissingDay::Zero);
    const auto nonNew = valuesForDays(a.nonNewUsers, days, MissingDay::Zero);
    const auto duration = valuesForDays(a.avgSessionDuration, days, MissingDay::NoData);
    for (int i = 0; i < days.size(); ++i) {
        t.rows.append({text(days[i].toString(Qt::ISODate)), variantOf(usage[i]),
                       variantOf(fresh[i]), variantOf(active[i]), variantOf(nonNew[i]),
                       variantOf(duration[i])});
    }
    return t;
}

ExportTable ExportViews::breakdown(const Breakdown &rows)
{
    ExportTable t;
    t.header = {QStringLiteral("value"), QStringLiteral("count")};
    for (const ValueCount &row : rows)
        t.rows.append({text(row.value), row.count});
    return t;
}

ExportTable ExportViews::dailySeries(const DailySeries &series, const TimeRange &range,
                                     const QString &nameColumn)
{
    ExportTable t;
    t.header = {nameColumn, QStringLiteral("date"), QStringLiteral("count")};
    const QVector<QDate> days = range.days();
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const auto values = valuesForDays(it.value(), days, MissingDay::Zero);
        for (int i = 0; i < days.size(); ++i)
            t.rows.append(
                {text(it.key()), text(days[i].toString(Qt::ISODate)), variantOf(values[i])});
    }
    return t;
}

ExportTable ExportViews::eventProperties(const QVector<EventProperty> &properties)
{
    ExportTable t;
    t.header = {QStringLiteral("event"), QStringLiteral("key"), QStringLiteral("type")};
    for (const EventProperty &p : properties) {
        for (const QString &key : p.keys)
            t.rows.append({text(p.event), text(key), text(p.type)});
    }
    return t;
}

ExportTable ExportViews::users(const UserRows &page)
{
    ExportTable t;
    t.header = {QStringLiteral("userId"),  QStringLiteral("createdAt"), QStringLiteral("lastSeen"),
                QStringLiteral("devices"), QStringLiteral("platform"),  QStringLiteral("country"),
                QStringLiteral("locale")};
    const auto time = [](qint64 ms) {
        return ms ? QVariant(DisplayFormat::isoUtc(ms)) : QVariant();
    };
    t.rows.reserve(page.rows.size());
    for (const UserRow &u : page.rows) {
        t.rows.append({text(u.userId), time(u.createdMs), time(u.lastSeenMs), double(u.devices),
                       text(u.platforms), text(u.country), text(u.locale)});
    }
    return t;
}

ExportTable ExportViews::userSessions(const UserDetails &details)
{
    return recordTable(Records::session(), details.sessions,
                       {QStringLiteral("session"), QStringLiteral("device"),
                        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("actions"),
                        QStringLiteral("errors")});
}

ExportTable ExportViews::sessionEvents(const QVector<Event> &events)
{
    return recordTable(Records::event(), events,
                       {QStringLiteral("time"), QStringLiteral("type"), QStringLiteral("platform"),
                        QStringLiteral("version"), QStringLiteral("country"),
                        QStringLiteral("data")});
}

ExportTable ExportViews::liveCount(const OptNumber &count)
{
    ExportTable t;
    t.header = {QStringLiteral("count")};
    t.rows.append({variantOf(count)});
    return t;
}

ExportTable ExportViews::liveUsers(const QVector<LiveUser> &users)
{
    return recordTable(Records::liveUser(), users,
                       {QStringLiteral("userId"), QStringLiteral("deviceId"),
                        QStringLiteral("platform"), QStringLiteral("osVersion"),
                        QStringLiteral("country"), QStringLiteral("lastSeen")});
}

ExportTable ExportViews::liveEvents(const QVector<Event> &events)
{
    return recordTable(Records::event(), events,
                       {QStringLiteral("time"), QStringLiteral("type"), QStringLiteral("userId"),
                        QStringLiteral("platform"), QStringLiteral("data")});
}
