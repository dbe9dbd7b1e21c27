// The users browser: its models (and the sort/filter proxy on 100 000 rows), and the page
// driven headless against the demo server: drill-down, history, deletion confirmed, cancelled
// and failing, and a user that no longer exists.
#include "api/apiclient.h"
#include "api/decoders.h"
#include "confirm.h"
#include "core/dashboardstate.h"
#include "demofixture.h"
#include "demoserver.h"
#include "models/displayformat.h"
#include "models/sessionsmodel.h"
#include "models/usersfiltermodel.h"
#include "models/usersmodel.h"
#include "modeltestutils.h"
#include "pages/userspage.h"
#include "panel.h"
#include "signalwait.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <memory>

namespace {
QVector<User> manyUsers(int count)
{
    const char *countries[] = {"US", "DE", "FR", "JP", "BR"};
    const char *platforms[] = {"win", "mac", "linux"};
    QVector<User> users;
    users.reserve(count);
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        User u;
        u.userId = QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0'));
        u.createdAt = base.addSecs(qint64(i) * 97 % 5000000);
        u.lastSeen = u.createdAt.addSecs((qint64(i) * 7919) % 900000);
        u.devices.append(
            {QStringLiteral("d%1").arg(i), QLatin1String(platforms[i % 3]), {}, {}, {}});
        if (i % 10 == 0)
            u.devices.append(
                {QStringLiteral("e%1").arg(i), QLatin1String(platforms[(i + 1) % 3]), {}, {}, {}});
        u.props.insert(QStringLiteral("country"), QLatin1String(countries[i % 5]));
        u.props.insert(QStringLiteral("locale"), QStringLiteral("en"));
        users.append(u);
    }
    return users;
}
} // namespace

class TestUsers : public QObject {
    Q_OBJECT
private:
    DemoFixture m_demo;
    DemoServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<DashboardState> m_state;
    std::unique_ptr<UsersPage> m_page;

    bool settle() { return waitForOutcome(m_page.get(), &AnalyticsPage::settled); }

private slots:
    void init()
    {
        QVERIFY(m_demo.start(300, 60, QStringLiteral("t"), QDateTime::currentSecsSinceEpoch()));
        m_server = m_demo.server.get();
        m_client = m_demo.client.get();
        m_state = std::make_unique<DashboardState>();
        m_state->setApps({{m_server->appId(), {}}});
        m_page = std::make_unique<UsersPage>(m_client, m_state.get());
        m_page->resize(1200, 800);
        m_page->show();
    }
    void cleanup()
    {
        Confirm::setNextAnswer(std::nullopt);
        m_page.reset();
        m_state.reset();
        m_demo.stop();
    }

    void modelsOnSmallTables()
    {
        UsersModel users;
        QAbstractItemModelTester tester(&users,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UsersFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setUsersModel(&users);
        users.setUsers(manyUsers(3));
        QCOMPARE(modelToStrings(users, UsersModel::KeyRole).mid(1),
                 (QStringList{
                     QStringLiteral(
                         "u000000 | u000000 | u000000 | u000000 | u000000 | u000000 | u000000"),
                     QStringLiteral(
                         "u000001 | u000001 | u000001 | u000001 | u000001 | u000001 | u000001"),
                     QStringLiteral(
                         "u000002 | u000002 | u000002 | u000002 | u000002 | u000002 | u000002")}));
        // The table writes times in the locale's long form; its CSV writes ISO 8601 (UTC).
        users.setTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(users.index(1, UsersModel::CreatedColumn).data(TableModel::ValueRole),
                 QVariant(QStringLiteral("2026-01-01T00:01:37.000Z")));
        QCOMPARE(
            users.index(1, UsersModel::CreatedColumn).data().toString(),
            DisplayFormat::dateTime(QDateTime(QDate(2026, 1, 1), QTime(0, 1, 37), QTimeZone::utc()),
                                    QTimeZone("Asia/Tokyo")));
        QVERIFY(users.index(1, UsersModel::CreatedColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("09:01")));
        QCOMPARE(users.row(0).platforms, QStringLiteral("win;mac"));
        QCOMPARE(users.row(0).devices, 2);
        QCOMPARE(users.row(1).country, QStringLiteral("DE"));
        // Sorted by the names shown: United States, Germany, France.
        filter.sort(UsersModel::CountryColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("u000000"));
        QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("u000001"));
        QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("u000002"));
        filter.setSearchText(QStringLiteral("fr"));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(users.removeUser(QStringLiteral("u000002")));
        QCOMPARE(filter.rowCount(), 0);
        QVERIFY(!users.removeUser(QStringLiteral("nobody")));

