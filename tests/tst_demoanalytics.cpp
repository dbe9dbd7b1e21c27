// The demo server answers /analytics from precomputed look-ups (per-day windows, per-user
// spans). This test counts the same answer directly from the raw sessions, the slow obvious
// way, and compares every field for ranges and offsets that take each path: whole days on and
// off the quarter-hour grid, clipped first and last days, users active before, inside and
// after a range, empty ranges, and the same again after users are deleted.
#include "demoapi.h"
#include "generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

namespace {
using Counts = QMap<QString, qint64>;

struct Expected {
    qint64 users = 0, installs = 0;
    Counts usage, newUsers, activeUsers, nonNewUsers;
    QMap<QString, QVector<qint64>> hours;
    QMap<QString, double> avgSessionDuration;
    Counts platforms, ram, languages, versions, countries;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Counted straight from the raw data set: no index, no prefix sums, sets of users.
Expected countDirectly(const DataSet &data, qint64 start, qint64 end, int utcOffsetMinutes)
{
    auto local = [&](qint64 secs) { return secs - qint64(utcOffsetMinutes) * 60; };
    auto dayKey = [&](qint64 secs) {
        return QDate(1970, 1, 1).addDays(floorDiv(local(secs), 86400)).toString(Qt::ISODate);
    };
    Expected e;
    QMap<QString, QSet<int>> usersOfDay;
    QMap<QString, qint64> durationSum;
    QSet<int> users;
    QSet<std::pair<int, int>> userPlatforms, userVersions;
    for (const DemoSession &s : data.sessions) {
        if (s.start < start || s.start > end || data.isDeleted(s.user))
            continue;
        const QString key = dayKey(s.start);
        ++e.usage[key];
        QVector<qint64> &hours = e.hours[key];
        hours.resize(24);
        ++hours[int(floorDiv(local(s.start), 3600) - floorDiv(local(s.start), 86400) * 24)];
        durationSum[key] += s.end - s.start;
        usersOfDay[key].insert(s.user);
        users.insert(s.user);
        userPlatforms.insert({s.user, s.platform});
        userVersions.insert({s.user, s.version});
    }
    for (auto it = usersOfDay.cbegin(); it != usersOfDay.cend(); ++it) {
        e.activeUsers[it.key()] = it.value().size();
        e.avgSessionDuration[it.key()] = double(durationSum[it.key()]) / e.usage[it.key()];
    }
    e.users = users.size();
    for (int u : users) {
        const DemoUser &user = data.users[u];
        ++e.languages[user.locale];
        ++e.countries[user.country];
        ++e.ram[QString::number(user.ramGb)];
    }
    for (const auto &[user, platform] : userPlatforms)
        ++e.platforms[data.platforms[platform]];
    for (const auto &[user, version] : userVersions)
        ++e.versions[data.versions[version]];
    for (int u = 0; u < data.users.size(); ++u) {
        const qint64 created = data.users[u].createdAt;
        if (!data.isDeleted(u) && created >= start && created <= end) {
            ++e.installs;
            ++e.newUsers[dayKey(created)];
        }
    }
    QSet<QString> days;
    for (const Counts *m : {&e.activeUsers, &e.newUsers})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            days.insert(it.key());
    for (const QString &key : days) {
        if (const qint64 n = e.activeUsers.value(key) - e.newUsers.value(key))
            e.nonNewUsers[key] = n;
    }
    return e;
}

Counts dayCounts(const QJsonObject &object)
{
    Counts out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out[it.key()] = qint64(it.value().toDouble());
    return out;
}

// A breakdown array as counts, checking on the way that it is sorted biggest first.
Counts breakdownCounts(const QJsonArray &rows, bool *sorted)
{
    Counts out;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &row : rows) {
        const qint64 count = qint64(row[QLatin1String("count")].toDouble());
        *sorted = *sorted && count <= previous;
        previous = count;
        out[row[QLatin1String("value")].toString()] = count;
    }
    return out;
}
} // namespace

