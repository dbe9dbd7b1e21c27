#include "api/decoders.h"
#include "api/jsonreader.h"
#include "api/records.h"

Result<QuickGlance> Decode::quickGlance(const QByteArray &body)
{
    JsonReader r(body);
    const QuickGlance q = Records::quickGlance().read(r.body().at("data"));
    return r.finish(q);
}

Result<DailyAnalytics> Decode::dailyAnalytics(const QByteArray &body)
{
    JsonReader r(body);
    DailyAnalytics a;
    const JsonNode d = r.body().at("data");
    const JsonNode totals = d.at("totalNumbers");
    if (totals.hasObject()) {
        a.totalUsers = totals.at("users").number();
        a.totalInstalls = totals.at("installs").number();
    }
    a.usage = d.at("usage").dayValues();
    a.newUsers = d.at("newUsers").dayValues();
    a.activeUsers = d.at("activeUsers").dayValues();
    a.nonNewUsers = d.at("nonNewUsers").dayValues();
    a.avgSessionDuration = d.at("avgSessionDuration").dayValues();
    const JsonNode hours = d.at("hours");
    hours.forEachMember([&](const QString &key, const JsonNode &values) {
        const auto day = r.dayKey(key, hours.path());
        QVector<Number> list;
        values.forEachElement(
            [&](const JsonNode &value) { list.append(value.number().value_or(0)); });
        if (day)
            a.hours.insert(*day, list);
    });
    a.platforms = d.at("platforms").breakdown();
    a.ram = d.at("ram").breakdown();
    a.languages = d.at("languages").breakdown();
    a.versions = d.at("versions").breakdown();
    a.countries = d.at("countries").breakdown();
    return r.finish(a);
}

Result<DailySeries> Decode::events(const QByteArray &body)
{
    JsonReader r(body);
    DailySeries series = r.body().at("data").dailySeries();
    return r.finish(series);
}

Result<DailySeries> Decode::errors(const QByteArray &body)
{
    // Same shape as events: { "data": { "<error type>": { "<day>": count } } }.
    return events(body);
}

Result<QVector<EventProperty>> Decode::eventProperties(const QByteArray &body)
{
    JsonReader r(body);
    const QVector<EventProperty> out =
        r.body().at("data").objects<EventProperty>([](const JsonNode &item) {
            EventProperty p;
            p.event = item.at("event").string();
            p.keys = item.at("keys").strings();
            p.type = item.at("type").string();
            return p;
        });
    return r.finish(out);
}

Result<Breakdown> Decode::eventAttribute(const QByteArray &body)
{
    JsonReader r(body);
    Breakdown values = r.body().at("data").breakdown();
    return r.finish(values);
}
