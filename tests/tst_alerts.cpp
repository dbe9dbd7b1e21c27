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
        QCOMPARE(evaluateAlert(r, seen(50), state, 1000).firing, false); // at the threshold: no
        AlertOutcome o = evaluateAlert(r, seen(51), state, 2000);
        QVERIFY(o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::Fired);
        o = evaluateAlert(r, seen(80), state, 3000);
        QVERIFY(o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::None); // notified once, not on every poll
        o = evaluateAlert(r, seen(10), state, 4000);
        QVERIFY(!o.firing);
        QCOMPARE(o.change, AlertOutcome::Change::Cleared);
        o = evaluateAlert(r, seen(60), state, 5000);
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
        QCOMPARE(evaluateAlert(below, seen(1), state, 2000).change, AlertOutcome::Change::None);
        QCOMPARE(evaluateAlert(below, seen(5), state, 2100).change, AlertOutcome::Change::Cleared);
        // A single low poll between high ones never fires, however often it happens.
        for (qint64 t = 3000; t < 9000; t += 600) {
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

    void checkMeasuresOverRealHttpOnTheTestsClock()
    {
        // The hand-built data over HTTP, on a clock this test moves: errors 2024-03-11 23:45
        // and 03-12 09:40; app starts 03-10 08:00, 03-11 23:30, 03-12 07:00 and 09:00.
        qint64 now = utcSecs("2024-03-12T12:00:00Z");
        DemoServerOptions options;
        options.token = QStringLiteral("secret");
        DemoServer server(std::make_unique<DemoApi>(handBuiltDataSet(), [&now] { return now; }),
                          options);
        QVERIFY(server.listen());
        MemoryStore keychain;
        AccountClients clients(&keychain);
        clients.setToken(QStringLiteral("demo"), server.baseUrl(), QStringLiteral("secret"));
        AlertStore store;
        const int errorsId = store.add(rule("errors>1"));
        const int twoId = store.add(rule("errors>2"));
        const int riseId = store.add(rule("errors>3x"));
        const int startsId = store.add(rule("starts=0@6h"));
        const int liveId = store.add(rule("live>0@1m"));
        AlertRule off = rule("errors>0");
        off.enabled = false;
        store.add(off);
        AlertChecker checker(&clients, &store);
        QSignalSpy finished(&checker, &AlertChecker::finished);
        auto checkAt = [&](const char *iso) {
            now = utcSecs(iso);
            checker.check(store.rules(), now);
            if (!finished.wait(20000))
                return QMap<int, AlertOutcome>();
            QMap<int, AlertOutcome> byId;
            for (const AlertOutcome &o : finished.takeLast().at(0).value<QVector<AlertOutcome>>())
                byId.insert(o.rule.id, o);
            return byId;
        };
        auto liveNow = [&] {
            return QJsonDocument::fromJson(
                       server.api()
                           .handle("GET",
                                   {QStringLiteral("apps"), QStringLiteral("hand-app"),
                                    QStringLiteral("live"), QStringLiteral("users"),
                                    QStringLiteral("count")},
                                   {})
                           .body)
                .object()
                .value(QStringLiteral("data"))
                .toDouble();
        };

        auto at = checkAt("2024-03-12T12:00:00Z");
        QCOMPARE(at.size(), 5); // the disabled rule is not checked
        QCOMPARE(at[errorsId].observation.value, 2.0);
        QCOMPARE(at[errorsId].change, AlertOutcome::Change::Fired);
        QVERIFY(!at[twoId].firing); // 2 is not above 2
        QCOMPARE(at[riseId].observation.previous, 0.0);
        QVERIFY(at[riseId].firing);                    // 2 errors after none
        QCOMPARE(at[startsId].observation.value, 2.0); // 07:00 and 09:00
        QVERIFY(!at[startsId].firing);
        QCOMPARE(at[liveId].observation.value, liveNow());
        QCOMPARE(store.history().size(), 2);

        at = checkAt("2024-03-12T20:00:00Z");
        QVERIFY(at[errorsId].firing);
        QCOMPARE(at[errorsId].change, AlertOutcome::Change::None); // no second notification
        QCOMPARE(at[startsId].observation.value, 0.0);
        QCOMPARE(at[startsId].change, AlertOutcome::Change::Fired);

        at = checkAt("2024-03-12T23:50:00Z");
        QCOMPARE(at[riseId].observation.value, 1.0);    // 09:40
        QCOMPARE(at[riseId].observation.previous, 1.0); // 03-11 23:45
        QCOMPARE(at[riseId].change, AlertOutcome::Change::Cleared);

        at = checkAt("2024-03-13T10:00:00Z");
        QCOMPARE(at[errorsId].observation.value, 0.0);
        QCOMPARE(at[errorsId].change, AlertOutcome::Change::None);
        QVERIFY(at[startsId].firing);        // still no start
        QCOMPARE(store.history().size(), 3); // errors>1, errors>3x, starts=0@6h fired once each
        QCOMPARE(store.history().first().rule, QStringLiteral("starts=0@6h"));
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