class TestDemoAnalytics : public QObject {
    Q_OBJECT
private:
    static constexpr qint64 kNow = 1719756000; // 2024-06-30T14:00:00Z
    static constexpr qint64 kDay = 86400;

    static DataSet generated()
    {
        GeneratorOptions g;
        g.users = 400;
        g.days = 120;
        g.seed = 7;
        g.now = kNow;
        return generateDataSet(g);
    }

    static void compareWithDirectCount(DemoApi &api, qint64 start, qint64 end, int offset)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start"), QString::number(start));
        query.addQueryItem(QStringLiteral("end"), QString::number(end));
        query.addQueryItem(QStringLiteral("utcOffset"), QString::number(offset));
        const DemoApi::Reply reply = api.handle(
            "GET", {QStringLiteral("apps"), api.data().appId, QStringLiteral("analytics")}, query);
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        const QJsonObject data =
            QJsonDocument::fromJson(reply.body, &error).object()[QLatin1String("data")].toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Expected e = countDirectly(api.data(), start, end, offset);

        const QJsonObject totals = data[QLatin1String("totalNumbers")].toObject();
        QCOMPARE(qint64(totals[QLatin1String("users")].toDouble()), e.users);
        QCOMPARE(qint64(totals[QLatin1String("installs")].toDouble()), e.installs);
        QCOMPARE(dayCounts(data[QLatin1String("usage")].toObject()), e.usage);
        QCOMPARE(dayCounts(data[QLatin1String("newUsers")].toObject()), e.newUsers);
        QCOMPARE(dayCounts(data[QLatin1String("activeUsers")].toObject()), e.activeUsers);
        QCOMPARE(dayCounts(data[QLatin1String("nonNewUsers")].toObject()), e.nonNewUsers);

        const QJsonObject hours = data[QLatin1String("hours")].toObject();
        QCOMPARE(hours.keys(), QStringList(e.hours.keys()));
        for (auto it = e.hours.cbegin(); it != e.hours.cend(); ++it) {
            QVector<qint64> got;
            for (const QJsonValue &v : hours[it.key()].toArray())
                got.append(qint64(v.toDouble()));
            QCOMPARE(got, it.value());
        }
        const QJsonObject durations = data[QLatin1String("avgSessionDuration")].toObject();
        QCOMPARE(durations.keys(), QStringList(e.avgSessionDuration.keys()));
        for (auto it = e.avgSessionDuration.cbegin(); it != e.avgSessionDuration.cend(); ++it)
            QVERIFY(qFuzzyCompare(durations[it.key()].toDouble(), it.value()));

        const std::pair<const char *, const Counts *> breakdowns[] = {{"platforms", &e.platforms},
                                                                      {"ram", &e.ram},
                                                                      {"languages", &e.languages},
                                                                      {"versions", &e.versions},
                                                                      {"countries", &e.countries}};
        for (const auto &[name, expected] : breakdowns) {
            bool sorted = true;
            QCOMPARE(breakdownCounts(data[QLatin1String(name)].toArray(), &sorted), *expected);
            QVERIFY2(sorted, name);
        }
    }

    // Local midnight `daysAgo` days before kNow's day, in the zone of `offset`.
    static qint64 localMidnight(int daysAgo, int offset)
    {
        const qint64 localNow = kNow - qint64(offset) * 60;
        return floorDiv(localNow, kDay) * kDay - daysAgo * kDay + qint64(offset) * 60;
    }

