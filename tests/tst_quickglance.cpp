// Quick-glance metrics and the Overview cards, headless, against a real local HTTP server.
#include "api/apiclient.h"
#include "errorbanner.h"
#include "models/quickglancesummary.h"
#include "quickglancecard.h"
#include "quickglancepanel.h"
#include "testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

class TestQuickGlance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void metricsFromSpecExample()
    {
        QuickGlance q;
        q.users = 15;
        q.previousUsers = 21;
        q.errors = 526;
        q.previousErrors = 256;
        q.installs = 35;
        q.previousInstalls = 0;
        const auto m = quickGlanceMetrics(q);
        QCOMPARE(m.size(), 4);
        QCOMPARE(m[0].key, QStringLiteral("users"));
        QCOMPARE(m[0].trend(), MetricChange::Trend::Down);
        QCOMPARE(m[0].changeText(), QStringLiteral("\u221229\u00a0%"));
        QVERIFY(!m[0].isGoodNews());
        QCOMPARE(m[3].key, QStringLiteral("errors"));
        QCOMPARE(m[3].changeText(), QStringLiteral("+105\u00a0%"));
        QVERIFY(!m[3].isGoodNews()); // more errors is bad news
        QCOMPARE(m[1].changeText(), QStringLiteral("new"));
        q.users = 20;
        QCOMPARE(quickGlanceMetrics(q)[0].changeText(), QStringLiteral("\u22124.8\u00a0%"));
        QCOMPARE(m[2].trend(), MetricChange::Trend::Unknown);
        QCOMPARE(m[2].changeText(), QStringLiteral("—"));
        QCOMPARE(formatCount(9007199254740991.0), QStringLiteral("9,007,199,254,740,991"));
        QCOMPARE(formatCount(2589.5), QStringLiteral("2,589.5"));
        QCOMPARE(formatCount(std::nullopt), QStringLiteral("—"));
    }

    void panelShowsCardsThenErrorThenRecovers()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        bool failNext = false;
        server.setHandler([&](const TestHttpServer::Request &) {
            if (failNext)
                return TestHttpServer::Response::json("{}", 401);
            QFile f(QStringLiteral(NUCLEUS_TEST_DATA "/spec-quickglance.json"));
            f.open(QIODevice::ReadOnly);
            return TestHttpServer::Response::json(f.readAll());
        });
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setToken(QStringLiteral("t"));
        QuickGlancePanel panelOwner(&client);
        QuickGlancePanel *panel = &panelOwner;
        panel->show();
        // The compiled-in SVG app icon renders.
        QVERIFY(!QIcon(QStringLiteral(":/icons/nucleus-dashboard.svg")).pixmap(32, 32).isNull());
        QSignalSpy loaded(panel, &QuickGlancePanel::loaded);
        panel->setAppId(QStringLiteral("app1"));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QCOMPARE(panel->cards()[0]->valueText(), QStringLiteral("15"));
        QCOMPARE(panel->cards()[3]->valueText(), QStringLiteral("526"));
        QVERIFY(panel->cards()[3]->toolTip().contains(QStringLiteral("256")));
        QVERIFY(panel->errorText().isEmpty());

        failNext = true;
        panel->reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(1).at(0).toBool(), false);
        QVERIFY(panel->errorText().contains(QStringLiteral("rejected the API token")));

        failNext = false;
        auto *banner = panel->findChild<ErrorBanner *>();
        QVERIFY(banner && banner->isVisible());
        emit banner->retryRequested();
        QTRY_COMPARE(loaded.size(), 3);
        QVERIFY(panel->errorText().isEmpty());
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestQuickGlance)
#include "tst_quickglance.moc"
