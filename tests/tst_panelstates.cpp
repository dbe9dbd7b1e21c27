// The states a panel can be in (product.md §7), each checked for what it draws: a neutral
// placeholder while nothing came (never a chart), ready, loading again over data, failed with
// old data (muted, "as of", one banner), failed with nothing, and a failure said elsewhere.
#include "charts/breakdownchart.h"
#include "charts/daylinechart.h"
#include "models/breakdownmodel.h"
#include "models/dayseriesmodel.h"
#include "models/displayformat.h"
#include "panel.h"

#include <QChart>
#include <QLabel>
#include <QLegendMarker>
#include <QValueAxis>
#include <QtTest>

class TestPanelStates : public QObject {
    Q_OBJECT
private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(13, 2), QTimeZone::utc());

    std::unique_ptr<Panel> makePanel(QLabel **content)
    {
        *content = new QLabel(QStringLiteral("chart"));
        auto panel = std::make_unique<Panel>(QStringLiteral("Platforms"), *content);
        panel->setClock([this] { return m_now; });
        panel->setTimeZone(QTimeZone("Europe/Berlin"));
        panel->resize(400, 300);
        panel->show();
        return panel;
    }

private slots:
    void nothingYetShowsAPlaceholderNotTheChart()
    {
        QLabel *content = nullptr;
        auto panel = makePanel(&content);
        QCOMPARE(panel->state(), Panel::State::Loading);
        QVERIFY(!content->isVisible()); // no axes from 1970 under a busy bar
        QCOMPARE(panel->placeholderText(), QStringLiteral("Loading…"));
        QVERIFY(!panel->showsOldData());
        QVERIFY(panel->asOfText().isEmpty());
    }

    void readyThenLoadingAgainKeepsTheData()
    {
        QLabel *content = nullptr;
        auto panel = makePanel(&content);
        panel->showReady();
        QVERIFY(content->isVisible());
        QCOMPARE(panel->dataTime(), m_now);
        panel->showLoading();
        QVERIFY(content->isVisible()); // the last data stays while the new one comes
        QVERIFY(panel->placeholderText().isEmpty());
        QVERIFY(panel->showsOldData());
        QVERIFY(panel->asOfText().isEmpty()); // still the newest there is: no mark yet
    }

    void failedWithOldDataIsMutedWithItsTime()
    {
        QLabel *content = nullptr;
        auto panel = makePanel(&content);
        panel->showReady();
        m_now = m_now.addSecs(3600);
        panel->showLoading();
        panel->showError(QStringLiteral("Platforms could not be loaded: offline"));
        QCOMPARE(panel->state(), Panel::State::Error);
        QVERIFY(content->isVisible());
        QVERIFY(panel->showsOldData());
        QCOMPARE(panel->asOfText(), QStringLiteral("as of 14:02")); // 13:02 UTC in Berlin
        QVERIFY(panel->hasBanner());
        QCOMPARE(panel->errorText(), QStringLiteral("Platforms could not be loaded: offline"));
        panel->setTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(panel->asOfText(), QStringLiteral("as of 22:02")); // the window's one zone

        panel->showReady(); // a later success: current again
        QVERIFY(panel->asOfText().isEmpty());
        QVERIFY(!panel->hasBanner());
        QVERIFY(!panel->showsOldData());
    }

    void failedWithNothingSaysSoAndOffersRetry()
    {
        QLabel *content = nullptr;
        auto panel = makePanel(&content);
        panel->showError(QStringLiteral("Platforms could not be loaded: offline"));
        QVERIFY(!content->isVisible());
        QVERIFY(panel->hasBanner());
        QVERIFY(!panel->placeholderText().isEmpty());
        QVERIFY(!panel->showsOldData());
    }

    void aFailureSaidElsewhereHasNoBannerHere()
    {
        QLabel *content = nullptr;
        auto panel = makePanel(&content);
        panel->showFailed(QStringLiteral("Versions could not be loaded."), {}, false);
        QVERIFY(!panel->hasBanner());
        QCOMPARE(panel->placeholderText(), QStringLiteral("Versions could not be loaded."));
        QCOMPARE(panel->state(), Panel::State::Error);
    }

    void chartsNameDataInOneShortLine()
    {
        // A server's 100 KB event name laid out as a legend cost gigabytes: charts show at
        // most 60 characters of a name, on one line, with its start and its end.
        const QString huge =
            QStringLiteral("begin") + QString(100000, QLatin1Char('x')) + QStringLiteral("\nend");
        const QString shown = DisplayFormat::chartName(huge);
        QCOMPARE(shown.size(), 60);
        QVERIFY(shown.startsWith(QStringLiteral("beginxxx")));
        QVERIFY(shown.endsWith(QStringLiteral("x end")));
        QVERIFY(shown.contains(QChar(0x2026)));
        QCOMPARE(DisplayFormat::chartName(QStringLiteral("ITEM_PLAYED")),
                 QStringLiteral("ITEM_PLAYED"));
        QCOMPARE(DisplayFormat::chartName(QStringLiteral("two\nlines\tand\x01")),
                 QStringLiteral("two lines and"));

        // Never half an emoji: every surrogate keeps its partner.
        const QString emoji =
            QString::fromUtf8("\xF0\x9F\x98\x80").repeated(40) + QStringLiteral("x");
        for (const QString &name : {emoji, QStringLiteral("x") + emoji.left(80)}) {
            const QString cut = DisplayFormat::chartName(name);
            QVERIFY(cut.size() <= 60);
            QVERIFY2(QString::fromUtf8(cut.toUtf8()) == cut, qPrintable(cut)); // valid UTF-16
        }
        // Two values shortened alike stay two bars with two labels.
        BreakdownModel values;
        const QString path =
            QStringLiteral("/home/u/Documents/projects/%1/build/output/report.pdf");
        values.setBreakdown({{path.arg(QStringLiteral("alpha-project-one")), 3},
                             {path.arg(QStringLiteral("alpha-project-two")), 3}});
        BreakdownChart bars(QStringLiteral("Values"), BreakdownChart::Style::Bars);
        bars.setModel(&values);
        QCOMPARE(bars.shownCount(), 2);
        QCOMPARE(QSet<QString>(bars.shownLabels().cbegin(), bars.shownLabels().cend()).size(), 2);

        DaySeriesModel model;
        QVector<QDate> days;
        for (int d = 0; d < 7; ++d)
            days.append(QDate(2026, 11, 1).addDays(d));
        // At most two a day: the axis counts 0, 1, 2 (never "0, 1, 1, 2").
        model.setSeries(days, {{huge, {0, 1, 2, 1, 0, 2, 1}, false}});
        DayLineChart chart(QStringLiteral("Events"));
        chart.setModel(&model);
        chart.resize(600, 300);
        chart.show();
        const auto markers = chart.chart()->legend()->markers();
        QCOMPARE(markers.size(), 1);
        QVERIFY(markers.first()->label().size() <= 60);
        auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QStringList labels;
        for (int t = 0; t < axis->tickCount(); ++t)
            labels.append(QString::asprintf("%.0f", axis->min() + t * (axis->max() - axis->min()) /
                                                                      (axis->tickCount() - 1)));
        QCOMPARE(labels.removeDuplicates(), 0);
        QVERIFY(axis->max() >= 2);
        // Big counts keep round ticks of their own.
        model.setSeries(days,
                        {{QStringLiteral("Usage"), {100, 1200, 1700, 900, 50, 1300, 1000}, false}});
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->max() >= 1700);
        QVERIFY(axis->tickCount() >= 3);
    }
};

QTEST_MAIN(TestPanelStates)
#include "tst_panelstates.moc"
