#include "api/decoders.h"
#include "api/jsonreader.h"

namespace {
const QString kData = QStringLiteral("data");

QString at(const QString &key)
{
    return JsonReader::join(kData, key);
}
} // namespace

Result<QuickGlance> Decode::quickGlance(const QByteArray &body)
{
    JsonReader r(body);
    QuickGlance q;
    const QJsonObject d = r.object(r.data(), kData).value_or(QJsonObject{});
    auto num = [&](const char *key) {
        const QString k = QLatin1String(key);
        return r.number(d.value(k), at(k));
    };
    q.users = num("users");
    q.installs = num("installs");
    q.appStarts = num("appStarts");
    q.errors = num("errors");
    q.previousUsers = num("previousUsers");
    q.previousInstalls = num("previousInstalls");
    q.previousAppStarts = num("previousAppStarts");
    q.previousErrors = num("previousErrors");
    return r.finish(q);
}

Result<DailyAnalytics> Decode::dailyAnalytics(const QByteArray &body)
{
    JsonReader r(body);
    DailyAnalytics a;
    const QJsonObject d = r.object(r.data(), kData).value_or(QJsonObject{});
    auto field = [&](const char *key) { return d.value(QLatin1String(key)); };

    const QString totalsAt = at(QStringLiteral("totalNumbers"));
    if (const auto totals = r.object(field("totalNumbers"), totalsAt)) {
        a.totalUsers = r.number(totals->value(QLatin1String("users")),
                                JsonReader::join(totalsAt, QStringLiteral("users")));
        a.totalInstalls = r.number(totals->value(QLatin1String("installs")),
                                   JsonReader::join(totalsAt, QStringLiteral("installs")));
    }
    a.usage = r.dayValues(field("usage"), at(QStringLiteral("usage")));
    a.newUsers = r.dayValues(field("newUsers"), at(QStringLiteral("newUsers")));
    a.activeUsers = r.dayValues(field("activeUsers"), at(QStringLiteral("activeUsers")));
    a.nonNewUsers = r.dayValues(field("nonNewUsers"), at(QStringLiteral("nonNewUsers")));
    a.avgSessionDuration =
        r.dayValues(field("avgSessionDuration"), at(QStringLiteral("avgSessionDuration")));

    const QString hoursAt = at(QStringLiteral("hours"));
    if (const auto hours = r.object(field("hours"), hoursAt)) {
        for (auto it = hours->constBegin(); it != hours->constEnd() && !r.failed(); ++it) {
            const QString dayAt = JsonReader::join(hoursAt, it.key());
            const auto day = r.dayKey(it.key(), hoursAt);
            const auto values = r.array(it.value(), dayAt).value_or(QJsonArray{});
            QVector<Number> list;
            list.reserve(values.size());
            for (qsizetype i = 0; i < values.size(); ++i)
                list.append(r.number(values.at(i), JsonReader::join(dayAt, i)).value_or(0));
            if (day)
                a.hours.insert(*day, list);
        }
    }
    a.platforms = r.breakdown(field("platforms"), at(QStringLiteral("platforms")));
    a.ram = r.breakdown(field("ram"), at(QStringLiteral("ram")));
    a.languages = r.breakdown(field("languages"), at(QStringLiteral("languages")));
    a.versions = r.breakdown(field("versions"), at(QStringLiteral("versions")));
    a.countries = r.breakdown(field("countries"), at(QStringLiteral("countries")));
    return r.finish(a);
}

Result<DailySeries> Decode::events(const QByteArray &body)
{
    JsonReader r(body);
    DailySeries series = r.dailySeries(r.data(), kData);
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
    QVector<EventProperty> out;
    const QJsonArray items = r.array(r.data(), kData).value_or(QJsonArray{});
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString itemAt = JsonReader::join(kData, i);
        const auto obj = r.object(items.at(i), itemAt);
        if (!obj)
            continue;
        EventProperty p;
        p.event = r.string(obj->value(QLatin1String("event")),
                           JsonReader::join(itemAt, QStringLiteral("event")));
        p.keys = r.strings(obj->value(QLatin1String("keys")),
                           JsonReader::join(itemAt, QStringLiteral("keys")));
        p.type = r.string(obj->value(QLatin1String("type")),
                          JsonReader::join(itemAt, QStringLiteral("type")));
        out.append(p);
    }
    return r.finish(out);
}

Result<Breakdown> Decode::eventAttribute(const QByteArray &body)
{
    JsonReader r(body);
    Breakdown values = r.breakdown(r.data(), kData);
    return r.finish(values);
}