        SessionsModel sessions;
        QAbstractItemModelTester sessionsTester(
            &sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        sessions.setSessions(
            {{QStringLiteral("1"), QStringLiteral("d"), t, t.addSecs(65), 3.0, 0.0},
             {QStringLiteral("2"), QStringLiteral("d"), t.addDays(1), t.addDays(1).addSecs(3725),
              1.0, 2.0}});
        QCOMPARE(sessions.data(sessions.index(0, SessionsModel::DurationColumn)).toString(),
                 QStringLiteral("1:02:05"));
        QCOMPARE(sessions.data(sessions.index(1, SessionsModel::DurationColumn)).toString(),
                 QStringLiteral("1:05"));

        EventTimelineModel timeline;
        QAbstractItemModelTester timelineTester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Event e;
        e.time = t;
        e.type = QStringLiteral("init");
        e.data = {{QStringLiteral("plan"), QStringLiteral("pro")},
                  {QStringLiteral("note"), QVariant()}};
        e.fieldsJson = R"({"weird":[1,2]})";
        timeline.setEvents({e});
        QCOMPARE(timeline.data(timeline.index(0, EventTimelineModel::DataColumn)).toString(),
                 QStringLiteral("note = null\nplan = pro"));
        QCOMPARE(timeline.data(timeline.index(0, 0), Qt::ToolTipRole).toString(),
                 QStringLiteral("weird = [1,2]"));
    }

