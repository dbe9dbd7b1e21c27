#pragma once

#include "dataset.h"

// Builds a deterministic synthetic DataSet shaped like a real desktop app: installs growing over
// time, retention decay, weekday and time-of-day cycles in each user's own time zone, version
// roll-outs with per-user update lag, platform/country/language/RAM mixes, custom events with
// properties, and an error spike on one release until its fix rolls out.
struct GeneratorOptions {
    int users = 5000;
    int days = 180;
    quint64 seed = 1;
    qint64 now = 0; // the data set ends here (Unix seconds)
    QString appId = QStringLiteral("demo-app");
    QString appName = QStringLiteral("Demo Studio"); // a label for the dashboard, not API data
    // How installs grow: a new user's install day is days × u^(1/installGrowth) for a uniform
    // u, so 1 is a steady app, 2 one that grows, 4 one that grows fast.
    double installGrowth = 2.0;
    // Errors of the last this-many hours come at a crash's rate (0: no recent spike), so an
    // app's last 24 h can show an error spike that an alert rule catches.
    int recentErrorSpikeHours = 0;
};

DataSet generateDataSet(const GeneratorOptions &options);

// The apps of the built-in demo (`--demo`, `nucleus-devserver --apps N`), each with its own
// size and shape: a big app growing steadily ("demo-app", the one app of earlier versions), a
// small one growing fast, and one with an error spike in the last 24 hours; more than three
// repeat small apps with other seeds. All end at `now`.
QVector<GeneratorOptions> demoAppProfiles(int count, qint64 now, const QString &firstAppId = {});

// A small, fast, platform-independent PRNG (splitmix64): the same seed gives the same data set
// on every compiler, unlike std:: distributions.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }
    // Index picked with the given relative weights.
    int weighted(const double *weights, int count);

private:
    quint64 m_state;
};

quint64 demoHash(quint64 a, quint64 b);
