// Analytics pages figures (issue "Analytics pages"):
//  1. Overview load against a demo server answering after 200 ms: time from a range change to
//     every panel drawn, divided by the slowest single request's time (goal <= 1.3: the
//     requests run together, no serial chains).
//  2. Events page with 365 days x 50 events: time to redraw (models, top-N lines, totals
//     table, painting) as a ratio to decoding the same JSON alone.
// Run: QT_QPA_PLATFORM=offscreen build/release/bench/bench_pages
#include "api/apiclient.h"
#include "api/decoders.h"
#include "core/dashboardstate.h"
#include "demoserver.h"
#include "pages/eventspage.h"
#include "pages/overviewpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream out(stdout);

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

template <typename T> double singleRequestMs(std::function<void(ApiClient::Callback<T>)> call)
{
    bool done = false;
    return timeMs([&] {
        call([&done](const Result<T> &) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    });
}

void overviewLoad()
{
    DemoServerHost host;
    QUrl url;
    QString app, token;
    QObject::connect(&host, &DemoServerHost::ready,
                     [&](const QUrl &u, const QString &a, const QString &t) {
                         url = u;
                         app = a;
                         token = t;
                     });
    GeneratorOptions g;
    g.now = QDateTime::currentSecsSinceEpoch();
    DemoServerOptions options;
    options.latencyMs = 200;
    host.start(g, options);
    while (url.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    ApiClient client;
    client.setBaseUrl(url);
    client.setToken(token);
    DashboardState state;
    state.setApps({{app, {}}});
    OverviewPage page(&client, &state);
    page.resize(1280, 2000);
    page.show();
    QSignalSpy settled(&page, &AnalyticsPage::settled);
    state.setPreset(DashboardState::Preset::Last30Days); // warm-up: connections, first paint
    settled.wait(30000);

    QVector<double> loads, paints;
    for (int i = 0; i < 5; ++i) {
        const auto preset =
            i % 2 ? DashboardState::Preset::Last30Days : DashboardState::Preset::Last90Days;
        loads.append(timeMs([&] {
            state.setPreset(preset);
            settled.wait(30000);
            paints.append(timeMs([&] { page.grab(); })); // every panel painted
        }));
    }
    std::sort(paints.begin(), paints.end());
    out << "  (of which painting the whole page: " << paints[2] << " ms)" << Qt::endl;
    std::sort(loads.begin(), loads.end());
    const TimeRange range = state.range();
    double slowest = 0;
    for (int i = 0; i < 3; ++i) {
        slowest = std::max(slowest, singleRequestMs<DailyAnalytics>([&](auto cb) {
                               client.dailyAnalytics(app, range, &page, cb);
                           }));
        slowest = std::max(slowest, singleRequestMs<DailyAnalytics>([&](auto cb) {
                               client.dailyAnalytics(app, range.previous(), &page, cb);
                           }));
        slowest = std::max(slowest, singleRequestMs<QuickGlance>(
                                        [&](auto cb) { client.quickGlance(app, &page, cb); }));
    }
    const double median = loads[loads.size() / 2];
    out << "Overview load with 200 ms server latency: " << median
        << " ms (median of 5), slowest single request " << slowest << " ms: ratio "
        << median / slowest << Qt::endl;
}

void eventsRedraw()
{
    // 50 events x 365 days, as the API would send them.
    const QDate first = QDate::currentDate().addDays(-364);
    QJsonObject data;
    for (int e = 0; e < 50; ++e) {
        QJsonObject days;
        for (int d = 0; d < 365; ++d)
            days.insert(first.addDays(d).toString(Qt::ISODate),
                        double((e * 37 + d * 11) % 500 + e));
        data.insert(QStringLiteral("EVENT_%1").arg(e, 2, 10, QLatin1Char('0')), days);
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);

    ApiClient client;
    DashboardState state;
    state.setCustomDates(first, first.addDays(364));
    EventsPage page(&client, &state);
    page.resize(1280, 900);
    page.show();
    QVector<double> decodes, redraws;
    for (int i = 0; i < 7; ++i) {
        DailySeries decoded;
        decodes.append(timeMs([&] { decoded = Decode::events(body).value(); }));
        redraws.append(timeMs([&] {
            page.showEvents(decoded);
            page.grab();
        }));
    }
    std::sort(decodes.begin(), decodes.end());
    std::sort(redraws.begin(), redraws.end());
    const double decode = decodes[3], redraw = redraws[3];
    out << "Events page, 365 days x 50 events (" << body.size() << " bytes): redraw " << redraw
        << " ms, decode alone " << decode << " ms: ratio " << redraw / decode << Qt::endl;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    overviewLoad();
    eventsRedraw();
    return 0;
}
