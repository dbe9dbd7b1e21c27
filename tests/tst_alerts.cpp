// Local alert rules (product.md §8): the rule syntax and its refusals, each rule kind firing
// and clearing at its threshold on a clock the test moves (no sleeps), one notification per
// firing, the history, rules surviving a restart, a check against the demo server over real
// HTTP, and `alerts` run as the real executable with every exit code.
#include "alerts/alertchecker.h"
#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "auth/memorystore.h"
#include "core/accountclients.h"
#include "demoserver.h"
#include "handbuiltdata.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
AlertRule rule(const char *text)
{
    QString error;
    std::optional<AlertRule> r = AlertRule::parse(QLatin1String(text), &error);
    if (!r)
        qFatal("not a rule: %s (%s)", text, qPrintable(error));
    r->account = QStringLiteral("demo");
    r->appId = QStringLiteral("hand-app");
    return *r;
}

AlertObservation seen(double value, double previous = 0)
{
    AlertObservation o;
    o.known = true;
    o.value = value;
    o.previous = previous;
    return o;
}

struct Run {
    int exitCode = -1;
    QString out, err;
};
} // namespace

// The hand-built data over HTTP, on a clock the test moves: errors 2024-03-11 23:45 and
// 03-12 09:40; app starts 03-10 08:00, 03-11 23:30, 03-12 07:00 and 09:00.
struct PolledServer {
    qint64 now = utcSecs("2024-03-12T12:00:00Z");
    std::unique_ptr<DemoServer> server;
    MemoryStore keychain;
    std::unique_ptr<AccountClients> clients;
    AlertStore store;
    std::unique_ptr<AlertChecker> checker;

    bool start()
    {
        DemoServerOptions options;
        options.token = QStringLiteral("secret");
        server = std::make_unique<DemoServer>(
            std::make_unique<DemoApi>(handBuiltDataSet(), [this] { return now; }), options);
        if (!server->listen())
            return false;
        clients = std::make_unique<AccountClients>(&keychain);
        clients->setToken(QStringLiteral("demo"), server->baseUrl(), QStringLiteral("secret"));
        checker = std::make_unique<AlertChecker>(clients.get(), &store);
        return true;
    }
    // One check at `at`: every rule's outcome by id (empty if it never answered).
    QMap<int, AlertOutcome> checkAt(qint64 at)
    {
        now = at;
        QSignalSpy finished(checker.get(), &AlertChecker::finished);
        checker->check(store.rules(), now);
        QMap<int, AlertOutcome> byId;
        if (finished.wait(20000)) {
            for (const AlertOutcome &o : finished.first().at(0).value<QVector<AlertOutcome>>())
                byId.insert(o.rule.id, o);
        }
        return byId;
    }
    // A poll every `step` seconds from now to `to`: the changes each rule went through.
    QMap<int, QStringList> pollTo(const char *to, qint64 step = 600)
    {
        QMap<int, QStringList> changes;
        for (qint64 t = now + step; t <= utcSecs(to); t += step) {
            const auto outcomes = checkAt(t);
            if (outcomes.isEmpty())
                return {{-1, {QStringLiteral("no answer")}}};
            for (const AlertOutcome &o : outcomes) {
                if (o.change != AlertOutcome::Change::None)
                    changes[o.rule.id].append((o.change == AlertOutcome::Change::Fired
                                                   ? QStringLiteral("fired ")
                                                   : QStringLiteral("cleared ")) +
                                              demoIsoTime(t).mid(5, 11));
            }
        }
        return changes;
    }
};

