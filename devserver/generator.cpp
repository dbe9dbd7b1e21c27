#include "generator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
struct Country {
    const char *code;
    const char *locale;
    int utcOffsetMinutes; // local minus UTC, for the time-of-day cycle
    double weight;
};
const Country kCountries[] = {
    {"US", "en", -360, 30}, {"DE", "de", 60, 12},  {"GB", "en", 0, 8},   {"FR", "fr", 60, 8},
    {"IN", "en", 330, 8},   {"BR", "pt", -180, 6}, {"JP", "ja", 540, 6}, {"CA", "en", -300, 5},
    {"ES", "es", 60, 5},    {"CN", "zh", 480, 5},  {"AU", "en", 600, 4}, {"BG", "bg", 120, 3},
};
constexpr int kCountryCount = int(sizeof(kCountries) / sizeof(kCountries[0]));

struct Platform {
    const char *name;
    const char *osVersions[2];
    double weight;
};
const Platform kPlatforms[] = {
    {"win", {"10.0.19045", "10.0.22631"}, 55},
    {"mac", {"13.6.1", "14.2.1"}, 30},
    {"linux", {"6.1.0", "6.5.0"}, 15},
};

const int kRam[] = {4, 8, 16, 32};
const double kRamWeights[] = {10, 40, 35, 15};
const char *kPlans[] = {"free", "pro", "team"};
const double kPlanWeights[] = {70, 25, 5};

// Relative app starts by local hour: quiet nights, busy working hours.
const double kHourWeights[24] = {1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.0, 2.0, 4.0, 6.0, 7.0, 7.0,
                                 6.0, 7.0, 7.0, 6.0, 5.0, 4.5, 4.0, 4.0, 3.5, 3.0, 2.0, 1.5};

// The release that introduced the error spike (index into versions) and its fix.
const char *kVersions[] = {"1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.3.1"};
const double kReleaseAt[] = {0.0, 0.35, 0.6, 0.85, 0.875}; // fraction of the data set's days
constexpr int kBuggyVersion = 3;

QVector<DemoEventKind> eventKinds()
{
    auto kind = [](const char *name, const char *key, QStringList values) {
        return DemoEventKind{QLatin1String(name), QLatin1String(key), std::move(values)};
    };
    return {
        kind("ITEM_PLAYED", "", {}),
        kind("ITEM_SAVED", "format",
             {QStringLiteral("mp3"), QStringLiteral("flac"), QStringLiteral("wav")}),
        kind("ITEM_CHECKOUT", "plan",
             {QStringLiteral("free"), QStringLiteral("pro"), QStringLiteral("team")}),
        kind("SEARCH", "source",
             {QStringLiteral("toolbar"), QStringLiteral("shortcut"), QStringLiteral("menu")}),
        kind("EXPORT", "format",
             {QStringLiteral("csv"), QStringLiteral("png"), QStringLiteral("pdf")}),
        kind("SETTINGS_OPENED", "", {}),
    };
}
const double kEventWeights[] = {40, 15, 5, 25, 8, 7};
} // namespace

int DemoRandom::weighted(const double *weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double x = uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (x < weights[i])
            return i;
        x -= weights[i];
    }
    return count - 1;
}

quint64 demoHash(quint64 a, quint64 b)
{
    DemoRandom r(a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL));
    return r.next();
}

