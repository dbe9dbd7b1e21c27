// The analytics models under QAbstractItemModelTester, compared as whole tables on the spec's
// example bodies; the series helpers; CSV export; the dashboard state's ranges.
#include "api/decoders.h"
#include "core/dashboardstate.h"
#include "export/csvwriter.h"
#include "live/livemodels.h"
#include "models/breakdownmodel.h"
#include "models/dayseriesmodel.h"
#include "models/displayformat.h"
#include "models/seriesmath.h"
#include "models/seriestotalsmodel.h"
#include "models/sessionsmodel.h"
#include "modeltestutils.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QtTest>

namespace {
QByteArray specBody(const char *name)
{
    QFile file(QStringLiteral(NUCLEUS_TEST_DATA "/spec-%1.json").arg(QLatin1String(name)));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// The spec's example range: start 1618010248, end 1618211950, utcOffset 480.
TimeRange specRange()
{
    TimeRange r;
    r.start = 1618010248;
    r.end = 1618211950;
    r.zone = QTimeZone(-8 * 3600);
    return r;
}

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void daySeriesFromSpecAnalytics()
    {
        const DailyAnalytics a = Decode::dailyAnalytics(specBody("analytics")).value();
        const QVector<QDate> days = specRange().days();
        DaySeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(
            days,
            {{QStringLiteral("Usage"), valuesForDays(a.usage, days, MissingDay::Zero)},
             {QStringLiteral("Returning"), valuesForDays(a.nonNewUsers, days, MissingDay::Zero)},
             {QStringLiteral("Avg session"),
              valuesForDays(a.avgSessionDuration, days, MissingDay::NoData), true}});
        QCOMPARE(modelToStrings(model),
                 (QStringList{QStringLiteral("Date | Usage | Returning | Avg session"),
                              QStringLiteral("2021-04-09 | 8 | -1 | "),
                              QStringLiteral("2021-04-10 | 25 | 3 | 29:49"),
                              QStringLiteral("2021-04-11 | 65 | -3 | 43:10")}));
        // Exact values: a float duration, and "no data" as an invalid value (not 0).
        QCOMPARE(model.data(model.index(2, 3), DaySeriesModel::ValueRole).toDouble(), 2589.5);
        QVERIFY(!model.data(model.index(0, 3), DaySeriesModel::ValueRole).isValid());
        QCOMPARE(model.data(model.index(0, 2), DaySeriesModel::ValueRole).toDouble(), -1.0);
        QCOMPARE(model.data(model.index(1, 0), DaySeriesModel::KeyRole).toDate(),
                 day("2021-04-10"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void missingDaysAreZeroFilled()
    {
        const QVector<QDate> days = {day("2021-04-08"), day("2021-04-09"), day("2021-04-10"),
                                     day("2021-04-11"), day("2021-04-12")};
        const DayValues sparse{{day("2021-04-09"), 8}, {day("2021-04-11"), 65}};
        QCOMPARE(valuesForDays(sparse, days, MissingDay::Zero),
                 (QVector<OptNumber>{0.0, 8.0, 0.0, 65.0, 0.0}));
        QCOMPARE(valuesForDays(sparse, days, MissingDay::NoData),
                 (QVector<OptNumber>{std::nullopt, 8.0, std::nullopt, 65.0, std::nullopt}));
        QCOMPARE(formatDuration(3723), QStringLiteral("1:02:03"));
        QCOMPARE(formatDuration(59.6), QStringLiteral("1:00"));
    }

    void breakdownFromSpec()
    {
        const DailyAnalytics a = Decode::dailyAnalytics(specBody("analytics")).value();
        BreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBreakdown(a.platforms);
        QCOMPARE(modelToStrings(model), (QStringList{QStringLiteral("Value | Count | Share"),
                                                     QStringLiteral("win | 17 | 45.9\u00a0%"),
                                                     QStringLiteral("linux | 12 | 32.4\u00a0%"),
                                                     QStringLiteral("mac | 8 | 21.6\u00a0%")}));
        model.setBreakdown(a.ram); // [] in the spec
        QCOMPARE(model.rowCount(), 0);
        // RAM buckets in their numeric order, not by count nor as text ("16" < "4").
        BreakdownModel ram;
        ram.setOrder(BreakdownModel::Order::ByNumericValue);
        ram.setBreakdown({{QStringLiteral("16"), 35},
                          {QStringLiteral("4"), 10},
                          {QString(), 1},
                          {QStringLiteral("32"), 15},
                          {QStringLiteral("8"), 40}});
        QStringList order;
        for (int row = 0; row < ram.rowCount(); ++row)
            order.append(ram.index(row, 0).data().toString());
        QCOMPARE(order, (QStringList{QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("16"),
                                     QStringLiteral("32"), QStringLiteral("(unknown)")}));
        model.setBreakdown({{QString(), 2}, {QStringLiteral("8"), 6}});
        QCOMPARE(modelToStrings(model).last(), QStringLiteral("(unknown) | 2 | 25.0\u00a0%"));
        QCOMPARE(model.data(model.index(0, BreakdownModel::ShareColumn), BreakdownModel::ValueRole)
                     .toDouble(),
                 75.0);
    }

    void numbersLineUpOnTheRightTextOnTheLeft()
    {
        BreakdownModel model;
        model.setBreakdown({{QStringLiteral("win"), 3}, {QStringLiteral("mac"), 1}});
        const auto alignment = [&model](int column) {
            return model.index(0, column).data(Qt::TextAlignmentRole);
        };
        QVERIFY(!alignment(BreakdownModel::ValueColumn).isValid()); // the style's own: leading
        for (const int column :
             {int(BreakdownModel::CountColumn), int(BreakdownModel::ShareColumn)})
            QCOMPARE(alignment(column).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
        // Nothing for a row that is no longer there (a view's stale index).
        const QModelIndex stale = model.index(1, BreakdownModel::CountColumn);
        QVERIFY(model.data(stale).isValid());
        model.setBreakdown({{QStringLiteral("win"), 3}});
        QVERIFY(!model.data(stale).isValid());
    }

    void timesAndNumbersHaveTheirValueBehindTheText()
    {
        // What sorting and CSV read (ValueRole): ISO 8601 times whatever the zone shown, the
        // exact numbers, the codes; KeyRole names the row.
        const QDateTime start(QDate(2021, 3, 23), QTime(6, 51, 38, 633), QTimeZone::utc());
        SessionsModel sessions;
        QAbstractItemModelTester tester(&sessions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sessions.setTimeZone(QTimeZone("Asia/Tokyo"));
        sessions.setSessions({{QStringLiteral("s1"), QStringLiteral("d1"), start,
                               start.addSecs(245), 1234, std::nullopt}});
        const auto value = [](const QAbstractItemModel &m, int column) {
            return m.index(0, column).data(TableModel::ValueRole);
        };
        QCOMPARE(value(sessions, SessionsModel::StartColumn).toString(),
                 QStringLiteral("2021-03-23T06:51:38.633Z"));
        const QString shown = sessions.index(0, SessionsModel::StartColumn).data().toString();
        QVERIFY2(shown.contains(QLatin1String("3:51:38")), qPrintable(shown)); // 15:51 in Tokyo
        QCOMPARE(value(sessions, SessionsModel::DurationColumn).toDouble(), 245.0);
        QCOMPARE(sessions.index(0, SessionsModel::DurationColumn).data().toString(),
                 QStringLiteral("4:05"));
        QCOMPARE(value(sessions, SessionsModel::ActionsColumn).toDouble(), 1234.0);
        QVERIFY(!value(sessions, SessionsModel::ErrorsColumn).isValid()); // none sent
        QCOMPARE(sessions.index(0, SessionsModel::ErrorsColumn).data(TableModel::KeyRole),
                 QVariant(QStringLiteral("s1")));

        LiveUsersModel live;
        LiveUser user;
        user.userId = QStringLiteral("u1");
        user.deviceId = QStringLiteral("d1");
        user.platform = QStringLiteral("win");
        user.country = QStringLiteral("DE");
        user.lastSeen = start;
        live.update({user});
        QCOMPARE(value(live, LiveUsersModel::PlatformColumn).toString(), QStringLiteral("win"));
        QCOMPARE(live.index(0, LiveUsersModel::PlatformColumn).data().toString(),
                 QStringLiteral("Windows"));
        QCOMPARE(value(live, LiveUsersModel::CountryColumn).toString(), QStringLiteral("DE"));
        QCOMPARE(value(live, LiveUsersModel::LastSeenColumn).toString(),
                 QStringLiteral("2021-03-23T06:51:38.633Z"));
        QCOMPARE(value(live, LiveUsersModel::UserColumn).toString(), QStringLiteral("u1"));
        QCOMPARE(live.headerData(LiveUsersModel::LastSeenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last seen"));
    }

    void totalsFromSpecEventsSortedByProxy()
    {
        const DailySeries events = Decode::events(specBody("events")).value();
        SeriesTotalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(events, 3);
        QSortFilterProxyModel sorted;
        QAbstractItemModelTester proxyTester(
            &sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&model);
        sorted.setSortRole(SeriesTotalsModel::ValueRole);
        sorted.sort(SeriesTotalsModel::TotalColumn, Qt::AscendingOrder);
        QCOMPARE(modelToStrings(sorted, SeriesTotalsModel::ValueRole),
                 (QStringList{QStringLiteral("Name | Total | Per day | Busiest day | On that day"),
                              QStringLiteral("ITEM_PLAYED | 408 | 136 | 2021-04-11 | 256"),
                              QStringLiteral("ITEM_SAVED | 438 | 146 | 2021-04-11 | 314"),
                              QStringLiteral(
                                  "ITEM_CHECKOUT | 614 | 204.66666666666666 | 2021-04-10 | 325")}));
        QCOMPARE(model.nameAt(0),
                 QStringLiteral("ITEM_CHECKOUT")); // the model itself: biggest first
    }

    void topSeriesKeepsTheLargestAndSumsTheRest()
    {
        DailySeries s;
        s.insert(QStringLiteral("a"), {{day("2021-04-09"), 1}});
        s.insert(QStringLiteral("b"), {{day("2021-04-09"), 10}, {day("2021-04-10"), 5}});
        s.insert(QStringLiteral("c"), {{day("2021-04-10"), 7}});
        s.insert(QStringLiteral("d"), {{day("2021-04-10"), 2}});
        const auto top = topSeries(s, 2, QStringLiteral("Others"));
        QCOMPARE(top.size(), 3);
        QCOMPARE(top[0].first, QStringLiteral("b"));
        QCOMPARE(top[1].first, QStringLiteral("c"));
        QCOMPARE(top[2].first, QStringLiteral("Others"));
        QCOMPARE(top[2].second, (DayValues{{day("2021-04-09"), 1}, {day("2021-04-10"), 2}}));
        QCOMPARE(topSeries(s, 4, QStringLiteral("Others")).size(), 4);
        QCOMPARE(sumSeries(s).value(day("2021-04-10")), 14.0);
    }

    void spikeDetection()
    {
        QVector<double> days{20, 22, 19, 25, 21, 180, 23, 18, 24, 20, 22, 90, 21};
        const QVector<bool> spikes = spikeDays(days);
        QVERIFY(spikes[5]);
        QVERIFY(spikes[11]);
        QCOMPARE(spikes.count(true), 2);
        QCOMPARE(spikeDays({0, 0, 0, 0, 1, 0}).count(true), 0); // tiny numbers are no spike
        QCOMPARE(spikeDays({5, 500}).count(true), 0);           // too few days to judge
    }

    void isoTimesAreWrittenAsQDateTimeWritesThem()
    {
        // The hand-written ISO writer of exports against QDateTime's, on the edges (before
        // 1970, the first and last writable years, leap days) and on many random instants.
        QList<qint64> instants{0,
                               -1,
                               1,
                               951782400000, // 2000-02-29
                               -62135596800000,
                               -62135596800001,
                               253402300799999,
                               253402300800000,
                               -86400001,
                               1764313380123};
        quint64 x = 88172645463325252ull; // xorshift: the same instants every run
        for (int i = 0; i < 20000; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            instants.append(qint64(x % 600000000000000ull) - 300000000000000);
        }
        for (const qint64 ms : std::as_const(instants)) {
            const QString qt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                   .toUTC()
                                   .toString(Qt::ISODateWithMs);
            QCOMPARE(DisplayFormat::isoUtc(ms), qt);
        }
    }

    void csvQuotesHostileTextAndKeepsNumbersExact()
    {
        QCOMPARE(
            Csv::row({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                      QStringLiteral("two\nlines"), QStringLiteral("ünï 💶")}),
            QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",ünï 💶\r\n"));
        QCOMPARE(Csv::number(2589.5), QStringLiteral("2589.5"));
        QCOMPARE(Csv::number(9007199254740991.0), QStringLiteral("9007199254740991"));
        QCOMPARE(Csv::number(-3), QStringLiteral("-3"));
        QCOMPARE(Csv::number(0.0000001), QStringLiteral("0.0000001"));
        QCOMPARE(Csv::number(1e21), QStringLiteral("1000000000000000000000"));

        BreakdownModel model;
        model.setBreakdown({{QStringLiteral("a,\"b\""), 2589.5}});
        QCOMPARE(Csv::fromModel(model, BreakdownModel::ValueRole),
                 QByteArray("Value,Count,Share\r\n\"a,\"\"b\"\"\",2589.5,100\r\n"));
    }

    void datesHaveOneShortAndOneLongForm_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shortDate");
        QTest::addColumn<QString>("longDateTime");
        QTest::newRow("C") << "C"
                           << "28 Nov"
                           << "28 Nov 2026 07:23";
        QTest::newRow("en_US") << "en_US"
                               << "Nov 28"
                               << "Nov 28, 2026 7:23 AM";
        QTest::newRow("de_DE") << "de_DE"
                               << "28. Nov."
                               << "28. Nov. 2026 07:23";
        QTest::newRow("es_ES") << "es_ES"
                               << "28 de nov"
                               << "28 de nov de 2026 7:23";
        QTest::newRow("ja_JP") << "ja_JP" << QString::fromUtf8("11月28日")
                               << QString::fromUtf8("2026年11月28日 7:23");
    }

    void datesHaveOneShortAndOneLongForm()
    {
        // Derived from each locale's own long date: no weekday, abbreviated month, and the
        // year (with its separator or its unit) dropped for the short form.
        QFETCH(QString, locale);
        QFETCH(QString, shortDate);
        QFETCH(QString, longDateTime);
        const QLocale l(locale);
        QCOMPARE(DisplayFormat::shortDate(QDate(2026, 11, 28), l), shortDate);
        const QDateTime t(QDate(2026, 11, 28), QTime(7, 23, 45), QTimeZone::utc());
        // Newer CLDR data (Qt 6.8) puts a narrow no-break space before "AM".
        QCOMPARE(DisplayFormat::dateTime(t, QTimeZone::utc(), false, l)
                     .replace(QChar(0x202F), QLatin1Char(' ')),
                 longDateTime);
        QVERIFY(
            DisplayFormat::dateTime(t, QTimeZone::utc(), true, l).contains(QLatin1String("23:45")));
        QVERIFY(DisplayFormat::dateTime(QDateTime(), QTimeZone::utc()).isEmpty()); // never 1970
    }

    void presetsAreWholeLocalDays()
    {
        DashboardState state;
        state.setZone(QTimeZone("Asia/Tokyo"));
        QDateTime now(QDate(2024, 3, 10), QTime(20, 0), QTimeZone::utc()); // 03-11 in Tokyo
        state.setClock([&now] { return now; });
        auto days = [&state](DashboardState::Preset preset) {
            state.setPreset(preset);
            const QVector<QDate> d = state.range().days();
            return std::make_pair(d.first(), d.last());
        };
        auto previous = [&state] {
            const QVector<QDate> d = state.previousRange().days();
            return std::make_pair(d.first(), d.last());
        };
        using P = DashboardState::Preset;
        using Days = std::pair<QDate, QDate>;
        QCOMPARE(days(P::Today), Days(QDate(2024, 3, 11), QDate(2024, 3, 11)));
        QCOMPARE(previous(), Days(QDate(2024, 3, 10), QDate(2024, 3, 10)));
        QCOMPARE(days(P::Yesterday), Days(QDate(2024, 3, 10), QDate(2024, 3, 10)));
        QCOMPARE(days(P::Last7Days), Days(QDate(2024, 3, 5), QDate(2024, 3, 11)));
        QCOMPARE(previous(), Days(QDate(2024, 2, 27), QDate(2024, 3, 4)));
        QCOMPARE(days(P::Last30Days), Days(QDate(2024, 2, 11), QDate(2024, 3, 11)));
        QCOMPARE(days(P::Last90Days), Days(QDate(2023, 12, 13), QDate(2024, 3, 11)));
        // The month presets compare with the month before, day of month by day of month.
        QCOMPARE(days(P::ThisMonth), Days(QDate(2024, 3, 1), QDate(2024, 3, 11)));
        QCOMPARE(previous(), Days(QDate(2024, 2, 1), QDate(2024, 2, 11)));
        QCOMPARE(days(P::LastMonth), Days(QDate(2024, 2, 1), QDate(2024, 2, 29)));
        QCOMPARE(previous(), Days(QDate(2024, 1, 1), QDate(2024, 1, 31)));
        // The 31st of a month after a shorter one: the whole shorter month.
        now = QDateTime(QDate(2024, 3, 31), QTime(2, 0), QTimeZone::utc());
        QCOMPARE(days(P::ThisMonth), Days(QDate(2024, 3, 1), QDate(2024, 3, 31)));
        QCOMPARE(previous(), Days(QDate(2024, 2, 1), QDate(2024, 2, 29)));
        // January's last month is December of the year before.
        now = QDateTime(QDate(2025, 1, 15), QTime(2, 0), QTimeZone::utc());
        QCOMPARE(days(P::LastMonth), Days(QDate(2024, 12, 1), QDate(2024, 12, 31)));
        // Every preset ends with a whole local day: 23:59:59 in the zone, never "now".
        for (P preset : DashboardState::presets()) {
            state.setPreset(preset);
            const QDateTime end =
                QDateTime::fromSecsSinceEpoch(state.range().end, QTimeZone("Asia/Tokyo"));
            QCOMPARE(end.time(), QTime(23, 59, 59));
            QVERIFY(!DashboardState::presetName(preset).isEmpty());
        }
        state.setCustomDates(QDate(2024, 12, 1), QDate(2024, 12, 10));
        QCOMPARE(previous(), Days(QDate(2024, 11, 21), QDate(2024, 11, 30)));
        // Next to a 25-hour day (Berlin falls back on 27 Oct 2024) the previous period is the
        // same number of local days, not the same number of seconds (which adds a day).
        state.setZone(QTimeZone("Europe/Berlin"));
        now = QDateTime(QDate(2024, 10, 28), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(days(P::Today), Days(QDate(2024, 10, 28), QDate(2024, 10, 28)));
        QCOMPARE(previous(), Days(QDate(2024, 10, 27), QDate(2024, 10, 27)));
        QCOMPARE(days(P::Yesterday), Days(QDate(2024, 10, 27), QDate(2024, 10, 27)));
        QCOMPARE(previous(), Days(QDate(2024, 10, 26), QDate(2024, 10, 26)));
        QCOMPARE(days(P::Last7Days), Days(QDate(2024, 10, 22), QDate(2024, 10, 28)));
        QCOMPARE(previous(), Days(QDate(2024, 10, 15), QDate(2024, 10, 21)));
    }

    void dashboardRanges()
    {
        DashboardState state;
        state.setZone(QTimeZone("Asia/Tokyo"));
        state.setClock(
            [] { return QDateTime(QDate(2024, 3, 10), QTime(20, 0), QTimeZone::utc()); });
        QSignalSpy changed(&state, &DashboardState::changed);
        state.setPreset(DashboardState::Preset::Last7Days);
        QCOMPARE(changed.size(), 1);
        // 20:00 UTC on 03-10 is 05:00 on 03-11 in Tokyo: the last 7 local days end on 03-11.
        QCOMPARE(state.range().days().size(), 7);
        QCOMPARE(state.range().days().last(), QDate(2024, 3, 11));
        QCOMPARE(state.range().utcOffsetMinutes(), -540);
        state.setPreset(DashboardState::Preset::Today);
        QCOMPARE(state.range().end - state.range().start + 1, qint64(86400));
        QCOMPARE(state.range().days(), QVector<QDate>{QDate(2024, 3, 11)});
        state.setCustomDates(QDate(2024, 2, 10), QDate(2024, 2, 1)); // reversed: swapped
        QCOMPARE(state.preset(), DashboardState::Preset::Custom);
        QCOMPARE(state.range().days().first(), QDate(2024, 2, 1));
        QCOMPARE(state.range().days().size(), 10);
        state.setApps(
            {{QStringLiteral("a1"), QStringLiteral("First")}, {QStringLiteral("a2"), {}}});
        QCOMPARE(state.appId(), QStringLiteral("a1"));
        state.setAppId(QStringLiteral("a2"));
        QCOMPARE(changed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