class TestAlerts : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home; // the executable's HOME: settings of its own

    Run run(const QStringList &args, const QString &token = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("NUCLEUS_TOKEN"), token);
        // No keychain here: a missing token is one the keychain cannot give (exit 3).
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NUCLEUS_DASHBOARD_EXE),
                      QStringList{QStringLiteral("alerts")} + args);
        if (!finished.wait(120000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // this process's settings of its own
        QVERIFY(m_home.isValid());
    }

    void init() { QSettings().remove(QStringLiteral("alerts")); }

    void rulesReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("minutes");
        using K = AlertRule::Kind;
        QTest::newRow("errors") << "errors>50/24h"
                                << "errors>50/24h" << int(K::ErrorsAbove) << 50.0 << 0;
        QTest::newRow("errors short") << "errors>50"
                                      << "errors>50/24h" << int(K::ErrorsAbove) << 50.0 << 0;
        QTest::newRow("rise") << "errors>3x"
                              << "errors>3x" << int(K::ErrorsRise) << 3.0 << 0;
        QTest::newRow("rise decimal") << "Errors > 1.5x"
                                      << "errors>1.5x" << int(K::ErrorsRise) << 1.5 << 0;
        QTest::newRow("live below") << "live<5@10m"
                                    << "live<5@10m" << int(K::LiveBelow) << 5.0 << 10;
        QTest::newRow("live default hold") << "live<5"
                                           << "live<5@5m" << int(K::LiveBelow) << 5.0 << 5;
        QTest::newRow("live above hours") << "live>200@2h"
                                          << "live>200@2h" << int(K::LiveAbove) << 200.0 << 120;
        QTest::newRow("starts") << "starts=0@6h"
                                << "starts=0@6h" << int(K::NoStarts) << 0.0 << 360;
        QTest::newRow("starts minutes") << "starts=0@90m"
                                        << "starts=0@90m" << int(K::NoStarts) << 0.0 << 90;
    }
    void rulesReadBackAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto r = AlertRule::parse(text, &error);
        QVERIFY2(r, qPrintable(error));
        QFETCH(int, kind);
        QCOMPARE(int(r->kind), kind);
        QFETCH(double, threshold);
        QFETCH(int, minutes);
        QCOMPARE(r->threshold, threshold);
        QCOMPARE(r->minutes, minutes);
        QCOMPARE(r->text(), canonical);
        QCOMPARE(AlertRule::parse(r->text(), nullptr)->text(), canonical); // stable
        QVERIFY(!r->description().isEmpty());
    }

    void badRulesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "No rule given";
        QTest::newRow("blank") << "   "
                               << "No rule given";
        QTest::newRow("negative") << "errors>-5"
                                  << "0 or more";
        QTest::newRow("no threshold") << "live<"
                                      << "no threshold";
        QTest::newRow("words") << "errors>many"
                               << "must be a number";
        QTest::newRow("unknown subject") << "crashes>5"
                                         << "is not a rule";
        QTest::newRow("errors below") << "errors<5"
                                      << "errors>N";
        QTest::newRow("zero factor") << "errors>0x"
                                     << "more than 0";
        QTest::newRow("live equals") << "live=5"
                                     << "live<N or live>N";
        QTest::newRow("live below zero") << "live<0"
                                         << "above 0";
        QTest::newRow("bad hold") << "live<5@soon"
                                  << "not a duration";
        QTest::newRow("hold too long") << "live<5@20000m"
                                       << "not a duration";
        QTest::newRow("starts without span") << "starts=0"
                                             << "for how long";
        QTest::newRow("starts above") << "starts>3@6h"
                                      << "starts=0@DURATION";
        QTest::newRow("factor on live") << "live>3x"
                                        << "belong to errors rules";
        QTest::newRow("huge") << "errors>99999999999"
                              << "must be a number";
    }
    void badRulesAreRefusedWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!AlertRule::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void errorsAboveFiresOverItsThresholdAndClears()
    {
        const AlertRule r = rule("errors>50/24h");
        AlertState state;
        QCOMPARE(evaluateAlert(r, seen(50), state, 100).firing, false); // at the threshold: no
        AlertOutcome o = evaluateAlert(r, seen(51), state, 200);
        QVERIFY(o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::Fired);
        o = evaluateAlert(r, seen(80), state, 300);
        QVERIFY(o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::None); // notified once, not on every poll
        o = evaluateAlert(r, seen(10), state, 400);
        QVERIFY(!o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::Cleared);
        o = evaluateAlert(r, seen(60), state, 500);
        QCOMPARE(o.change, AlertOutcome::Change::Fired); // cleared, so it fires again
    }

    void errorsRiseComparesWithThe24HoursBefore()
    {
        const AlertRule r = rule("errors>3x");
        AlertState state;
        QVERIFY(!evaluateAlert(r, seen(30, 10), state, 100).firing); // 3× exactly: no
        QCOMPARE(evaluateAlert(r, seen(31, 10), state, 200).change, AlertOutcome::Change::Fired);
        QCOMPARE(evaluateAlert(r, seen(12, 10), state, 300).change, AlertOutcome::Change::Cleared);
        QVERIFY(!evaluateAlert(r, seen(0, 0), state, 400).firing); // no errors is never a rise
        QVERIFY(evaluateAlert(r, seen(1, 0), state, 500).firing);  // from none, any is
    }

    void liveRulesFireOnlyOnceHeld()
    {
        const AlertRule below = rule("live<5@10m");
        AlertState state;
        QVERIFY(!evaluateAlert(below, seen(7), state, 0).firing);
        AlertOutcome o = evaluateAlert(below, seen(3), state, 60); // starts to hold
        QVERIFY(!o.firing);
        QCOMPARE(state.since, qint64(60));
        QVERIFY(!evaluateAlert(below, seen(4), state, 60 + 599).firing); // 9:59 held
        o = evaluateAlert(below, seen(2), state, 60 + 600);
        QVERIFY(o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::Fired);
        QCOMPARE(evaluateAlert(below, seen(1), state, 700).change, AlertOutcome::Change::None);
        QCOMPARE(evaluateAlert(below, seen(5), state, 800).change, AlertOutcome::Change::Cleared);
        // A single low poll between high ones never fires, however often it happens.
        for (qint64 t = 1000; t < 9000; t += 600) {
            QVERIFY(!evaluateAlert(below, seen(0), state, t).firing);
            QVERIFY(!evaluateAlert(below, seen(9), state, t + 300).firing);
        }
        const AlertRule above = rule("live>100@5m");
        AlertState high;
        QVERIFY(!evaluateAlert(above, seen(100), high, 0).firing);
        QVERIFY(!evaluateAlert(above, seen(101), high, 10).firing);
        QCOMPARE(evaluateAlert(above, seen(150), high, 310).change, AlertOutcome::Change::Fired);
    }

    void noStartsFiresAtZero()
    {
        const AlertRule r = rule("starts=0@6h");
        AlertState state;
        QVERIFY(!evaluateAlert(r, seen(1), state, 0).firing);
        QCOMPARE(evaluateAlert(r, seen(0), state, 10).change, AlertOutcome::Change::Fired);
        QCOMPARE(evaluateAlert(r, seen(2), state, 20).change, AlertOutcome::Change::Cleared);
    }

    void anUnknownValueChangesNothing()
    {
        const AlertRule r = rule("errors>5");
        AlertState state;
        evaluateAlert(r, seen(9), state, 0);
        AlertObservation failed;
        failed.error = QStringLiteral("unreachable");
        const AlertOutcome o = evaluateAlert(r, failed, state, 10);
        QVERIFY(!o.firing); // not known to fire (a check says it failed instead)
        QCOMPARE(o.change, AlertOutcome::Change::None);
        QVERIFY(state.firing); // and no "cleared": the next value known decides
        QCOMPARE(evaluateAlert(r, seen(9), state, 20).change, AlertOutcome::Change::None);
    }

    void rulesStateAndHistorySurviveARestart()
    {
        int id = 0;
        {
            AlertStore store;
            id = store.add(rule("errors>5"));
            store.add(rule("live<2@10m"));
            store.setState(id, {1234, true});
            store.record({1234, id, QStringLiteral("demo"), QStringLiteral("hand-app"),
                          QStringLiteral("errors>5/24h"), 9, QStringLiteral("9 errors in 24 h")});
            QSettings().sync();
        }
        AlertStore again; // another run reads the same settings
        const QVector<AlertRule> rules = again.rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].id, id);
        QCOMPARE(rules[0].text(), QStringLiteral("errors>5/24h"));
        QCOMPARE(rules[1].text(), QStringLiteral("live<2@10m"));
        QCOMPARE(again.state(id).since, qint64(1234));
        QVERIFY(again.state(id).firing);
        QCOMPARE(AlertStore(QStringLiteral("check")).state(id).firing, false); // its own state
        QCOMPARE(again.history().size(), 1);
        QCOMPARE(again.history().first().valueText, QStringLiteral("9 errors in 24 h"));
        // Ids are never reused: a removed rule's number names no other.
        QVERIFY(again.remove(id));
        QVERIFY(!again.remove(id));
        QVERIFY(again.add(rule("errors>1")) > rules[1].id);
        QCOMPARE(again.state(id).firing, false);
        // Edited: the state of the old rule is not the new one's.
        AlertRule edited = again.rules().first();
        again.setState(edited.id, {99, true});
        edited.threshold = 3;
        QVERIFY(again.update(edited));
        QCOMPARE(again.state(edited.id).firing, false);
        // Nothing of a token in the settings.
        QSettings s;
        for (const QString &key : s.allKeys())
            QVERIFY2(!s.value(key).toString().contains(QLatin1String("secret")), qPrintable(key));
    }

    void historyKeepsTheNewest()
    {
        AlertStore store;
        for (int i = 0; i < AlertStore::kHistoryLimit + 5; ++i)
            store.record({i, 1, QStringLiteral("demo"), QStringLiteral("a"), QStringLiteral("r"),
                          double(i), QString::number(i)});
        const auto history = store.history();
        QCOMPARE(history.size(), AlertStore::kHistoryLimit);
        QCOMPARE(history.first().time, qint64(AlertStore::kHistoryLimit + 4));
    }

    void eachRuleFiresAndClearsOverHttpOnThePollsOfATestClock()
    {
        PolledServer s;
        QVERIFY(s.start());
        const int errorsId = s.store.add(rule("errors>1"));
        const int twoId = s.store.add(rule("errors>2"));
        const int riseId = s.store.add(rule("errors>3x"));
        const int startsId = s.store.add(rule("starts=0@6h"));
        AlertRule off = rule("errors>0");
        off.enabled = false;
        s.store.add(off);

        auto at = s.checkAt(s.now);
        QCOMPARE(at.size(), 4); // the disabled rule is not checked
        QCOMPARE(at[errorsId].observation.value, 2.0);
        QCOMPARE(at[errorsId].change, AlertOutcome::Change::Fired);
        QVERIFY(!at[twoId].firing); // 2 is not above 2
        QCOMPARE(at[riseId].observation.previous, 0.0);
        QCOMPARE(at[riseId].change, AlertOutcome::Change::Fired); // 2 errors after none
        QCOMPARE(at[startsId].observation.value, 2.0);            // 07:00 and 09:00
        QVERIFY(!at[startsId].firing);

        // Polled every 10 minutes for a day: each change once, at the poll after it happens.
        const QMap<int, QStringList> changes = s.pollTo("2024-03-13T12:00:00Z");
        QCOMPARE(changes.value(errorsId), // 03-11 23:45 leaves the 24 h
                 QStringList{QStringLiteral("cleared 03-12T23:50")});
        QCOMPARE(changes.value(riseId), // then 1 error against 1 the day before
                 QStringList{QStringLiteral("cleared 03-12T23:50")});
        QCOMPARE(changes.value(startsId), // 09:00 leaves the hours of the last 6 h at 16:00
                 QStringList{QStringLiteral("fired 03-12T16:00")});
        QVERIFY(!changes.contains(twoId));
        QVERIFY(!changes.contains(-1));
        // Fired once each, kept in the history; cleared ones are not alerts.
        QCOMPARE(s.store.history().size(), 3);
        QCOMPARE(s.store.history().first().rule, QStringLiteral("starts=0@6h"));
        QCOMPARE(s.store.history().first().time, utcSecs("2024-03-12T16:00:00Z"));

        // An app start clears "no starts": 03-11 23:30 is within 6 h of 03-12 05:20.
        s.checkAt(utcSecs("2024-03-12T05:00:00Z")); // a jump back in time starts afresh
        at = s.checkAt(utcSecs("2024-03-12T05:10:00Z"));
        QCOMPARE(at[startsId].observation.value, 1.0);
        QVERIFY(!at[startsId].firing);
        const QMap<int, QStringList> early = s.pollTo("2024-03-12T07:00:00Z");
        // 23:30's hour leaves the window at 06:00; 07:00's start brings it back.
        QCOMPARE(early.value(startsId), (QStringList{QStringLiteral("fired 03-12T06:00"),
                                                     QStringLiteral("cleared 03-12T07:00")}));
    }

    void liveRulesFireAndClearOverHttpAsHeld()
    {
        PolledServer s;
        QVERIFY(s.start());
        const int aboveId = s.store.add(rule("live>0@5m"));
        const int belowId = s.store.add(rule("live<1@20m"));
        // What the server says is live at each 5-minute poll, and what the rules must do with
        // it: fire once held for 5 (the next poll) or 20 minutes (four polls later), clear at
        // the first poll it fails.
        s.now = utcSecs("2024-03-12T06:00:00Z");
        QStringList expectedAbove, expectedBelow;
        qint64 aboveSince = 0, belowSince = 0;
        bool aboveFiring = false, belowFiring = false;
        QStringList seenAbove, seenBelow;
        for (qint64 t = s.now; t <= utcSecs("2024-03-12T12:00:00Z"); t += 300) {
            const auto at = s.checkAt(t);
            QVERIFY(at.contains(aboveId) && at[aboveId].observation.known);
            const double live = at[aboveId].observation.value;
            QCOMPARE(at[belowId].observation.value, live);
            const QString when = demoIsoTime(t).mid(5, 11);
            auto expect = [&](bool holds, qint64 &since, bool &firing, QStringList &out) {
                if (!holds) {
                    since = 0;
                    if (firing)
                        out.append(QStringLiteral("cleared ") + when);
                    firing = false;
                    return;
                }
                since = since ? since : t;
                if (t - since >= (&firing == &aboveFiring ? 300 : 1200) && !firing) {
                    firing = true;
                    out.append(QStringLiteral("fired ") + when);
                }
            };
            expect(live > 0, aboveSince, aboveFiring, expectedAbove);
            expect(live < 1, belowSince, belowFiring, expectedBelow);
            for (const auto &[id, seen] : {std::pair{aboveId, &seenAbove}, {belowId, &seenBelow}}) {
                if (at[id].change == AlertOutcome::Change::Fired)
                    seen->append(QStringLiteral("fired ") + when);
                else if (at[id].change == AlertOutcome::Change::Cleared)
                    seen->append(QStringLiteral("cleared ") + when);
            }
        }
        QCOMPARE(seenAbove, expectedAbove);
        QCOMPARE(seenBelow, expectedBelow);
        // The morning has both: users live for a while, and a quiet spell (else this test
        // would prove nothing).
        QVERIFY2(expectedAbove.size() >= 1 && expectedBelow.size() >= 1,
                 qPrintable(expectedAbove.join(QLatin1Char(',')) + QLatin1Char('|') +
                            expectedBelow.join(QLatin1Char(','))));
    }

    void partialAnswersAreNotMeasurementsOfZero()
    {
        // The spec's own example: "hours" of 3, 4 and 8 entries, days with usage, and no
        // "previousErrors". Neither may pass for "no starts" or "a rise from none".
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &request) {
            const QString name = request.path().endsWith("quickglance")
                                     ? QStringLiteral("/spec-quickglance.json")
                                     : QStringLiteral("/spec-analytics.json");
            QFile file(QStringLiteral(NUCLEUS_TEST_DATA) + name);
            file.open(QIODevice::ReadOnly);
            QByteArray body = file.readAll();
            body.replace("\"previousErrors\"", "\"previousErrorsGone\"");
            return TestHttpServer::Response::json(body);
        });
        MemoryStore keychain;
        AccountClients clients(&keychain);
        clients.setToken(QStringLiteral("demo"), server.baseUrl(), QStringLiteral("t"));
        AlertStore store;
        store.add(rule("starts=0@6h"));
        store.add(rule("errors>3x"));
        const int plainId = store.add(rule("errors>0"));
        AlertChecker checker(&clients, &store);
        QSignalSpy finished(&checker, &AlertChecker::finished);
        // Inside the example's days, so that its days with starts are the ones asked for.
        checker.check(store.rules(), utcSecs("2021-04-11T12:00:00Z"));
        QVERIFY(finished.wait(10000));
        for (const AlertOutcome &o : finished.first().at(0).value<QVector<AlertOutcome>>()) {
            QVERIFY2(o.rule.id == plainId ? o.observation.known : !o.observation.known,
                     qPrintable(o.rule.text()));
            QVERIFY(o.rule.id == plainId || !o.observation.error.isEmpty());
        }
    }

    void aLongGapStartsAfresh()
    {
        const AlertRule r = rule("live<5@10m");
        const qint64 t0 = 1700000000; // a real time: 0 is "never" for the state
        AlertState state;
        evaluateAlert(r, seen(1), state, t0);
        QVERIFY(evaluateAlert(r, seen(1), state, t0 + 600).firing);
        // The app was closed for hours: nothing is known of meanwhile, so a condition that
        // still holds must be held again, and is said again when it fires.
        AlertOutcome o = evaluateAlert(r, seen(1), state, t0 + 600 + 4 * 3600);
        QVERIFY(!o.firing);
        o = evaluateAlert(r, seen(1), state, t0 + 600 + 4 * 3600 + 600);
        QCOMPARE(o.change, AlertOutcome::Change::Fired);
        // Within the gap allowed (cron every 5 minutes) nothing is lost.
        AlertState cron;
        evaluateAlert(r, seen(1), cron, t0);
        evaluateAlert(r, seen(1), cron, t0 + 300);
        QCOMPARE(evaluateAlert(r, seen(1), cron, t0 + 600).change, AlertOutcome::Change::Fired);
    }

    void aCheckOfAnAccountWithoutTokenSaysSo()
    {
        MemoryStore keychain; // holds nothing
        AccountClients clients(&keychain);
        AlertStore store;
        AlertRule r = rule("errors>1");
        r.account = QStringLiteral("https://example.invalid/api/v1");
        store.add(r);
        AlertChecker checker(&clients, &store);
        QSignalSpy finished(&checker, &AlertChecker::finished);
        checker.check(store.rules(), 1000);
        QVERIFY(finished.wait(10000));
        const auto outcomes = finished.first().at(0).value<QVector<AlertOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first().observation.known);
        QVERIFY(outcomes.first().observation.noToken);
        QVERIFY2(outcomes.first().observation.error.contains(QLatin1String("No token")),
                 qPrintable(outcomes.first().observation.error));
    }

    void commandExitCodes()
    {
        qint64 now = QDateTime::currentSecsSinceEpoch();
        // The hand-built data's errors, moved to the last 24 hours (alerts are about now).
        DataSet data = handBuiltDataSet();
        const qint64 shift = now - utcSecs("2024-03-12T12:00:00Z");
        for (DemoSession &s : data.sessions) {
            s.start += shift;
            s.end += shift;
        }
        for (DemoEvent &e : data.events)
            e.time += shift;
        for (DemoUser &u : data.users)
            u.createdAt += shift;
        data.finalize();
        DemoServerOptions options;
        options.token = QStringLiteral("secret");
        DemoServer server(std::make_unique<DemoApi>(std::move(data), [&now] { return now; }),
                          options);
        QVERIFY(server.listen());
        const QString url = server.baseUrl().toString();
        auto at = [&](const QStringList &more) {
            return QStringList{QStringLiteral("--server"), url, QStringLiteral("--app"),
                               QStringLiteral("hand-app")} +
                   more;
        };

        Run r = run({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());

        // 2: a bad rule, and nothing of the command stored.
        r = run(at({QStringLiteral("add"), QStringLiteral("errors>5"), QStringLiteral("live<-1")}));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing was added")), qPrintable(r.err));
        QVERIFY(run({QStringLiteral("list")}).out.isEmpty());
        // 2: nothing to check yet.
        QCOMPARE(run(at({QStringLiteral("check")}), QStringLiteral("secret")).exitCode, 2);

        r = run(at({QStringLiteral("add"), QStringLiteral("errors>100")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("1\ton\t")), qPrintable(r.out));
        // 0: nothing fires (two errors in 24 h).
        r = run(at({QStringLiteral("check")}), QStringLiteral("secret"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = run(at({QStringLiteral("add"), QStringLiteral("errors>1/24h")}));
        QCOMPARE(r.exitCode, 0);
        // 10: one line per firing rule on stdout.
        r = run(at({QStringLiteral("check")}), QStringLiteral("secret"));
        QVERIFY2(r.exitCode == 10, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("hand-app errors>1/24h: 2 errors in 24 h (threshold 1)\n"));
        QVERIFY(r.err.isEmpty());
        r = run({QStringLiteral("list")});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        QVERIFY(r.out.contains(QLatin1String("2\ton\t") + url +
                               QLatin1String("\thand-app\terrors>1/24h")));

        // 3: no token (NUCLEUS_TOKEN unset, no keychain).
        r = run(at({QStringLiteral("check")}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());

        // 1: the server cannot be reached.
        const QString gone = QStringLiteral("http://127.0.0.1:1/api/v1");
        r = run({QStringLiteral("add"), QStringLiteral("--server"), gone, QStringLiteral("--app"),
                 QStringLiteral("x"), QStringLiteral("errors>1")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("check"), QStringLiteral("--server"), gone},
                QStringLiteral("secret"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QLatin1String("could not be reached")), qPrintable(r.err));

        // remove: unknown ids change nothing; known ones go.
        QCOMPARE(
            run({QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("99")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list")}).out.count(QLatin1Char('\n')), 3);
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("2")}).exitCode, 0);
        r = run(at({QStringLiteral("check")}), QStringLiteral("secret"));
        QCOMPARE(r.exitCode, 0);
    }

    void commandChecksTheDemosApps()
    {
        // The built-in demo's apps: "Sync Agent" crashes since 20 hours ago.
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--demo"), QStringLiteral("--app"),
                      QStringLiteral("demo-sync"), QStringLiteral("errors>50")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--demo"), QStringLiteral("--app"),
                      QStringLiteral("demo-notes"), QStringLiteral("errors>100000")})
                     .exitCode,
                 0);
        Run r = run({QStringLiteral("check"), QStringLiteral("--demo")});
        QVERIFY2(r.exitCode == 10, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("demo-sync errors>50/24h: ")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        r = run({QStringLiteral("check"), QStringLiteral("--demo"), QStringLiteral("--app"),
                 QStringLiteral("demo-notes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