private slots:
    void matchesADirectCount_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<int>("offset");
        for (int offset : {0, -60, 300, -330, -345, 600, -840, 7, -1}) {
            const QByteArray zone = QByteArray::number(offset);
            QTest::newRow("whole data, whole days " + zone)
                << localMidnight(125, offset) << localMidnight(-1, offset) - 1 << offset;
            QTest::newRow("last 90 days to now " + zone)
                << localMidnight(89, offset) << kNow << offset;
            QTest::newRow("a month in the middle " + zone)
                << localMidnight(70, offset) << localMidnight(40, offset) - 1 << offset;
            QTest::newRow("two days in the middle " + zone)
                << localMidnight(31, offset) << localMidnight(29, offset) - 1 << offset;
        }
        QTest::newRow("365 days to now, clipped ends") << kNow - 365 * kDay + 1 << kNow << -60;
        QTest::newRow("mid-day to mid-day")
            << kNow - 20 * kDay - 4321 << kNow - 3 * kDay + 777 << 0;
        QTest::newRow("one hour") << kNow - 5 * kDay << kNow - 5 * kDay + 3599 << -120;
        QTest::newRow("one second") << kNow - 2 * kDay << kNow - 2 * kDay << 0;
        QTest::newRow("before the data") << kNow - 400 * kDay << kNow - 300 * kDay << 0;
        QTest::newRow("after the data") << kNow + 1 << kNow + 30 * kDay << 0;
    }
    void matchesADirectCount()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(int, offset);
        static DemoApi api(generated(), [] { return kNow; });
        compareWithDirectCount(api, start, end, offset);
    }

    void extremeRangesAreRefusedNotOverflowed()
    {
        DemoApi api(generated(), [] { return kNow; });
        const QString max = QString::number(std::numeric_limits<qint64>::max());
        const QString min = QString::number(std::numeric_limits<qint64>::min());
        const std::pair<QString, QString> ranges[] = {
            {QString::number(std::numeric_limits<qint64>::max() - 100), max},
            {min, QStringLiteral("0")},
            {min, max},
            {QStringLiteral("-5"), QStringLiteral("10")},
            {QStringLiteral("253402300800"), QStringLiteral("253402300900")},
            {QStringLiteral("99999999999999999999"), QStringLiteral("1")}};
        for (const char *path : {"analytics", "events", "errors", "eventsprops"}) {
            for (const auto &[start, end] : ranges) {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("start"), start);
                query.addQueryItem(QStringLiteral("end"), end);
                QStringList segments = {QStringLiteral("apps"), api.data().appId,
                                        QStringLiteral("analytics")};
                if (qstrcmp(path, "analytics") != 0)
                    segments.append(QLatin1String(path));
                const DemoApi::Reply reply = api.handle("GET", segments, query);
                QCOMPARE(reply.status, 400);
                QVERIFY(
                    QJsonDocument::fromJson(reply.body).object().contains(QLatin1String("error")));
            }
        }
        // The last second that is allowed still answers (no data there).
        QUrlQuery last;
        last.addQueryItem(QStringLiteral("start"), QStringLiteral("253402300000"));
        last.addQueryItem(QStringLiteral("end"), QStringLiteral("253402300799"));
        last.addQueryItem(QStringLiteral("utcOffset"), QStringLiteral("-840"));
        QCOMPARE(api.handle("GET",
                            {QStringLiteral("apps"), api.data().appId, QStringLiteral("analytics")},
                            last)
                     .status,
                 200);
    }

    void matchesADirectCountAfterDeletions()
    {
        DemoApi api(generated(), [] { return kNow; });
        const auto &users = api.data().users;
        for (int u : {0, 1, 17, int(users.size()) / 2, int(users.size()) - 1}) {
            const DemoApi::Reply reply = api.handle("DELETE",
                                                    {QStringLiteral("apps"), api.data().appId,
                                                     QStringLiteral("users"), users[u].userId},
                                                    {});
            QCOMPARE(reply.status, 204);
        }
        compareWithDirectCount(api, localMidnight(125, -60), kNow, -60);
        compareWithDirectCount(api, localMidnight(60, 300), localMidnight(30, 300) - 1, 300);
        compareWithDirectCount(api, kNow - 50 * kDay + 99, kNow - 10 * kDay, 7);
    }
};

QTEST_GUILESS_MAIN(TestDemoAnalytics)
#include "tst_demoanalytics.moc"
