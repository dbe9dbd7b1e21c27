// The states a panel can be in (product.md §7), each checked for what it draws: a neutral
// placeholder while nothing came (never a chart), ready, loading again over data, failed with
// old data (muted, "as of", one banner), failed with nothing, and a failure said elsewhere.
#include "panel.h"

#include <QLabel>
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
};

QTEST_MAIN(TestPanelStates)
#include "tst_panelstates.moc"
