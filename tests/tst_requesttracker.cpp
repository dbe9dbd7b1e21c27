// RequestTracker, the one place that decides which answer is wanted: superseding ends a
// request (so nothing stays counted), settled comes exactly once per busy period, a
// superseded request's cancel runs, and late answers are not current.
#include "core/requesttracker.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>

class TestRequestTracker : public QObject {
    Q_OBJECT
private slots:
    void settlesOnceWhenTheLastRequestEnds()
    {
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        const auto a = t.begin(QStringLiteral("a"));
        const auto b = t.begin(QStringLiteral("b"));
        QCOMPARE(t.inFlight(), 2);
        t.end(a, true);
        QCOMPARE(settled.size(), 0);
        QVERIFY(t.isBusy());
        t.end(b, false);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(0).toBool(), false);
        QVERIFY(t.loadFailed());
        t.end(b, true); // ending twice changes nothing
        QCOMPARE(settled.size(), 1);
    }

    void aNewerRequestOfTheSlotEndsTheOlderOne()
    {
        // Two quick clicks: the first request ends as superseded (cancelled), only the
        // second's answer is current, and the tracker settles once, on the second.
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        int cancelled = 0;
        const auto first = t.begin(QStringLiteral("user"));
        t.setCancel(first, [&cancelled] { ++cancelled; });
        const auto second = t.begin(QStringLiteral("user"));
        QCOMPARE(cancelled, 1);
        QVERIFY(!t.isCurrent(first));
        QVERIFY(t.isCurrent(second));
        QCOMPARE(t.inFlight(), 1);
        QCOMPARE(settled.size(), 0); // superseding alone never settles
        t.end(first, false);         // a late answer of the first: ignored
        QCOMPARE(settled.size(), 0);
        QVERIFY(!t.loadFailed());
        t.end(second, true);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(0).toBool(), true);
        QCOMPARE(t.supersededCount(), quint64(1));
    }

    void supersedeAllStartsANewLoad()
    {
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        int cancelled = 0;
        const auto failed = t.begin(QStringLiteral("a"));
        t.end(failed, false);
        QCOMPARE(settled.size(), 1);
        const auto slotless = t.begin();
        const auto other = t.begin(QStringLiteral("b"));
        t.setCancel(slotless, [&cancelled] { ++cancelled; });
        t.setCancel(other, [&cancelled] { ++cancelled; });
        t.supersedeAll();
        QCOMPARE(cancelled, 2);
        QVERIFY(!t.isBusy());
        QVERIFY(!t.loadFailed()); // the new load has not failed (yet)
        QCOMPARE(settled.size(), 1);
        const auto next = t.begin(QStringLiteral("a"));
        t.end(next, true);
        QCOMPARE(settled.size(), 2);
        QCOMPARE(settled.at(1).at(0).toBool(), true);
    }

    void supersedingOneSlotLeavesTheOthers()
    {
        RequestTracker t;
        const auto details = t.begin(QStringLiteral("details"));
        const auto events = t.begin(QStringLiteral("events"));
        t.supersede(QStringLiteral("events"));
        QVERIFY(t.isCurrent(details));
        QVERIFY(!t.isCurrent(events));
        t.supersede(QStringLiteral("nothing-there")); // no-op
        QCOMPARE(t.inFlight(), 1);
    }

    void aCancelMayBeginAnotherRequest()
    {
        // Re-entrancy: the bookkeeping is done before the cancel runs.
        RequestTracker t;
        RequestTracker::Id fromCancel = 0;
        const auto first = t.begin(QStringLiteral("a"));
        t.setCancel(first, [&] { fromCancel = t.begin(QStringLiteral("b")); });
        const auto second = t.begin(QStringLiteral("a"));
        QVERIFY(t.isCurrent(second));
        QVERIFY(t.isCurrent(fromCancel));
        QCOMPARE(t.inFlight(), 2);
    }

    void requestDeliversOnlyCurrentAnswers()
    {
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        std::function<void(const Result<int> &)> firstDone, secondDone;
        QVector<int> seen;
        auto send = [&](std::function<void(const Result<int> &)> &keep) {
            return [&keep](std::function<void(const Result<int> &)> done) {
                keep = std::move(done);
                return RequestTracker::Cancel{};
            };
        };
        t.request<int>(QStringLiteral("n"), send(firstDone),
                       [&](const Result<int> &r) { seen.append(r.value()); });
        t.request<int>(QStringLiteral("n"), send(secondDone),
                       [&](const Result<int> &r) { seen.append(r.value()); });
        secondDone(Result<int>(2));
        firstDone(Result<int>(1)); // late: dropped
        QCOMPARE(seen, QVector<int>{2});
        QCOMPARE(settled.size(), 1);
    }

    void aNewBusyPeriodCountsItsOwnFailures()
    {
        // A failed load, then a Retry (or a click) once idle: the old failure does not
        // linger in what the new period says.
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        ApiError offline;
        offline.kind = ApiError::Kind::Offline;
        t.fail(t.begin(QStringLiteral("a")), offline);
        QCOMPARE(t.failures().size(), 1);
        t.end(t.begin(QStringLiteral("b")), true);
        QCOMPARE(settled.size(), 2);
        QCOMPARE(settled.last().at(0).toBool(), true);
        QVERIFY(t.failures().isEmpty());
    }

    void settleIfIdleForALoadWithoutRequests()
    {
        RequestTracker t;
        QSignalSpy settled(&t, &RequestTracker::settled);
        t.supersedeAll();
        t.settleIfIdle();
        QCOMPARE(settled.size(), 1);
        const auto busy = t.begin();
        t.settleIfIdle(); // busy: nothing to say yet
        QCOMPARE(settled.size(), 1);
        t.end(busy, true);
        QCOMPARE(settled.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestTracker)
#include "tst_requesttracker.moc"
