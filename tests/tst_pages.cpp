// The analytics pages headless against the demo server over real HTTP: what the charts hold
// after loading, an injected failure with Retry, and a range switched mid-flight.
#include "api/apiclient.h"
#include "appearance.h"
#include "appswitcher.h"
#include "charts/breakdownchart.h"
#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "charts/daylinechart.h"
#include "charts/stackeddaychart.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "errorbanner.h"
#include "ink.h"
#include "mainwindow.h"
#include "models/displayformat.h"
#include "named.h"
#include "pages/appspage.h"
#include "pages/errorspage.h"
#include "pages/eventspage.h"
#include "pages/overviewpage.h"
#include "pages/userspage.h"
#include "panel.h"
#include "quickglancepanel.h"
#include "rangebox.h"
#include "signalwait.h"
#include "statusnotice.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialog>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestPages : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    DemoServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;

    // The days of `line` drawn with a dot on it, as the chart is painted now: around the day's
    // point, a disc of the colour drawn there (a line of 2 px covers under half of it; where a
    // dashed line has a gap, the background shows, which is no dot). Only the plot counts: a
    // point on its edge (a day of 0) is drawn cut there.
    static QVector<int> daysWithDot(DayLineChart *chart, int line, int days)
    {
        if (!QTest::qWaitFor([chart] { return chart->chart()->plotArea().width() > 0; }))
            return {};
        const QImage image = chart->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const QColor background = mostCommonColour(image);
        const QChartView *view = chart->findChild<QChartView *>();
        const QRect inView =
            view->mapFromScene(chart->chart()->mapToScene(chart->chart()->plotArea()))
                .boundingRect();
        const QRect plot(view->viewport()->mapTo(chart, inView.topLeft()) * dpr,
                         inView.size() * dpr);
        QVector<int> dotted;
        for (int row = 0; row < days; ++row) {
            const QPoint at = chart->pointPosition(line, row) * dpr;
            if (at.isNull() || inkShare(image, at, 0, background) > 0)
                continue;
            if (inkShare(image, at, int(3 * dpr), image.pixelColor(at), plot) > 0.8)
                dotted.append(row);
        }
        return dotted;
    }

    static QColor mostCommonColour(const QImage &image)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                ++counts[image.pixel(x, y)];
        QRgb most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > counts.value(most))
                most = it.key();
        return QColor::fromRgb(most);
    }

    // The values of the property shown in the Events page's breakdown, sorted.
    static QStringList attributeValues(const EventsPage *page)
    {
        QStringList values;
        for (const ValueCount &vc : page->attributeModel().rows())
            values.append(vc.value);
        values.sort();
        return values;
    }
    const QStringList kExportFormats{QStringLiteral("csv"), QStringLiteral("pdf"),
                                     QStringLiteral("png")}; // the demo's EXPORT "format" values

    bool waitSettled(AnalyticsPage *page, bool *ok = nullptr)
    {
        return waitForOutcome(page, &AnalyticsPage::settled, ok);
    }

    // Axis labels (text items of the charts' scenes) that QtCharts cut to "…".
    static QStringList elidedAxisLabels(QWidget *page)
    {
        QStringList elided;
        const auto views = page->findChildren<QChartView *>();
        for (QChartView *view : views) {
            const auto items = view->scene()->items();
            for (QGraphicsItem *item : items) {
                auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                // QtCharts cuts with "..." (Qt 6.4) or "…".
                if (text && text->isVisible() &&
                    (text->toPlainText().contains(QChar(0x2026)) ||
                     text->toPlainText().contains(QLatin1String("..."))))
                    elided.append(text->toPlainText());
            }
        }
        return elided;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings of our own
    void init()
    {
        QVERIFY(m_demo.start(600, 120, QStringLiteral("pages-token"),
                             QDateTime::currentSecsSinceEpoch()));
        m_server = m_demo.server.get();
        m_client = m_demo.client.get();
        m_state = std::make_unique<DashboardState>();
        m_state->setApps({{m_server->appId(), QStringLiteral("Demo")}});
        m_state->setZone(QTimeZone("Europe/Berlin"));
        m_window = std::make_unique<MainWindow>(m_client, m_state.get(), QStringLiteral("test"));
        m_window->showPage(MainWindow::Overview); // the page most tests look at
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_state.reset();
        m_demo.stop();
    }

    void overviewChartsHoldEveryDay()
    {
        OverviewPage *page = named<OverviewPage>(m_window, "overviewPage");
        m_state->setPreset(DashboardState::Preset::Last30Days);
        bool ok = false;
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(ok);
        const int days = int(m_state->range().days().size());
        QCOMPARE(days, 30);
        QCOMPARE(page->usageChart()->seriesCount(), 2); // this range, and the previous one dashed
        QCOMPARE(page->usageChart()->pointCount(0), days);
        QCOMPARE(page->usageChart()->pointCount(1), days);
        QCOMPARE(page->newUsersChart()->pointCount(0), days);
        QCOMPARE(page->activeUsersChart()->pointCount(1), days);
        // Durations: a point for each day that had sessions (every day, with 600 users).
        QCOMPARE(page->durationChart()->pointCount(0), days);
        QCOMPARE(page->breakdownChart(OverviewPage::Platforms)->shownCount(), 3);
        // Every version seen in the range is a bar (fewer than the chart's 8 + "Other").
        QCOMPARE(page->breakdownChart(OverviewPage::Versions)->shownCount(),
                 page->breakdownModel(OverviewPage::Versions).rowCount());
        QVERIFY(page->breakdownModel(OverviewPage::Versions).rowCount() >= 2);
        QVERIFY(page->breakdownChart(OverviewPage::Countries)->shownCount() >= 5);
        for (Panel *panel : page->panels())
            QCOMPARE(panel->state(), Panel::State::Ready);
        // Every total carries its change against the previous period, as the cards do.
        QVERIFY2(
            QRegularExpression(QStringLiteral("users \\([^)]+\\) · .*installs \\([^)]+\\) · "
                                              ".*app starts \\([^)]+\\) · average session .+ \\("))
                .match(page->totalsText())
                .hasMatch(),
            qPrintable(page->totalsText()));
        QVERIFY(page->usageChart()->tooltipFor(0, days - 1).contains(QStringLiteral("Usage")));
        // Today is not over: its point is marked and its tooltip says so (the previous period's
        // last day is whole).
        QVERIFY(page->usageChart()->tooltipFor(0, days - 1).contains(QStringLiteral("so far")));
        QVERIFY(!page->usageChart()->tooltipFor(0, days - 2).contains(QStringLiteral("so far")));
        QVERIFY(!page->usageChart()->tooltipFor(1, days - 1).contains(QStringLiteral("so far")));
        // On screen: a dot ends the usage line at today, on no other day, and on no day of
        // the previous period's line (but its last, which may lie under today's dot, drawn in
        // the same colour).
        const QVector<int> dotted = daysWithDot(page->usageChart(), 0, days);
        QCOMPARE(dotted, QVector<int>{days - 1});
        QCOMPARE(daysWithDot(page->usageChart(), 1, days - 1), QVector<int>());
        QVERIFY(page->totalsText().contains(QStringLiteral("so far")));

        // The usage line holds exactly the model's values, zero-filled.
        const DaySeriesModel &model = page->dailyModel();
        QCOMPARE(model.rowCount(), days);
        double sum = 0;
        for (int row = 0; row < days; ++row)
            sum += model.data(model.index(row, 1), DaySeriesModel::ValueRole).toDouble();
        QVERIFY(sum > 0);
    }

    void valueLabelsAreNeverCutShort()
    {
        // Thousands of users: four-digit labels, wider than the ones of the range the charts
        // had while their panels still showed "Loading…". Every one is drawn whole.
        // The server on a thread of its own, as with --demo: answers come as the app sees them.
        DemoServerHost host;
        QSignalSpy ready(&host, &DemoServerHost::ready);
        GeneratorOptions generator;
        generator.users = 5000;
        generator.days = 40;
        generator.now = QDateTime::currentSecsSinceEpoch();
        DemoServerOptions options;
        options.token = QStringLiteral("big");
        host.start(generator, options);
        QVERIFY(ready.wait(30000));
        ApiClient client;
        client.setBaseUrl(ready.first().at(0).toUrl());
        client.setToken(options.token);
        DashboardState state;
        state.setApps({{ready.first().at(1).toString(), {}}});
        MainWindow window(&client, &state, QStringLiteral("test"));
        window.resize(1280, 860);
        window.showPage(MainWindow::Overview);
        window.show();
        state.refresh();
        OverviewPage *page = named<OverviewPage>(window, "overviewPage");
        QVERIFY(waitSettled(page));
        QTRY_VERIFY(page->activeUsersChart()->chart()->plotArea().width() > 0);
        QTRY_COMPARE(elidedAxisLabels(page), QStringList());
    }

    void dayAxisLabelsFitAndNameTheRangesDays()
    {
        OverviewPage *page = named<OverviewPage>(m_window, "overviewPage");
        m_window->resize(900, 600); // narrow charts: fewer ticks, none elided
        m_state->setPreset(DashboardState::Preset::Last30Days);
        QVERIFY(waitSettled(page));
        const QVector<QDate> days = m_state->range().days();
        for (int width : {900, 1600}) {
            m_window->resize(width, 700);
            QCoreApplication::processEvents();
            QChart *chart = page->usageChart()->chart();
            auto *axis = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
            QVERIFY(axis);
            QTRY_VERIFY(chart->plotArea().width() > 0);
            const QFontMetrics metrics(axis->labelsFont());
            const int label = metrics.horizontalAdvance(axis->min().toString(axis->format()));
            QVERIFY2(axis->tickCount() >= 2 &&
                         (axis->tickCount() - 1) * label <= chart->plotArea().width(),
                     qPrintable(QStringLiteral("%1 ticks of %2 px in %3 px")
                                    .arg(axis->tickCount())
                                    .arg(label)
                                    .arg(chart->plotArea().width())));
            // The end labels are the range's first and last days, not the day after.
            QCOMPARE(axis->min().date(), days.first());
            QCOMPARE(axis->max().date(), days.last());
        }

        // Days that are over have no "so far" mark.
        const QDate today = m_state->now().toTimeZone(m_state->zone()).date();
        m_state->setCustomDates(today.addDays(-20), today.addDays(-10));
        QVERIFY(waitSettled(page));
        QCOMPARE(daysWithDot(page->usageChart(), 0, 11), QVector<int>());
        QVERIFY(!page->usageChart()->tooltipFor(0, 10).contains(QStringLiteral("so far")));
        QVERIFY(!page->totalsText().contains(QStringLiteral("so far")));
    }

    void everyShortcutIsBoundOnce()
    {
        // Two actions on one key make Qt call it ambiguous and do neither (Alt+Left was bound
        // twice on Linux). Every key of the window, its menus and its pages: once.
        QHash<QKeySequence, QString> owner;
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name =
                    action->text().isEmpty() ? action->parent()->objectName() : action->text();
                QVERIFY2(!owner.contains(key),
                         qPrintable(QStringLiteral("%1: %2 and %3")
                                        .arg(key.toString(), owner.value(key), name)));
                owner.insert(key, name);
            }
        }
        QVERIFY(owner.contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    }

    void windowFitsTheScreenAndRemembersItself()
    {
        // A new window fits the screen's free area (the offscreen screen is 800×600: smaller
        // than the 1280×860 a big screen gets), toolbar and status bar on it.
        MainWindow window(m_client, m_state.get(), QStringLiteral("test"));
        const QRect free = window.screen()->availableGeometry();
        QVERIFY2(free.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1x%2 window on a %3x%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(free.width())
                                .arg(free.height())));
        // Size, place and page come back as the user left them.
        QSettings().remove(QStringLiteral("window"));
        window.restoreWindowState();
        window.resize(640, 480);
        window.showPage(MainWindow::Users);
        window.saveWindowState();
        MainWindow next(m_client, m_state.get(), QStringLiteral("test"));
        next.restoreWindowState();
        QCOMPARE(next.size(), QSize(640, 480));
        QCOMPARE(next.currentPage(),
                 static_cast<AnalyticsPage *>(named<UsersPage>(next, "usersPage")));
        QSettings().remove(QStringLiteral("window"));
    }

    void navigationHasIconsAndFollowsLightAndDark()
    {
        QListWidget *nav = named<QListWidget>(m_window, "navigation");
        QCOMPARE(nav->count(), m_window->pageCount());
        auto iconColour = [nav](int row, QIcon::Mode mode) {
            const QImage image = nav->item(row)->icon().pixmap(20, mode).toImage();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).alpha() == 255)
                        return image.pixelColor(x, y);
            return QColor();
        };
        for (int row = 0; row < nav->count(); ++row)
            QVERIFY2(!nav->item(row)->icon().isNull(), qPrintable(nav->item(row)->text()));
        Appearance *appearance = Appearance::instance();
        const Appearance::Scheme before = appearance->scheme();
        appearance->applyForThisRun(Appearance::Scheme::Light);
        QVERIFY(!appearance->isDark());
        QVERIFY(iconColour(0, QIcon::Normal).lightness() < 128); // dark strokes on light
        const QColor lightChart = named<OverviewPage>(m_window, "overviewPage")
                                      ->usageChart()
                                      ->chart()
                                      ->backgroundBrush()
                                      .color();
        appearance->applyForThisRun(Appearance::Scheme::Dark);
        QVERIFY(appearance->isDark());
        QTRY_VERIFY2(iconColour(0, QIcon::Normal).lightness() > 128,
                     qPrintable(iconColour(0, QIcon::Normal).name()));
        // The charts restyle at once, no reload.
        QTRY_VERIFY(named<OverviewPage>(m_window, "overviewPage")
                        ->usageChart()
                        ->chart()
                        ->backgroundBrush()
                        .color() != lightChart);
        QVERIFY(ChartTheme::isDark(
            named<OverviewPage>(m_window, "overviewPage")->usageChart()->palette()));
        appearance->applyForThisRun(before);
    }

    void exportsSayWhereTheFileWentAndStartThereNextTime()
    {
        QSettings().remove(QStringLiteral("export"));
        // First: Documents, never the working directory.
        QCOMPARE(ChartExport::startFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        DayLineChart *chart = named<OverviewPage>(m_window, "overviewPage")->usageChart();
        ChartExport::saved(
            chart, path,
            ChartExport::saveCsv(named<OverviewPage>(m_window, "overviewPage")->dailyModel(),
                                 DaySeriesModel::ValueRole, path));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(StatusNotice::last(), QStringLiteral("Saved usage.csv"));
        // The window's status bar says it, with a way to the folder.
        const auto buttons = m_window->statusBar()->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->text() == QStringLiteral("Open folder") && b->isVisibleTo(b->window());
        }));
        QCOMPARE(ChartExport::startFolder(), QFileInfo(path).absolutePath());
        QSettings().remove(QStringLiteral("export"));
    }

    void tooltipFollowsThePointerToTheNearestDay()
    {
        OverviewPage *page = named<OverviewPage>(m_window, "overviewPage");
        m_window->resize(1280, 860);
        m_state->setPreset(DashboardState::Preset::Last7Days);
        QVERIFY(waitSettled(page));
        DayLineChart *chart = page->usageChart();
        QTRY_VERIFY(chart->chart()->plotArea().width() > 0);
        QChartView *view = chart->findChild<QChartView *>();
        const QVector<QDate> days = m_state->range().days();
        const QRectF plot = chart->chart()->plotArea();
        // A third of a day right of day 2, halfway up the plot: far from any line.
        const double x = double(dayToAxisMs(days[2])) + 0.3 * 86400000.0;
        const qreal chartX = chart->chart()->mapToPosition(QPointF(x, 0)).x();
        const QPoint at =
            view->mapFromScene(chart->chart()->mapToScene(QPointF(chartX, plot.center().y())));
        QTest::mouseMove(view->viewport(), at);
        const QString text = chart->hoverText();
        QVERIFY2(text.startsWith(DisplayFormat::longDate(days[2])), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Usage: ")) &&
                     text.contains(QStringLiteral("Usage, previous period: ")) &&
                     text.contains(QStringLiteral("Change: ")),
                 qPrintable(text));
        // Off the plot (over the legend): no tooltip.
        QTest::mouseMove(view->viewport(), QPoint(2, view->viewport()->height() - 2));
        QCOMPARE(chart->hoverText(), QString());
    }

    void eventsChartTopNAndAttributeBreakdown()
    {
        m_window->showPage(MainWindow::Events);
        EventsPage *page = named<EventsPage>(m_window, "eventsPage");
        m_state->setPreset(DashboardState::Preset::Last7Days);
        QVERIFY(waitSettled(page));
        QCOMPARE(page->chart()->seriesCount(), 6); // the demo's six custom events, all under top 8
        for (int i = 0; i < 6; ++i)
            QCOMPARE(page->chart()->pointCount(i), 7);
        page->setTopCount(3);
        QCOMPARE(page->chart()->seriesCount(), 4);
        QCOMPARE(page->chart()->lineName(3), QStringLiteral("Others"));
        // Legend toggling hides and shows a line.
        page->chart()->setLineVisible(0, false);
        QVERIFY(!page->chart()->isLineVisible(0));
        page->chart()->setLineVisible(0, true);

        // The first property list is the one of the first event in eventsprops ("init").
        QTRY_VERIFY(page->attributeModel().rowCount() > 0);
        QCOMPARE(page->selectedEvent(), QStringLiteral("init"));
        QCOMPARE(page->propertyBox()->currentText(), QStringLiteral("plan"));
        page->selectEvent(QStringLiteral("EXPORT"));
        QCOMPARE(page->propertyBox()->currentText(), QStringLiteral("format"));
        QTRY_COMPARE(page->attributePanel()->state(), Panel::State::Ready);
        QCOMPARE(attributeValues(page), kExportFormats);
        QCOMPARE(page->totalsView()->model()->rowCount(), 6);
    }

    void quickPropertyClicksSettleOnTheLastOne()
    {
        // Two events' properties asked for in quick succession on a slow server: the first
        // request ends as superseded, the page settles once and shows the second's values.
        m_window->showPage(MainWindow::Events);
        EventsPage *page = named<EventsPage>(m_window, "eventsPage");
        m_state->setPreset(DashboardState::Preset::Last7Days);
        QVERIFY(waitSettled(page));
        m_server->setLatencyMs(300);
        QSignalSpy settled(page, &AnalyticsPage::settled);
        page->selectEvent(QStringLiteral("init"));
        page->selectEvent(QStringLiteral("EXPORT"));
        QVERIFY(settled.wait(10000));
        // A late answer for "init" would settle the page again, or show its property.
        QVERIFY(!QTest::qWaitFor(
            [&] {
                return settled.size() > 1 ||
                       page->propertyBox()->currentText() != QStringLiteral("format");
            },
            700));
        QCOMPARE(settled.size(), 1);
        QVERIFY(!page->isBusy());
        QCOMPARE(page->propertyBox()->currentText(), QStringLiteral("format"));
        QCOMPARE(page->attributePanel()->state(), Panel::State::Ready);
        QCOMPARE(attributeValues(page), kExportFormats);
    }

    void oneOutageOneBannerAndOldDataMarked()
    {
        // Loaded once; then every request of the page fails for one reason: the window says
        // so once ("… — showing data as of 14:02"), the panels keep their data muted with its
        // time, and no panel adds a banner of its own. Retry brings everything back.
        m_window->showPage(MainWindow::Overview);
        OverviewPage *page = named<OverviewPage>(m_window, "overviewPage");
        m_state->setPreset(DashboardState::Preset::Last7Days);
        bool ok = false;
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(ok);
        auto visibleBanners = [this] {
            int n = 0;
            const auto banners = m_window->findChildren<ErrorBanner *>();
            for (ErrorBanner *banner : banners)
                n += banner->isVisibleTo(m_window.get()) ? 1 : 0;
            return n;
        };
        QCOMPARE(visibleBanners(), 0);

        m_server->setFailRate(1.0);
        m_state->refresh();
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(!ok);
        QCOMPARE(page->requests().failures().size(), 3); // quick glance, range, previous range
        QVERIFY2(page->failureSummary().startsWith(
                     QStringLiteral("The server is failing (HTTP 500) — showing data as of ")),
                 qPrintable(page->failureSummary()));
        QVERIFY(named<ErrorBanner>(m_window, "outageBanner")->isVisibleTo(m_window.get()));
        QCOMPARE(named<ErrorBanner>(m_window, "outageBanner")->message(), page->failureSummary());
        QCOMPARE(visibleBanners(), 1);
        for (Panel *panel : page->panels()) {
            QCOMPARE(panel->state(), Panel::State::Error);
            QVERIFY(panel->showsOldData());
            QVERIFY(panel->asOfText().startsWith(QStringLiteral("as of ")));
            QVERIFY(!panel->hasBanner());
        }
        QVERIFY(page->quickGlance()->showsOldData());

        m_server->setFailRate(0);
        emit named<ErrorBanner>(m_window, "outageBanner")->retryRequested();
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(ok);
        QCOMPARE(visibleBanners(), 0);
        QVERIFY(page->failureSummary().isEmpty());
        for (Panel *panel : page->panels())
            QVERIFY(!panel->showsOldData());
        QVERIFY(!page->quickGlance()->showsOldData());
    }

    void errorsStackedWithSpikes()
    {
        m_window->showPage(MainWindow::Errors);
        ErrorsPage *page = named<ErrorsPage>(m_window, "errorsPage");
        m_state->setPreset(DashboardState::Preset::Last90Days);
        QVERIFY(waitSettled(page));
        QCOMPARE(page->chart()->layerCount(), page->dailyModel().series().size());
        QVERIFY(page->chart()->layerCount() >= 3);
        QCOMPARE(page->chart()->pointCount(0), 90);
        // The demo data's buggy release makes an error spike inside the last 90 days.
        QVERIFY2(page->chart()->markedCount() > 0, qPrintable(page->spikeText()));
        QVERIFY(page->spikeText().startsWith(QStringLiteral("Far above normal")));
        QVERIFY(page->chart()->tooltipFor(89).contains(QStringLiteral("so far"))); // today
        QVERIFY(!page->chart()->tooltipFor(88).contains(QStringLiteral("so far")));
        // Range changes rebuild the stack: each layer keeps its two boundary lines, and none
        // is left behind (they once stayed, two per layer per rebuild, for the window's life).
        const auto lines = [page] { return page->chart()->chart()->findChildren<QLineSeries *>(); };
        QCOMPARE(lines().size(), 2 * page->chart()->layerCount());
        for (const auto preset :
             {DashboardState::Preset::Last7Days, DashboardState::Preset::Last30Days,
              DashboardState::Preset::Last90Days}) {
            m_state->setPreset(preset);
            QVERIFY(waitSettled(page));
            QCOMPARE(lines().size(), 2 * page->chart()->layerCount());
        }
    }

    void failureShowsBannerAndRetryRecovers()
    {
        ErrorsPage *page = named<ErrorsPage>(m_window, "errorsPage");
        m_server->setFailRate(1.0);
        m_state->setPreset(DashboardState::Preset::Last7Days);
        bool ok = true;
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(!ok);
        QCOMPARE(page->chartPanel()->state(), Panel::State::Error);
        QVERIFY(page->chartPanel()->errorText().contains(QStringLiteral("internal error")));
        QVERIFY(page->chartPanel()->errorText().contains(QStringLiteral("HTTP 500")));
        // One request, one banner: the totals, fed by the same request, say so without one.
        QVERIFY(page->chartPanel()->hasBanner());
        QCOMPARE(page->totalsPanel()->state(), Panel::State::Error);
        QVERIFY(!page->totalsPanel()->hasBanner());
        QCOMPARE(page->totalsPanel()->placeholderText(),
                 QStringLiteral("Errors could not be loaded."));
        m_server->setFailRate(0);
        emit page->chartPanel()->retryRequested();
        QVERIFY(waitSettled(page, &ok));
        QVERIFY(ok);
        QCOMPARE(page->chartPanel()->state(), Panel::State::Ready);
        QCOMPARE(page->chart()->pointCount(0), 7);
    }

    void rangeSwitchedMidFlightNeverDrawsTheStaleAnswer()
    {
        OverviewPage *page = named<OverviewPage>(m_window, "overviewPage");
        m_state->setPreset(DashboardState::Preset::Last30Days);
        QVERIFY(waitSettled(page));
        m_server->setLatencyMs(300);
        QVector<int> drawnDays;
        connect(&page->dailyModel(), &QAbstractItemModel::modelReset, this,
                [&] { drawnDays.append(page->dailyModel().rowCount()); });
        m_state->setPreset(DashboardState::Preset::Last7Days);  // in flight...
        QTRY_VERIFY(m_server->delayedReplies() > 0);            // (at the server)
        m_state->setPreset(DashboardState::Preset::Last90Days); // ...superseded
        QVERIFY(waitSettled(page));
        // No call is left that could still deliver a late answer of the 7-day range.
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.client->callsInFlight(), 0, 10000);
        QVERIFY(!drawnDays.isEmpty());
        for (int days : std::as_const(drawnDays))
            QCOMPARE(days, 90);
        QCOMPARE(page->usageChart()->pointCount(0), 90);
    }

    void appSwitcherAndShortcutsDriveTheState()
    {
        QCOMPARE(m_window->pageCount(), 7);
        // Shortcuts work in the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(named<AppSwitcher>(m_window, "appBox")->currentData().toString(),
                 m_server->appId());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), named<ErrorsPage>(m_window, "errorsPage"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), named<OverviewPage>(m_window, "overviewPage"));
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), named<AppsPage>(m_window, "appsPage"));
        QSignalSpy changed(m_state.get(), &DashboardState::changed);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(changed.size(), 1);
        // Choosing in the range box (a user's pick is "activated", by mouse or keyboard).
        RangeBox *range = named<RangeBox>(m_window, "rangeBox");
        emit range->activated(range->findData(int(DashboardState::Preset::Last90Days)));
        QCOMPARE(m_state->preset(), DashboardState::Preset::Last90Days);
        // "Custom range…" asks for two dates; on OK the box reads as those dates.
        emit range->activated(range->count() - 1);
        QCOMPARE(range->currentText(),
                 DashboardState::presetName(DashboardState::Preset::Last90Days));
        auto *dialog = range->findChild<QDialog *>();
        QVERIFY(dialog);
        const auto edits = dialog->findChildren<QDateEdit *>();
        QCOMPARE(edits.size(), 2);
        const QDate today = m_state->lastDay();
        edits[0]->setDate(today.addDays(-13));
        edits[1]->setDate(today.addDays(-4));
        dialog->accept();
        QCOMPARE(m_state->preset(), DashboardState::Preset::Custom);
        QCOMPARE(m_state->range().days().size(), 10);
        QCOMPARE(range->currentText(), RangeBox::datesText(today.addDays(-13), today.addDays(-4)));
        QVERIFY(!range->currentText().contains(QStringLiteral("Custom")));
        // Back to a preset: the dates' row goes, and the box names the preset.
        const int rows = range->count();
        m_state->setPreset(DashboardState::Preset::Yesterday);
        QCOMPARE(range->count(), rows - 1);
        QCOMPARE(range->currentText(),
                 DashboardState::presetName(DashboardState::Preset::Yesterday));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
