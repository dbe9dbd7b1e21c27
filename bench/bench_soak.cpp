// Soak (issue #18): the window on a real nucleus-devserver for 30 minutes, as a user who leaves
// it open would use it: the Live page polling at its fastest (every 2 s, the shortest a user
// can set), a page switch every 5 s, a range change every 30 s, the server killed and started
// again on the same address halfway. Resident memory is sampled every 10 s; after a warm-up of
// a tenth of the run the growth must stay under 5 MB, and nothing may crash.
// Run: build/release/bench/bench_soak [path/to/nucleus-devserver] [minutes]
#include "api/apiclient.h"
#include "core/dashboardstate.h"
#include "devserverprocess.h"
#include "mainwindow.h"
#include "pages/livepage.h"
#include "residentmemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
QTextStream out(stdout);

// The median of the samples in [from, to): one slow garbage collection of the allocator does
// not make a trend.
qint64 median(QList<qint64> samples, int from, int to)
{
    samples = samples.mid(from, to - from);
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? -1 : samples.at(samples.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's own settings stay as they are
    const QString program = DevServerProcess::program(argc, argv);
    const double minutes = argc > 2 ? QByteArray(argv[2]).toDouble() : 30.0;
    const qint64 runMs = qint64(minutes * 60000);

    QProcess serverProcess;
    const auto server = DevServerProcess::start(serverProcess, program);
    if (!server) {
        out << "bench_soak: could not start " << program << Qt::endl;
        return 2;
    }
    const QString port = QString::number(server->baseUrl.port());

    ApiClient client;
    client.setBaseUrl(server->baseUrl);
    client.setToken(QString::fromUtf8(server->token));
    DashboardState state;
    state.setApps({{server->appId, QStringLiteral("Soak")}});
    MainWindow window(&client, &state, QStringLiteral("soak"));
    window.resize(1280, 800);
    window.show();
    // The Live page polls on, shown or not, at the shortest interval a user can choose.
    window.livePage()->setKeepPolling(true);
    const auto spins = window.livePage()->findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins)
        if (spin->accessibleName() == QLatin1String("Poll interval"))
            spin->setValue(spin->minimum());

    const QList<int> pages{MainWindow::Overview, MainWindow::Events, MainWindow::Errors,
                           MainWindow::Users, MainWindow::Live};
    const QList<DashboardState::Preset> presets{DashboardState::Preset::Last7Days,
                                                DashboardState::Preset::Last30Days,
                                                DashboardState::Preset::Last90Days};
    int pageStep = 0, presetStep = 0, restarts = 0;
    QTimer pageTimer, rangeTimer, sampleTimer;
    QObject::connect(&pageTimer, &QTimer::timeout, [&] {
        window.showPage(pages.at(++pageStep % pages.size()));
        window.grab(); // painted, as on a screen
    });
    QObject::connect(&rangeTimer, &QTimer::timeout,
                     [&] { state.setPreset(presets.at(++presetStep % presets.size())); });
    QList<qint64> samples;
    QElapsedTimer clock;
    // Each sample is taken twice: as it is, and after glibc handed its free heap back
    // (malloc_trim), which tells memory still held (a leak) from freed memory the allocator
    // keeps for later (fragmentation, arenas).
    QList<qint64> trimmed;
    QObject::connect(&sampleTimer, &QTimer::timeout, [&] {
        samples.append(rssKiB());
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
        trimmed.append(rssKiB());
        out << QStringLiteral("%1 s: %2 MB resident, %3 MB after malloc_trim")
                   .arg(clock.elapsed() / 1000)
                   .arg(samples.last() / 1024.0, 0, 'f', 1)
                   .arg(trimmed.last() / 1024.0, 0, 'f', 1)
            << Qt::endl;
    });
    // Halfway: the server is killed and, 10 s later, started again on the same port.
    QTimer::singleShot(runMs / 2, [&] {
        serverProcess.kill();
        serverProcess.waitForFinished();
        out << "server killed" << Qt::endl;
        QTimer::singleShot(10000, [&] {
            if (DevServerProcess::start(serverProcess, program, {QStringLiteral("--port"), port}))
                ++restarts;
            out << (restarts ? "server started again" : "server did not start again") << Qt::endl;
        });
    });
    QTimer::singleShot(runMs, &app, &QCoreApplication::quit);
    clock.start();
    pageTimer.start(5000);
    rangeTimer.start(30000);
    sampleTimer.start(10000);
    app.exec();

    const int warm = std::max(1, int(samples.size() / 10));
    const int tail = std::max(1, int(samples.size() / 10));
    const auto growth = [&](const QList<qint64> &v) {
        return (median(v, v.size() - tail, v.size()) - median(v, warm, warm + tail)) / 1024.0;
    };
    const double growthMB = growth(samples);
    out << QStringLiteral("soak: %1 min, %2 page switches, %3 range changes, %4 server restart; "
                          "resident after warm-up %5 MB, at the end %6 MB: growth %7 MB "
                          "(goal < 5 MB); after malloc_trim: growth %8 MB")
               .arg(minutes)
               .arg(pageStep)
               .arg(presetStep)
               .arg(restarts)
               .arg(median(samples, warm, warm + tail) / 1024.0, 0, 'f', 1)
               .arg(median(samples, samples.size() - tail, samples.size()) / 1024.0, 0, 'f', 1)
               .arg(growthMB, 0, 'f', 1)
               .arg(growth(trimmed), 0, 'f', 1)
        << Qt::endl;
    serverProcess.kill();
    serverProcess.waitForFinished();
    return growthMB < 5.0 && restarts == 1 ? 0 : 1;
}
