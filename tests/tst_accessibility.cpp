// What a screen reader and a keyboard get (product.md §9), headless against the demo server:
// every control a Tab can reach has an accessible name on every page, charts and cards say what
// they show in words, every page and the users → session drill-down are reached by keys alone,
// and the text colours of both palettes meet WCAG AA (4.5:1).
#include "alertsettings.h"
#include "api/apiclient.h"
#include "appearance.h"
#include "auth/memorystore.h"
#include "charts/charttheme.h"
#include "charts/chartwidget.h"
#include "connectdialog.h"
#include "core/dashboardstate.h"
#include "core/language.h"
#include "demofixture.h"
#include "demoserver.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "models/sessionsmodel.h"
#include "pages/analyticspage.h"
#include "pages/userspage.h"
#include "panel.h"
#include "rangebox.h"
#include "signalwait.h"
#include "tone.h"

#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <memory>

class TestAccessibility : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<MainWindow> m_window;

    static QString accessible(QObject *object, QAccessible::Text text)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
        return iface ? iface->text(text) : QString();
    }

    // "QPushButton#refresh in Panel in OverviewPage": where a widget is, for a failure message.
    static QString describe(const QWidget *w)
    {
        QStringList chain;
        for (const QWidget *p = w; p && chain.size() < 4; p = p->parentWidget()) {
            QString name = QString::fromLatin1(p->metaObject()->className());
            if (!p->objectName().isEmpty())
                name += QLatin1Char('#') + p->objectName();
            chain.append(name);
        }
        return chain.join(QStringLiteral(" in "));
    }

    // Every widget of the shown page (and the window's own bars) that Tab reaches.
    QList<QWidget *> focusable() const
    {
        QList<QWidget *> out;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->isVisibleTo(m_window.get()) && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                out.append(w);
        }
        return out;
    }

    bool settle()
    {
        AnalyticsPage *page = m_window->currentPage();
        if (!page->isBusy())
            return true;
        return waitForOutcome(page, &AnalyticsPage::settled);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(qApp, QStringLiteral("en")); // the sentences checked are English
    }
    void init()
    {
        QVERIFY(m_demo.start(300, 60, QStringLiteral("a11y-token"),
                             QDateTime::currentSecsSinceEpoch()));
        m_state = std::make_unique<DashboardState>();
        m_state->setApps({{m_demo.server->appId(), QStringLiteral("Demo")}});
        m_window = std::make_unique<MainWindow>(m_demo.client.get(), m_state.get(),
                                                QStringLiteral("test"));
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_state.reset();
        m_demo.stop();
    }

    void everyFocusableControlHasAName()
    {
        QStringList unnamed;
        for (int page = MainWindow::Apps; page <= MainWindow::Settings; ++page) {
            m_window->showPage(page);
            m_state->refresh();
            QVERIFY(settle());
            const auto widgets = focusable();
            QVERIFY2(widgets.size() > 3, qPrintable(QString::number(page)));
            for (QWidget *w : widgets) {
                if (accessible(w, QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("page %1: %2").arg(page).arg(describe(w)));
            }
        }
        unnamed.removeDuplicates();
        for (const QString &line : std::as_const(unnamed))
            qWarning("no accessible name: %s", qPrintable(line));
        QVERIFY2(unnamed.isEmpty(), "focusable controls without an accessible name (above)");
    }

    // The dialogs: Connect (server, token, app), an alert rule, a custom range.
    void everyDialogControlHasAName()
    {
        MemoryStore secrets;
        ConnectDialog connect(&secrets);
        AlertRuleDialog rule({{QStringLiteral("demo"), QStringLiteral("Demo data"),
                               QStringLiteral("demo-app"), QStringLiteral("Demo Studio")}});
        RangeBox range(m_state.get());
        std::unique_ptr<QDialog> dates(range.askForDates());
        QStringList unnamed;
        for (QDialog *dialog :
             {static_cast<QDialog *>(&connect), static_cast<QDialog *>(&rule), dates.get()}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const auto widgets = dialog->findChildren<QWidget *>();
            int reached = 0;
            for (QWidget *w : widgets) {
                if (!w->isVisibleTo(dialog) || !(w->focusPolicy() & Qt::TabFocus) ||
                    w->focusProxy())
                    continue;
                ++reached;
                if (accessible(w, QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(describe(w));
            }
            QVERIFY2(reached >= 2, dialog->metaObject()->className());
            dialog->hide();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void keyboardAloneReachesEveryPageAndASession()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const char *pages[] = {"AppsPage",  "OverviewPage", "EventsPage",  "ErrorsPage",
                               "UsersPage", "LivePage",     "SettingsPage"};
        for (int i = 0; i < 7; ++i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + i), Qt::ControlModifier);
            QCOMPARE(m_window->currentPage()->metaObject()->className(), pages[i]);
        }
        // Users: Tab to the table, Down opens the first user; Tab on to the sessions, Down opens
        // the newest session's events. No mouse, no call of the page's own functions.
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        m_state->refresh();
        QVERIFY(settle());
        auto *users = qobject_cast<UsersPage *>(m_window->currentPage());
        QVERIFY(users);
        const auto tabTo = [](QWidget *target) {
            for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                            : target->window(),
                                Qt::Key_Tab);
            return QApplication::focusWidget() == target;
        };
        QVERIFY(tabTo(users->usersView()));
        QTest::keyClick(users->usersView(), Qt::Key_Down);
        QVERIFY(settle());
        QTRY_COMPARE(users->detailPanel()->state(), Panel::State::Ready);
        QVERIFY(!users->shownUser().isEmpty());
        QVERIFY(tabTo(users->sessionsView()));
        QTest::keyClick(users->sessionsView(), Qt::Key_Down);
        QVERIFY(settle());
        QTRY_COMPARE(users->timelinePanel()->state(), Panel::State::Ready);
        QVERIFY(users->timelineModel().rowCount() >= 1);

        // Everything the drill-down showed has a name too.
        QStringList unnamed;
        for (QWidget *w : focusable()) {
            if (accessible(w, QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(w));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void chartsAndCardsSayWhatTheyShow()
    {
        m_window->showPage(MainWindow::Overview);
        m_state->refresh();
        QVERIFY(settle());
        const auto charts = m_window->currentPage()->findChildren<ChartWidget *>();
        QVERIFY(charts.size() >= 5);
        for (ChartWidget *chart : charts) {
            const QString summary = chart->summary();
            QVERIFY2(!summary.isEmpty() && !summary.contains(QLatin1String("no data")),
                     qPrintable(summary));
            // The view a screen reader lands on carries it.
            auto *view = chart->findChild<QChartView *>();
            QCOMPARE(accessible(view, QAccessible::Description), summary);
            QVERIFY(!accessible(view, QAccessible::Name).isEmpty());
        }
        // The usage line: its days, its range of values, its direction.
        const QString usage = charts.first()->summary();
        QVERIFY2(
            QRegularExpression(
                QStringLiteral(R"(^Daily usage \(app starts\), .+ to .+: Usage [\d,]+ to [\d,]+ a )"
                               R"(day, (rising|falling|steady))"))
                .match(usage)
                .hasMatch(),
            qPrintable(usage));
        // Platforms by name, with their shares.
        bool platforms = false;
        for (ChartWidget *chart : charts) {
            if (chart->summary().startsWith(QLatin1String("Platforms:"))) {
                platforms = true;
                QVERIFY2(chart->summary().contains(QStringLiteral("Windows · ")),
                         qPrintable(chart->summary()));
            }
        }
        QVERIFY(platforms);
        // The quick-glance cards: their figures in words.
        bool cards = false;
        for (QWidget *w : m_window->currentPage()->findChildren<QWidget *>()) {
            if (qstrcmp(w->metaObject()->className(), "QuickGlanceCard") != 0)
                continue;
            cards = true;
            QVERIFY2(accessible(w, QAccessible::Description).contains(QLatin1String("last 24 h")),
                     qPrintable(accessible(w, QAccessible::Description)));
        }
        QVERIFY(cards);
    }

    void textMeetsContrastInBothPalettes()
    {
        for (auto scheme : {Appearance::Scheme::Light, Appearance::Scheme::Dark}) {
            Appearance::instance()->applyForThisRun(scheme);
            const QPalette p = QApplication::palette();
            const QString which = scheme == Appearance::Scheme::Dark ? QStringLiteral("dark")
                                                                     : QStringLiteral("light");
            const struct {
                const char *what;
                QColor text, background;
            } pairs[] = {
                {"text on window", p.color(QPalette::WindowText), p.color(QPalette::Window)},
                {"text on base", p.color(QPalette::Text), p.color(QPalette::Base)},
                {"button text", p.color(QPalette::ButtonText), p.color(QPalette::Button)},
                {"selection", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)},
                {"tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)},
                {"muted on window", p.color(QPalette::PlaceholderText), p.color(QPalette::Window)},
                {"muted on base", p.color(QPalette::PlaceholderText), p.color(QPalette::Base)},
                {"good news on window", ChartTheme::goodNews(p), p.color(QPalette::Window)},
                {"good news on base", ChartTheme::goodNews(p), p.color(QPalette::Base)},
                {"bad news on window", ChartTheme::badNews(p), p.color(QPalette::Window)},
                {"bad news on base", ChartTheme::badNews(p), p.color(QPalette::Base)},
                // The error banner keeps its own warm colours in both modes.
                {"banner", ErrorBanner::textColor(), ErrorBanner::backgroundColor()},
            };
            for (const auto &pair : pairs) {
                const double ratio = ChartTheme::contrast(pair.text, pair.background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1, %2: %3:1 (%4 on %5)")
                                        .arg(which, QLatin1String(pair.what))
                                        .arg(ratio, 0, 'f', 2)
                                        .arg(pair.text.name(), pair.background.name())));
            }
        }
        // A toned label takes the new palette's colour at a light/dark switch.
        QLabel label(QStringLiteral("−12 %"));
        Tone::set(&label, Tone::Kind::Bad);
        Appearance::instance()->applyForThisRun(Appearance::Scheme::Light);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 ChartTheme::badNews(QApplication::palette()));
        Appearance::instance()->applyForThisRun(Appearance::Scheme::Dark);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 ChartTheme::badNews(QApplication::palette()));
        QVERIFY(ChartTheme::contrast(label.palette().color(QPalette::WindowText),
                                     QApplication::palette().color(QPalette::Window)) >= 4.5);

        // The formula itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(qRound(ChartTheme::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ChartTheme::contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