    void sortAndFilterOnAHundredThousandRows()
    {
        const QVector<User> all = manyUsers(100000);
        UsersModel users;
        users.setUsers(all);
        UsersFilterModel filter;
        filter.setUsersModel(&users);
        filter.sort(UsersModel::LastSeenColumn, Qt::DescendingOrder);
        QCOMPARE(filter.rowCount(), 100000);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < filter.rowCount(); r += 97) {
            const qint64 seen = users.row(filter.mapToSource(filter.index(r, 0)).row()).lastSeenMs;
            QVERIFY(seen <= previous);
            previous = seen;
        }
        // The current row survives a re-sort (persistent indexes follow their rows).
        const QPersistentModelIndex kept = filter.index(123, 0);
        const QString keptId = kept.data(UsersModel::KeyRole).toString();
        filter.sort(UsersModel::CountryColumn, Qt::AscendingOrder);
        QCOMPARE(kept.data(UsersModel::KeyRole).toString(), keptId);
        for (int r = 1; r < filter.rowCount(); r += 101)
            QVERIFY(users.row(filter.mapToSource(filter.index(r - 1, 0)).row()).country <=
                    users.row(filter.mapToSource(filter.index(r, 0)).row()).country);
        filter.setSearchText(QStringLiteral(" de "));
        int expected = 0;
        for (const User &u : all)
            expected += u.props.value(QStringLiteral("country"))
                            .toString()
                            .contains(QStringLiteral("de"), Qt::CaseInsensitive) ||
                        u.userId.contains(QStringLiteral("de"), Qt::CaseInsensitive);
        QCOMPARE(filter.rowCount(), expected);
        filter.setSearchText(QStringLiteral("linux"));
        int linux = 0;
        for (const User &u : all) {
            bool has = false;
            for (const Device &d : u.devices)
                has = has || d.platform == QLatin1String("linux");
            linux += has;
        }
        QCOMPARE(filter.rowCount(), linux);
        filter.sort(UsersModel::UserIdColumn, Qt::AscendingOrder);
        QVERIFY(filter.index(0, 0).data().toString() < filter.index(1, 0).data().toString());
    }

    // Search matches what one joined, lower-case text of id, codes and names would: ids in
    // any case, names, codes, and needles that run from an id into its codes.
    void searchMatchesTheJoinedTextOfEachRow()
    {
        const QByteArray body =
            R"({"data":[{"userId":"Alice-1","devices":[{"platform":"win"},{"platform":"mac"}],)"
            R"("props":{"country":"DE","locale":"de"}},)"
            R"({"userId":"bob","devices":[{"platform":"linux"}],"props":{"country":"FR"}},)"
            R"({"userId":"CAROL de","props":{"country":"DE","locale":"de"}},)"
            R"({"userId":"dave","devices":[{"platform":"win"},{"platform":"mac"}],)"
            R"("props":{"country":"DE","locale":"de"}}]})";
        UsersModel users;
        users.setSnapshot(UsersModel::prepare(Decode::userRows(body).value().rows));
        QCOMPARE(users.rowCount(), 4);
        const auto joined = [&](int i) {
            const UsersModel::Row &r = users.row(i);
            return QStringList{r.userId,
                               r.country,
                               users.name(r, UsersModel::CountryCode),
                               r.platforms,
                               users.name(r, UsersModel::PlatformCodes),
                               r.locale,
                               users.name(r, UsersModel::LocaleCode)}
                .join(QLatin1Char(' '))
                .toLower();
        };
        QVERIFY(users.name(users.row(0), UsersModel::CountryCode).size() >
                2); // named, not only the code
        const QStringList needles = {QString(),
                                     QStringLiteral("alice"),
                                     QStringLiteral("-1 de"),
                                     QStringLiteral("1 de de"),
                                     QStringLiteral("de"),
                                     QStringLiteral("carol de de"),
                                     QStringLiteral("win;mac"),
                                     QStringLiteral("windows"),
                                     users.name(users.row(0), UsersModel::CountryCode).toLower(),
                                     QStringLiteral("fr"),
                                     QStringLiteral("bob fr"),
                                     QStringLiteral("nothing"),
                                     QStringLiteral(" "),
                                     QStringLiteral("dave de")};
        for (const QString &needle : needles) {
            QVector<int> expected;
            for (int i = 0; i < users.rowCount(); ++i) {
                if (joined(i).contains(needle))
                    expected.append(i);
            }
            QCOMPARE(users.rowsMatching(needle), expected);
        }
        QVERIFY(users.rowsMatching(QStringLiteral("alice-1 de")).contains(0)); // id into codes
        QCOMPARE(users.rowsMatching(QStringLiteral("nothing")), QVector<int>());
    }

    void streamedRowsEqualTheFullDecoder()
    {
        // The streaming decoder and the full one agree on every row of a demo app.
        const QByteArray body =
            m_server->api()
                .handle("GET", {QStringLiteral("apps"), m_server->appId(), QStringLiteral("users")},
                        {})
                .body;
        const auto full = Decode::users(body);
        const auto streamed = Decode::userRows(body);
        QVERIFY(full.ok() && streamed.ok());
        QCOMPARE(*streamed.value().total, *full.value().total);
        QCOMPARE(streamed.value().rows.size(), full.value().users.size());
        for (int i = 0; i < full.value().users.size(); ++i) {
            const UserRow expected = UsersModel::rowFor(full.value().users[i]);
            const UserRow &got = streamed.value().rows[i];
            QCOMPARE(got.userId, expected.userId);
            QCOMPARE(got.createdMs, expected.createdMs);
            QCOMPARE(got.lastSeenMs, expected.lastSeenMs);
            QCOMPARE(got.devices, expected.devices);
            QCOMPARE(got.platforms, expected.platforms);
            QCOMPARE(got.country, expected.country);
            QCOMPARE(got.locale, expected.locale);
        }
    }

    void drillDownUserSessionEvents()
    {
        m_state->refresh();
        QVERIFY(settle());
        QCOMPARE(m_page->usersPanel()->state(), Panel::State::Ready);
        QVERIFY(m_page->usersModel().rowCount() > 200);
        m_page->usersView()->selectRow(0);
        const QString first =
            m_page->usersView()->model()->index(0, 0).data(UsersModel::KeyRole).toString();
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), first);
        QCOMPARE(m_page->detailPanel()->state(), Panel::State::Ready);
        QVERIFY(m_page->deviceRows() >= 1);
        QVERIFY(m_page->sessionsModel().rowCount() >= 1);
        // The newest session comes first; opening it asks with that session's own device.
        m_page->openSession(0);
        QVERIFY(settle());
        QCOMPARE(m_page->timelinePanel()->state(), Panel::State::Ready);
        QVERIFY(m_page->timelineModel().rowCount() >= 1);
        QCOMPARE(m_page->timelineModel().index(0, EventTimelineModel::TypeColumn).data().toString(),
                 QStringLiteral("init"));

        // History: a second user, then back to the first one's session, then forward.
        const QString second =
            m_page->usersView()->model()->index(1, 0).data(UsersModel::KeyRole).toString();
        m_page->openUser(second);
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), second);
        m_page->back();
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), first);
        QTRY_COMPARE(m_page->timelinePanel()->state(), Panel::State::Ready);
        m_page->forward();
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), second);
    }

    void selectionFollowsWhatThePanesShow()
    {
        m_state->refresh();
        QVERIFY(settle());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTableView *users = m_page->usersView();
        QTableView *sessions = m_page->sessionsView();
        // Whole rows, exactly the row of what is shown.
        auto selectedUser = [users] {
            const QModelIndexList rows = users->selectionModel()->selectedRows();
            const int cells = int(users->selectionModel()->selectedIndexes().size());
            return rows.size() == 1 && cells == users->model()->columnCount()
                       ? rows.first().data(UsersModel::KeyRole).toString()
                       : QStringLiteral("%1 rows, %2 cells").arg(rows.size()).arg(cells);
        };
        auto selectedSession = [sessions] {
            const QModelIndexList rows = sessions->selectionModel()->selectedRows();
            const int cells = int(sessions->selectionModel()->selectedIndexes().size());
            return rows.size() == 1 && cells == sessions->model()->columnCount()
                       ? rows.first().row()
                       : -1 - int(rows.size());
        };
        QString first, second;
        for (int row = 0; row < m_page->usersModel().rowCount() && second.isEmpty(); ++row) {
            const QString id = m_page->usersModel().row(row).userId;
            const int sessionCount =
                int(m_server->api().data().sessionsOf(m_server->api().data().userIndex(id)).size());
            if (sessionCount >= 2)
                (first.isEmpty() ? first : second) = id;
        }
        QVERIFY(!second.isEmpty());
        m_page->openUser(first);
        QVERIFY(settle());
        QCOMPARE(selectedUser(), first);
        m_page->openSession(0);
        QVERIFY(settle());
        QCOMPARE(selectedSession(), 0);
        // A click on a second session: only its row is highlighted.
        QTest::mouseClick(sessions->viewport(), Qt::LeftButton, {},
                          sessions->visualRect(sessions->model()->index(1, 2)).center());
        QVERIFY(settle());
        QCOMPARE(selectedSession(), 1);
        m_page->openUser(second);
        QVERIFY(settle());
        QCOMPARE(selectedUser(), second);
        QCOMPARE(selectedSession(), -1); // no session of the second user is shown

        // Alt+Left (each key bound once, or Qt would call it ambiguous and do nothing).
        for (QAction *action : {m_page->backAction(), m_page->forwardAction()}) {
            const QList<QKeySequence> keys = action->shortcuts();
            QCOMPARE(QSet<QKeySequence>(keys.cbegin(), keys.cend()).size(), keys.size());
        }
        QTest::keyClick(users, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), first);
        QCOMPARE(selectedUser(), first);
        QTRY_COMPARE(selectedSession(), 1);
        // The mouse's forward button, over any table of the page.
        QTest::mousePress(sessions->viewport(), Qt::ForwardButton);
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), second);
        QCOMPARE(selectedUser(), second);
        QTest::mousePress(users->viewport(), Qt::BackButton);
        QVERIFY(settle());
        QCOMPARE(selectedUser(), first);
    }

    void countSaysAllUsersAndNoMatchSaysSo()
    {
        m_state->refresh();
        QVERIFY(settle());
        const int all = m_page->usersModel().rowCount();
        QCOMPARE(m_page->countText(),
                 QStringLiteral("All users · %1").arg(QLocale().toString(all)));
        QVERIFY(!m_page->showsNoMatch());
        m_page->setSearchText(QStringLiteral("no-such-user-anywhere"));
        QTRY_VERIFY(m_page->showsNoMatch());
        QCOMPARE(m_page->countText(), QStringLiteral("0 of %1 users").arg(QLocale().toString(all)));
        m_page->setSearchText(QString());
        QTRY_VERIFY(!m_page->showsNoMatch());
    }

    void quickClicksSettleOnTheLastUser()
    {
        // Two users clicked in quick succession on a slow server: the first user's request
        // ends as superseded, the page settles exactly once and shows the second user.
        m_state->refresh();
        QVERIFY(settle());
        const QString first = m_page->usersModel().row(0).userId;
        const QString second = m_page->usersModel().row(1).userId;
        const DataSet &data = m_server->api().data();
        const int secondSessions = int(data.sessionsOf(data.userIndex(second)).size());
        m_server->setLatencyMs(300);
        QSignalSpy settled(m_page.get(), &AnalyticsPage::settled);
        m_page->openUser(first);
        m_page->openSession(0); // on the first user's (not yet loaded) sessions: nothing to do
        m_page->openUser(second);
        QVERIFY(settled.wait(10000));
        // A late answer of the first user would settle the page again, or show that user.
        QVERIFY(!QTest::qWaitFor(
            [&] { return settled.size() > 1 || m_page->shownUser() != second; }, 700));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(0).toBool(), true);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(m_page->shownUser(), second);
        QCOMPARE(m_page->detailPanel()->state(), Panel::State::Ready);
        QCOMPARE(m_page->sessionsModel().rowCount(), secondSessions);
        QVERIFY(m_page->requests().supersededCount() >= 1);

        // And again, quicker than the server: the page still settles, on the last one.
        m_page->openUser(first);
        m_page->openUser(second);
        m_page->openUser(first);
        QVERIFY(settle());
        QCOMPARE(m_page->shownUser(), first);
        QVERIFY(!m_page->isBusy());
    }

    void everyTimeIsInTheWindowsZone()
    {
        // The users table, the user's details, their sessions and a session's events are all
        // written in the window's one zone, and follow it when it changes.
        m_state->refresh();
        QVERIFY(settle());
        const UserRow row = m_page->usersModel().row(0);
        m_page->openUser(row.userId);
        QVERIFY(settle());
        m_page->openSession(0);
        QVERIFY(settle());
        QVERIFY(m_page->timelineModel().rowCount() > 0);
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(row.createdMs, QTimeZone::utc());
        // Zones chosen to differ from the machine's (and from each other) by hours and minutes.
        for (const char *id : {"Asia/Kolkata", "America/Los_Angeles"}) {
            const QTimeZone zone(id);
            m_state->setZone(zone);
            // Nothing is asked again (the users list has no range): the times are rewritten.
            QVERIFY(!m_page->isBusy());
            // One long date and time everywhere (DisplayFormat), in the window's zone.
            auto local = [&zone](const QDateTime &t, bool seconds) {
                return DisplayFormat::dateTime(t, zone, seconds);
            };
            QCOMPARE(m_page->usersModel()
                         .index(m_page->usersModel().rowOf(row.userId), UsersModel::CreatedColumn)
                         .data()
                         .toString(),
                     local(created, false));
            QCOMPARE(m_page->sessionsModel().index(0, SessionsModel::StartColumn).data().toString(),
                     local(m_page->sessionsModel().session(0).start, true));
            QCOMPARE(
                m_page->timelineModel().index(0, EventTimelineModel::TimeColumn).data().toString(),
                local(m_page->timelineModel().event(0).time, true));
            QVERIFY2(m_page->detailsText().contains(local(created, false)),
                     qPrintable(m_page->detailsText()));
        }
    }

    void rangeChangesDoNotReloadTheList()
    {
        // The API has no range for the users list: another range keeps the list, the user
        // shown and the session open (no request, no loading state); Refresh and another app
        // ask again.
        m_state->refresh();
        QVERIFY(settle());
        const QString usersPath = QStringLiteral("/api/v1/apps/%1/users").arg(m_server->appId());
        const int asked = m_server->requestsFor(usersPath);
        QVERIFY(asked >= 1);
        const QString shown = m_page->usersModel().row(0).userId;
        m_page->openUser(shown);
        QVERIFY(settle());
        const int rows = m_page->usersModel().rowCount();
        const int sessions = m_page->sessionsModel().rowCount();
        for (auto preset : {DashboardState::Preset::Yesterday, DashboardState::Preset::Last90Days,
                            DashboardState::Preset::Today}) {
            m_state->setPreset(preset);
            QVERIFY(!m_page->isBusy());
        }
        QCoreApplication::processEvents();
        QCOMPARE(m_server->requestsFor(usersPath), asked);
        QCOMPARE(m_page->usersModel().rowCount(), rows);
        QCOMPARE(m_page->shownUser(), shown);
        QCOMPARE(m_page->sessionsModel().rowCount(), sessions);

        m_state->refresh();
        QVERIFY(settle());
        QCOMPARE(m_server->requestsFor(usersPath), asked + 1);
        QCOMPARE(m_page->shownUser(), shown);
    }

    void searchIsDebounced()
    {
        m_state->refresh();
        QVERIFY(settle());
        const int all = m_page->filterModel().rowCount();
        m_page->setSearchText(QStringLiteral("user-00000"));
        QCOMPARE(m_page->filterModel().rowCount(), all); // not yet: typing may go on
        QTRY_VERIFY(m_page->filterModel().rowCount() < all);
        QCOMPARE(m_page->filterModel().rowCount(), 9); // user-000001 .. user-000009
    }

    void deleteCancelledConfirmedAndFailing()
    {
        m_state->refresh();
        QVERIFY(settle());
        const QString victim = m_page->usersModel().row(0).userId;
        const int rows = m_page->usersModel().rowCount();
        m_page->openUser(victim);
        QVERIFY(settle());

        Confirm::setNextAnswer(false);
        m_page->deleteShownUser();
        QVERIFY(Confirm::lastText().contains(victim));
        QVERIFY(Confirm::lastText().contains(QStringLiteral("permanent")));
        QVERIFY(!m_page->isBusy()); // declined: no request began
        QCOMPARE(m_page->usersModel().rowCount(), rows);
        QCOMPARE(m_server->api().data().userIndex(victim) >= 0 &&
                     !m_server->api().data().isDeleted(m_server->api().data().userIndex(victim)),
                 true); // nothing was sent

        m_server->setFailRate(1.0);
        Confirm::setNextAnswer(true);
        m_page->deleteShownUser();
        QVERIFY(settle());
        QCOMPARE(m_page->usersModel().rowCount(), rows); // still there
        QCOMPARE(m_page->detailPanel()->state(), Panel::State::Error);
        QVERIFY(m_page->detailPanel()->errorText().contains(QStringLiteral("was not deleted")));

        m_server->setFailRate(0);
        Confirm::setNextAnswer(true);
        m_page->deleteShownUser();
        QVERIFY(settle());
        QCOMPARE(m_page->usersModel().rowCount(), rows - 1);
        QCOMPARE(m_page->usersModel().rowOf(victim), -1);
        QVERIFY(m_page->shownUser().isEmpty()); // detail panes cleared
        // ...and no other user stays highlighted as if it were shown.
        QVERIFY(!m_page->usersView()->selectionModel()->hasSelection());
        QVERIFY(m_server->api().data().isDeleted(m_server->api().data().userIndex(victim)));
    }

    void goneUserSaysSo()
    {
        m_state->refresh();
        QVERIFY(settle());
        m_page->openUser(QStringLiteral("no-such-user"));
        QVERIFY(settle());
        QCOMPARE(m_page->detailPanel()->state(), Panel::State::Error);
        QVERIFY(m_page->detailPanel()->errorText().contains(QStringLiteral("no longer exists")));
    }
};

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