DataSet generateDataSet(const GeneratorOptions &o)
{
    DataSet ds;
    ds.appId = o.appId;
    ds.appName = o.appName;
    ds.versions.clear();
    for (const char *v : kVersions)
        ds.versions.append(QLatin1String(v));
    ds.eventKinds = eventKinds();
    ds.errorTypes = {QStringLiteral("uncaughtException"), QStringLiteral("unhandledRejection"),
                     QStringLiteral("NetworkError"), QStringLiteral("DiskFullError")};
    const double errorWeightsNormal[] = {40, 35, 20, 5};
    const double errorWeightsSpike[] = {80, 15, 4, 1}; // the buggy release crashes

    const int days = std::max(1, o.days);
    const qint64 dayZero = (o.now / 86400 - days + 1) * 86400; // UTC midnight, first day
    qint64 releaseAt[5];
    for (int v = 0; v < 5; ++v)
        releaseAt[v] = dayZero + qint64(kReleaseAt[v] * days * 86400);

    const qint64 spikeFrom = o.recentErrorSpikeHours > 0
                                 ? o.now - qint64(o.recentErrorSpikeHours) * 3600
                                 : std::numeric_limits<qint64>::max();

    DemoRandom rng(o.seed);
    ds.users.reserve(o.users);
    ds.sessions.reserve(qsizetype(o.users) * 36);
    ds.events.reserve(qsizetype(o.users) * 80);

    double countryWeights[kCountryCount];
    for (int i = 0; i < kCountryCount; ++i)
        countryWeights[i] = kCountries[i].weight;
    const double platformWeights[] = {kPlatforms[0].weight, kPlatforms[1].weight,
                                      kPlatforms[2].weight};

    for (int u = 0; u < o.users; ++u) {
        DemoUser user;
        user.userId = QStringLiteral("user-%1").arg(u + 1, 6, 10, QLatin1Char('0'));
        user.dbId = QStringLiteral("%1").arg(demoHash(o.seed, u) & 0xffffffffffffULL, 12, 16,
                                             QLatin1Char('0'));
        const Country &country = kCountries[rng.weighted(countryWeights, kCountryCount)];
        user.country = QLatin1String(country.code);
        user.locale = QLatin1String(country.locale);
        user.plan = QLatin1String(kPlans[rng.weighted(kPlanWeights, 3)]);
        user.ramGb = kRam[rng.weighted(kRamWeights, 4)];
        const Platform &platform = kPlatforms[rng.weighted(platformWeights, 3)];
        const int deviceCount = rng.uniform() < 0.15 ? 2 : 1;
        for (int d = 0; d < deviceCount; ++d) {
            // Each device's OS version is one of its own platform's (never macOS 10.0.22631).
            const Platform &device = d == 0 ? platform : kPlatforms[rng.below(3)];
            user.devices.append(
                {QStringLiteral("%1").arg(demoHash(o.seed + 7, u * 4 + d) & 0xffffffffffULL, 10, 16,
                                          QLatin1Char('0')),
                 QLatin1String(device.name), QLatin1String(device.osVersions[rng.below(2)])});
        }
        // Installs grow over time: more recent days get more new users.
        const double growth = o.installGrowth > 0 ? o.installGrowth : 1.0;
        const int installDay =
            std::min(days - 1, int(days * std::pow(rng.uniform(), 1.0 / growth)));
        const double loyalty = rng.uniform() < 0.2 ? 0.3 : 0.0;
        const double updateLagSecs = -std::log(1.0 - rng.uniform()) * 3.0 * 86400;
        const qint64 tz = qint64(country.utcOffsetMinutes) * 60;

        bool first = true;
        for (int day = installDay; day < days; ++day) {
            const qint64 localMidnight = dayZero + qint64(day) * 86400 - tz;
            // 1970-01-01 was a Thursday: ISO weekday 1 (Monday) .. 7 (Sunday).
            const int weekday = int((dayZero / 86400 + day + 3) % 7) + 1;
            const double weekend = weekday >= 6 ? 0.55 : 1.0;
            const double p =
                (0.55 * std::exp(-(day - installDay) / 18.0) + 0.07 + loyalty) * weekend;
            if (!first && rng.uniform() >= p)
                continue;
            const int sessionCount =
                1 + (rng.uniform() < 0.35 ? 1 : 0) + (rng.uniform() < 0.1 ? 1 : 0);
            for (int k = 0; k < sessionCount; ++k) {
                DemoSession s;
                s.user = ds.users.size(); // the index this user gets below
                s.device = quint8(rng.below(deviceCount));
                s.start = localMidnight + rng.weighted(kHourWeights, 24) * 3600 + rng.below(3600);
                if (first) {
                    s.start = std::max(s.start, dayZero);
                    user.createdAt = s.start;
                }
                if (s.start > o.now)
                    continue;
                s.end =
                    std::min(o.now, s.start + 30 + qint64(-std::log(1.0 - rng.uniform()) * 1500));
                int version = 0;
                for (int v = 0; v < 5; ++v) {
                    if (releaseAt[v] <= s.start &&
                        (releaseAt[v] + qint64(updateLagSecs) <= s.start || first))
                        version = v;
                }
                s.version = quint8(version);
                const int index = ds.sessions.size();
                ds.sessions.append(s);
                first = false;

                const int customCount = int(-std::log(1.0 - rng.uniform()) * 2.5);
                for (int e = 0; e < customCount; ++e) {
                    DemoEvent ev;
                    ev.session = index;
                    ev.kind = DemoEvent::Custom;
                    ev.name = quint8(rng.weighted(kEventWeights, 6));
                    ev.time = s.start + qint64(rng.uniform() * (s.end - s.start));
                    const auto &kind = ds.eventKinds[ev.name];
                    ev.propValue =
                        kind.propKey.isEmpty() ? -1 : qint8(rng.below(kind.propValues.size()));
                    ds.events.append(ev);
                }
                const bool crashing = version == kBuggyVersion || s.start > spikeFrom;
                const double errorRate = crashing ? 0.45 : 0.04;
                while (rng.uniform() < errorRate) {
                    DemoEvent ev;
                    ev.session = index;
                    ev.kind = DemoEvent::Error;
                    ev.name =
                        quint8(rng.weighted(crashing ? errorWeightsSpike : errorWeightsNormal, 4));
                    ev.time = s.start + qint64(rng.uniform() * (s.end - s.start));
                    ds.events.append(ev);
                }
            }
            if (first)
                break;
        }
        if (!first) // a user whose install would fall after "now" does not exist yet
            ds.users.append(user);
    }
    ds.finalize();
    return ds;
}

QVector<GeneratorOptions> demoAppProfiles(int count, qint64 now, const QString &firstAppId)
{
    QVector<GeneratorOptions> apps;
    for (int i = 0; i < count; ++i) {
        GeneratorOptions app;
        app.now = now;
        app.seed = quint64(i + 1);
        switch (i) {
        case 0: // big, growing steadily: the demo's app since the first version
            break;
        case 1: // small, and growing fast
            app.appId = QStringLiteral("demo-notes");
            app.appName = QStringLiteral("Pocket Notes");
            app.users = 900;
            app.installGrowth = 4.0;
            break;
        case 2: // mid-sized and steady, crashing since a release 20 hours ago
            app.appId = QStringLiteral("demo-sync");
            app.appName = QStringLiteral("Sync Agent");
            app.users = 1500;
            app.installGrowth = 1.0;
            app.recentErrorSpikeHours = 20;
            break;
        default:
            app.appId = QStringLiteral("demo-app-%1").arg(i + 1);
            app.appName = QStringLiteral("Demo app %1").arg(i + 1);
            app.users = 600;
            break;
        }
        apps.append(app);
    }
    if (!apps.isEmpty() && !firstAppId.isEmpty())
        apps.first().appId = firstAppId;
    return apps;
}
