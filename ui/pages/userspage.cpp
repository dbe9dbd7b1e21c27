#include "pages/userspage.h"

#include "api/apiclient.h"
#include "charts/chartexport.h"
#include "confirm.h"
#include "core/dashboardstate.h"
#include "models/codenames.h"
#include "models/displayformat.h"
#include "panel.h"
#include "rowtable.h"
#include "statusnotice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {
const QString kEventsSlot = QStringLiteral("users.events");
} // namespace

UsersPage::UsersPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_filter(new UsersFilterModel(this))
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel)
    , m_noMatch(new QLabel)
    , m_listStack(new QStackedWidget)
    , m_userTitle(new QLabel)
    , m_props(new QLabel)
    , m_devices(new QTableWidget(0, 4))
    , m_copy(new QPushButton(tr("Copy ID")))
    , m_delete(new QPushButton(tr("Delete user…")))
    , m_back(new QPushButton(tr("◀ Back")))
    , m_forward(new QPushButton(tr("Forward ▶")))
{
    m_filter->setUsersModel(&m_users);
    m_usersView = makeRowTable(m_filter);
    m_usersView->setAccessibleName(tr("Users"));
    m_usersView->setSortingEnabled(true);
    m_usersView->sortByColumn(UsersModel::LastSeenColumn, Qt::DescendingOrder);
    // Fixed row heights: the view never measures 100 000 rows.
    m_usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_usersView->verticalHeader()->setDefaultSectionSize(m_usersView->fontMetrics().height() + 8);
    m_usersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font, not from the rows: measuring 100 000 rows would freeze the view.
    const QFontMetrics metrics = m_usersView->fontMetrics();
    const int dateWidth =
        metrics.horizontalAdvance(DisplayFormat::dateTime(
            QDateTime(QDate(2026, 12, 28), QTime(23, 48), QTimeZone::utc()), QTimeZone::utc())) +
        16;
    m_usersView->setColumnWidth(UsersModel::UserIdColumn,
                                metrics.horizontalAdvance(QStringLiteral("user-000000")) + 24);
    m_usersView->setColumnWidth(UsersModel::CreatedColumn, dateWidth);
    m_usersView->setColumnWidth(UsersModel::LastSeenColumn, dateWidth);
    // The name columns as wide as their header and a typical name in this language.
    const auto fit = [this, &metrics](int column, const QString &sample) {
        const QString header = m_users.headerData(column, Qt::Horizontal).toString();
        m_usersView->setColumnWidth(column, std::max(metrics.horizontalAdvance(header) + 28,
                                                     metrics.horizontalAdvance(sample) + 16));
    };
    fit(UsersModel::DevicesColumn, QString());
    fit(UsersModel::PlatformColumn, CodeNames::platform(QStringLiteral("win")) +
                                        QStringLiteral(", ") +
                                        CodeNames::platform(QStringLiteral("mac")));
    fit(UsersModel::CountryColumn, CodeNames::country(QStringLiteral("US")));
    fit(UsersModel::LocaleColumn, CodeNames::language(QStringLiteral("pt")));
    m_usersView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_usersView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_usersView);
        ChartExport::addActions(&menu, m_usersView, m_filter, TableModel::ValueRole, tr("Users"));
        menu.exec(m_usersView->viewport()->mapToGlobal(pos));
    });

    m_search->setPlaceholderText(tr("Search user id, country, platform or language"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // debounce: filter once typing pauses
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        updateCount();
    });

    auto *listBox = new QWidget;
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    listLayout->addLayout(searchRow);
    // A search that matches no one says so, rather than showing an empty table.
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_usersView);
    m_listStack->addWidget(m_noMatch);
    listLayout->addWidget(m_listStack, 1);
    m_count->setObjectName(QStringLiteral("usersCount"));
    m_count->setToolTip(tr("The API lists every user of the app: the date range does not apply"));
    m_usersPanel = new Panel(tr("Users"), listBox);

    QFont titleFont = m_userTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_userTitle->setFont(titleFont);
    m_userTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_props->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_props->setWordWrap(true);
    m_devices->setHorizontalHeaderLabels(
        {tr("Platform"), tr("OS version"), tr("App version"), tr("Last seen")});
    m_devices->setAccessibleName(tr("Devices"));
    m_devices->setTabKeyNavigation(false);
    m_back->setAccessibleName(tr("Back")); // not "black left-pointing triangle Back"
    m_forward->setAccessibleName(tr("Forward"));
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->setMaximumHeight(130);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back);
    titleRow->addWidget(m_forward);
    titleRow->addWidget(m_userTitle, 1);
    titleRow->addWidget(m_copy);
    titleRow->addWidget(m_delete);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_props);
    detailLayout->addWidget(m_devices);
    m_detailPanel = new Panel(tr("User"), detailBox);

    m_sessionsView = makeRowTable(&m_sessions);
    // Session times on one line each: the columns take their contents' width (a user's
    // sessions are a few hundred rows at most), the last one the rest.
    m_sessionsView->setWordWrap(false);
    m_sessionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionsView->horizontalHeader()->setStretchLastSection(true);
    m_sessionsPanel =
        new Panel(tr("Sessions (newest first) — select one to see its events"), m_sessionsView);
    m_timelineView = makeRowTable(&m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Time and event name whole; the data (wrapped) takes what is left.
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(EventTimelineModel::DataColumn,
                                                             QHeaderView::Stretch);
    m_timelinePanel = new Panel(tr("Session events"), m_timelineView);

    m_detailSplit = new QSplitter(Qt::Vertical);
    m_detailSplit->addWidget(m_detailPanel);
    m_detailSplit->addWidget(m_sessionsPanel);
    m_detailSplit->addWidget(m_timelinePanel);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_usersPanel);
    m_split->addWidget(m_detailSplit);
    // The list as wide as its columns (no horizontal scrollbar), the details the rest.
    int listWidth = m_usersView->verticalScrollBar()->sizeHint().width() + 40;
    for (int c = 0; c < UsersModel::ColumnCount; ++c)
        listWidth += m_usersView->columnWidth(c);
    m_split->setSizes({listWidth, listWidth});
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    restoreLayout();

    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_syncingSelection)
                    openUser(current.data(UsersModel::KeyRole).toString());
            });
    // The filter drops and re-adds rows as the search changes: the shown user stays marked.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &UsersPage::showSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &UsersPage::showSelection);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_syncingSelection)
                    openSession(current.row());
            });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_shownUser);
        StatusNotice::show(this, tr("Copied user ID “%1”").arg(m_shownUser));
    });
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::deleteShownUser);
    connect(m_back, &QPushButton::clicked, this, &UsersPage::back);
    connect(m_forward, &QPushButton::clicked, this, &UsersPage::forward);
    // The platform's Back/Forward keys (Alt+Left on Linux and Windows, Ctrl+[ on macOS), the
    // keyboards' Back/Forward keys and Alt+Left/Right everywhere; each key once (the same key
    // twice makes Qt call the shortcut ambiguous and do nothing).
    auto historyAction = [this](QKeySequence::StandardKey standard, Qt::Key arrow, Qt::Key key,
                                void (UsersPage::*step)()) {
        auto *action = new QAction(this);
        QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
        for (const QKeySequence &extra : {QKeySequence(Qt::ALT | arrow), QKeySequence(key)}) {
            if (!keys.contains(extra))
                keys.append(extra);
        }
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, step);
        addAction(action);
        return action;
    };
    m_backAction = historyAction(QKeySequence::Back, Qt::Key_Left, Qt::Key_Back, &UsersPage::back);
    m_forwardAction =
        historyAction(QKeySequence::Forward, Qt::Key_Right, Qt::Key_Forward, &UsersPage::forward);
    m_back->setToolTip(
        tr("Back (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    // The mouse's back and forward buttons, over any part of the page (its tables take every
    // other press for themselves).
    qApp->installEventFilter(this);
    connect(m_usersPanel, &Panel::retryRequested, this, &UsersPage::reload);
    connect(m_detailPanel, &Panel::retryRequested, this, [this] { loadUser(m_shownUser, -1); });
    connect(m_sessionsPanel, &Panel::retryRequested, this, [this] { loadUser(m_shownUser, -1); });
    connect(m_timelinePanel, &Panel::retryRequested, this, [this] {
        if (m_historyIndex >= 0)
            go(m_history[m_historyIndex], false);
    });
    clearDetails();
    showZone(state->zone());
    connect(state, &DashboardState::zoneChanged, this, &UsersPage::showZone);
}

QString UsersPage::countText() const
{
    return m_count->text();
}

bool UsersPage::showsNoMatch() const
{
    return m_listStack->currentWidget() == m_noMatch;
}

int UsersPage::deviceRows() const
{
    return m_devices->rowCount();
}

void UsersPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && isVisible()) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        auto *widget = qobject_cast<QWidget *>(watched);
        if ((button == Qt::BackButton || button == Qt::ForwardButton) && widget &&
            (widget == this || isAncestorOf(widget))) {
            button == Qt::BackButton ? back() : forward();
            return true;
        }
    }
    return AnalyticsPage::eventFilter(watched, event);
}

void UsersPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_users.rowCount();
    const QLocale locale;
    // Every user there is, whatever the range: the API has no range for this list.
    m_count->setText(shown == all
                         ? tr("All users · %1").arg(locale.toString(all))
                         : tr("%1 of %2 users").arg(locale.toString(shown), locale.toString(all)));
    const bool noMatch = shown == 0 && all > 0;
    if (noMatch)
        m_noMatch->setText(tr("No user matches “%1”.").arg(m_filter->searchText()));
    m_listStack->setCurrentWidget(noMatch ? static_cast<QWidget *>(m_noMatch) : m_usersView);
}

void UsersPage::showSelection()
{
    // The lists highlight what the panes show, whatever changed it (a click, Back, a
    // deletion, a reload); doing so is not the user choosing.
    const QScopedValueRollback<bool> syncing(m_syncingSelection, true);
    const int userRow = m_shownUser.isEmpty() ? -1 : m_users.rowOf(m_shownUser);
    const QModelIndex user =
        userRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_users.index(userRow, 0));
    if (user.isValid()) {
        m_usersView->selectionModel()->setCurrentIndex(user, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_usersView->scrollTo(user);
    } else {
        m_usersView->selectionModel()->clear();
    }
    const bool here = m_historyIndex >= 0 && m_history[m_historyIndex].userId == m_shownUser;
    const int sessionRow = here ? m_history[m_historyIndex].sessionRow : -1;
    if (sessionRow >= 0 && sessionRow < m_sessions.rowCount())
        m_sessionsView->selectionModel()->setCurrentIndex(m_sessions.index(sessionRow, 0),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    else
        m_sessionsView->selectionModel()->clear();
}

void UsersPage::restoreLayout()
{
    const QSettings settings;
    m_split->restoreState(settings.value(QStringLiteral("users/splitter")).toByteArray());
    m_detailSplit->restoreState(
        settings.value(QStringLiteral("users/detailSplitter")).toByteArray());
    m_usersView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("users/header")).toByteArray());
    // Saved as the user changes them, so a crash or kill keeps them too.
    auto save = [this] {
        QSettings settings;
        settings.setValue(QStringLiteral("users/splitter"), m_split->saveState());
        settings.setValue(QStringLiteral("users/detailSplitter"), m_detailSplit->saveState());
        settings.setValue(QStringLiteral("users/header"),
                          m_usersView->horizontalHeader()->saveState());
    };
    connect(m_split, &QSplitter::splitterMoved, this, save);
    connect(m_detailSplit, &QSplitter::splitterMoved, this, save);
    connect(m_usersView->horizontalHeader(), &QHeaderView::sectionResized, this, save);
    connect(m_usersView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, save);
}

void UsersPage::reload()
{
    m_requests.supersedeAll(); // also a users snapshot still being prepared
    m_usersPanel->showLoading();
    // The user shown belongs to the app shown: another app's is cleared, the same app's is
    // asked for again with the session shown (the reload superseded their requests).
    if (m_state->scope() != m_loadedApp) {
        // Another account or app: its users are others, Back must not ask for these.
        m_history.clear();
        m_historyIndex = -1;
        m_back->setEnabled(false);
        m_forward->setEnabled(false);
    }
    if (!m_shownUser.isEmpty()) {
        if (m_state->scope() != m_loadedApp) {
            clearDetails();
        } else {
            const bool here =
                m_historyIndex >= 0 && m_history[m_historyIndex].userId == m_shownUser;
            loadUser(m_shownUser, here ? m_history[m_historyIndex].sessionRow : -1);
        }
    }
    m_loadedApp = m_state->scope();
    // The list counts as loaded once its rows are shown, after they are prepared on a worker:
    // the request ends there, not when the answer arrives.
    const RequestTracker::Id id = m_requests.begin(QStringLiteral("users.list"));
    m_usersLoad = id;
    m_usersFailure.clear();
    m_deletedSinceLoad.clear();
    m_requests.setCancel(
        id, m_client->cancelFunction(m_client->userRows(
                m_state->appId(), this,
                [this, id](const Result<UserRows> &result) { showUserRows(id, result); })));
}

void UsersPage::showUserRows(RequestTracker::Id id, const Result<UserRows> &result)
{
    if (!m_requests.isCurrent(id))
        return;
    if (!result.ok()) {
        m_usersFailure = failureText(tr("Users"), result.error());
        m_usersPanel->showError(m_usersFailure, result.error().detail);
        m_requests.fail(id, result.error());
        return;
    }
    // Rows, sort ranks and search text for 100 000 users are built on a worker. A kept answer
    // (from the cache) is shown first; the fresh rows replace it and end the request.
    const QDateTime asOf = result.asOf();
    auto *watcher = new QFutureWatcher<UsersModel::Snapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, asOf] {
        watcher->deleteLater();
        // Kept rows of this load are shown even when the fresh ones failed meanwhile (offline:
        // the last list, marked old); never after the fresh rows, never for an older load.
        if (id != m_usersLoad || (asOf.isValid() && m_freshUsers == id) ||
            (!asOf.isValid() && !m_requests.isCurrent(id)))
            return;
        showUsers(watcher->result(), asOf);
        if (asOf.isValid() && !m_usersFailure.isEmpty()) {
            // The failure came first: mark them old (its banner is the window's during an
            // outage, said once).
            m_usersPanel->showFailed(m_usersFailure, {}, failureSummary().isEmpty());
        }
        if (!asOf.isValid()) {
            m_freshUsers = id;
            m_requests.end(id, true);
        }
    });
    QVector<UserRow> rows = result.value().rows;
    if (!m_deletedSinceLoad.isEmpty()) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](const UserRow &row) {
                                      return m_deletedSinceLoad.contains(row.userId);
                                  }),
                   rows.end());
    }
    watcher->setFuture(QtConcurrent::run(
        [rows = std::move(rows)]() mutable { return UsersModel::prepare(std::move(rows)); }));
}

void UsersPage::showUsers(UsersModel::Snapshot snapshot, const QDateTime &asOf)
{
    const QString keep = m_shownUser;
    m_users.setSnapshot(std::move(snapshot));
    updateCount();
    m_usersPanel->showLoaded(m_users.rowCount() > 0, tr("This app has no users yet."), asOf);
    if (!keep.isEmpty() && m_users.rowOf(keep) < 0)
        clearDetails(); // the user shown is gone
    else
        showSelection(); // the new rows: the shown user's is highlighted again
}

void UsersPage::openUser(const QString &userId)
{
    if (userId.isEmpty() || userId == m_shownUser)
        return;
    go({userId, -1}, true);
}

void UsersPage::openSession(int sessionRow)
{
    if (m_historyIndex >= 0 && m_history[m_historyIndex].userId == m_shownUser &&
        m_history[m_historyIndex].sessionRow == sessionRow)
        return;
    go({m_shownUser, sessionRow}, true);
}

void UsersPage::go(const Place &place, bool record)
{
    if (record) {
        m_history.resize(m_historyIndex + 1); // a new step drops the forward history
        m_history.append(place);
        m_historyIndex = int(m_history.size()) - 1;
    }
    m_back->setEnabled(m_historyIndex > 0);
    m_forward->setEnabled(m_historyIndex + 1 < m_history.size());
    if (place.userId != m_shownUser) {
        loadUser(place.userId, place.sessionRow);
        return;
    }
    if (place.sessionRow < 0 || place.sessionRow >= m_sessions.rowCount()) {
        showSelection();
        m_timeline.setEvents({});
        m_timelinePanel->showEmpty(tr("Select a session to see its events."));
        return;
    }
    const Session &s = m_sessions.session(place.sessionRow);
    showSelection();
    m_timelinePanel->showLoading();
    const QString app = m_state->appId();
    const QString user = m_shownUser;
    // The session's own device goes with it: the API needs ?device= for session events.
    request<QVector<Event>>(
        kEventsSlot,
        [&](auto done) {
            return m_client->sessionEvents(app, user, s.session, s.device, this, done);
        },
        [this](const Result<QVector<Event>> &answer) {
            m_timeline.setEvents(answer.value());
            m_timelinePanel->showLoaded(!answer.value().isEmpty(),
                                        tr("This session has no events."), answer.asOf());
        },
        failureIn(m_timelinePanel, tr("The session's events")));
}

void UsersPage::loadUser(const QString &userId, int sessionRow)
{
    m_shownUser = userId;
    m_userTitle->setText(userId);
    m_copy->setEnabled(true);
    m_delete->setEnabled(true);
    m_detailPanel->showLoading();
    m_sessionsPanel->showLoading();
    m_timeline.setEvents({});
    m_timelinePanel->showEmpty(tr("Select a session to see its events."));
    showSelection();
    // A new user supersedes the last one's details and the session events shown for it.
    m_requests.supersede(kEventsSlot);
    const QString app = m_state->appId();
    // The kept answer comes first when there is one: it stays on screen if the server fails.
    const auto shown = std::make_shared<bool>(false);
    request<UserDetails>(
        QStringLiteral("users.details"),
        [&](auto done) { return m_client->userDetails(app, userId, this, done); },
        [this, userId, sessionRow, shown](const Result<UserDetails> &answer) {
            *shown = true;
            showDetails(answer.value(), answer.asOf());
            if (sessionRow >= 0 && !answer.isFromCache())
                go({userId, sessionRow}, false);
        },
        [this, userId, shown](const ApiError &error) { showUserFailed(userId, error, *shown); });
}

void UsersPage::showUserFailed(const QString &userId, const ApiError &error, bool keptShown)
{
    const bool gone = error.kind == ApiError::Kind::NotFound;
    const QString text =
        gone ? tr("User “%1” no longer exists.").arg(userId) : failureText(tr("The user"), error);
    if (keptShown && !gone) {
        // Offline with the user's kept answer on screen: it stays, marked old.
        m_detailPanel->showFailed(text, error.detail, failureSummary().isEmpty());
        m_sessionsPanel->showFailed(tr("Sessions could not be loaded."), {}, false);
        return;
    }
    m_props->clear();
    m_devices->setRowCount(0);
    m_sessions.setSessions({});
    // Cleared: nothing of another user or an earlier answer passes for old data.
    m_detailPanel->reset();
    m_sessionsPanel->reset();
    m_detailPanel->showError(text, error.detail);
    if (gone)
        m_sessionsPanel->showEmpty(text);
    else // the user's banner says why, once
        m_sessionsPanel->showFailed(tr("Sessions could not be loaded."), {}, false);
}

QString UsersPage::detailsText() const
{
    return m_props->text();
}

QString UsersPage::timeText(const QDateTime &t) const
{
    return DisplayFormat::dateTime(t, m_state->zone());
}

void UsersPage::showZone(const QTimeZone &zone)
{
    for (ZonedTableModel *model :
         std::initializer_list<ZonedTableModel *>{&m_users, &m_sessions, &m_timeline})
        model->setTimeZone(zone);
    if (m_details && m_details->user.userId == m_shownUser)
        showDetails(*m_details, m_detailsAsOf); // its dates are written out as text
}

void UsersPage::showDetails(const UserDetails &details, const QDateTime &asOf)
{
    m_details = details;
    m_detailsAsOf = asOf;
    const User &u = details.user;
    QStringList props;
    for (auto it = u.props.cbegin(); it != u.props.cend(); ++it)
        props.append(QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(),
                                                  it.value().toString().toHtmlEscaped()));
    const QString created = u.createdAt.isValid() ? timeText(u.createdAt) : tr("unknown");
    const QString seen = u.lastSeen.isValid() ? timeText(u.lastSeen) : tr("unknown");
    m_props->setTextFormat(Qt::PlainText);
    m_props->setText(
        tr("Created %1 · last seen %2\n%3")
            .arg(created, seen,
                 props.isEmpty() ? tr("No properties.") : props.join(QStringLiteral(" · "))));
    m_devices->setRowCount(int(u.devices.size()));
    for (int i = 0; i < u.devices.size(); ++i) {
        const Device &d = u.devices[i];
        const QStringList cells = {CodeNames::platform(d.platform), d.osVersion, d.version,
                                   timeText(d.lastSeen)};
        for (int c = 0; c < cells.size(); ++c)
            m_devices->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_devices->item(i, 0)->setToolTip(
            CodeNames::withCode(CodeNames::Kind::Platform, d.platform));
    }
    m_sessions.setSessions(details.sessions);
    showSelection();
    m_detailPanel->showReady(asOf);
    if (details.sessions.isEmpty())
        m_sessionsPanel->showEmpty(tr("No sessions recorded for this user."), asOf);
    else
        m_sessionsPanel->showReady(asOf);
}

void UsersPage::clearDetails()
{
    m_shownUser.clear();
    m_details.reset();
    m_userTitle->setText(tr("No user selected"));
    m_props->clear();
    m_devices->setRowCount(0);
    m_sessions.setSessions({});
    m_timeline.setEvents({});
    m_copy->setEnabled(false);
    m_delete->setEnabled(false);
    m_detailPanel->showEmpty(tr("Select a user to see their devices and sessions."));
    m_sessionsPanel->showEmpty(QString());
    m_timelinePanel->showEmpty(QString());
    showSelection();
}

void UsersPage::deleteShownUser()
{
    const QString userId = m_shownUser;
    if (userId.isEmpty())
        return;
    if (!Confirm::ask(this, tr("Delete user"),
                      tr("Delete user “%1” and all of their data?\n\nThis is permanent: the "
                         "server deletes the user's sessions and events, and it cannot be undone.")
                          .arg(userId),
                      tr("Delete permanently")))
        return; // nothing sent
    m_delete->setEnabled(false);
    // Tracked (the page is busy until it is answered) but never cancelled: a deletion that
    // was sent goes through, and what it did is shown even after a reload.
    const QString app = m_state->appId();
    const QString scope = m_state->scope();
    const RequestTracker::Id id = m_requests.begin(); // no slot: nothing supersedes a deletion
    m_client->deleteUser(
        app, userId, this, [this, id, scope, userId](const Result<ApiClient::Done> &result) {
            m_delete->setEnabled(true);
            if (scope != m_state->scope()) { // another account or app is shown now
                m_requests.end(id, result.ok());
                return;
            }
            if (!result.ok()) {
                // The row stays: nothing was deleted.
                // No answer: the server may have deleted the user; the list says after a reload.
                m_detailPanel->showError(
                    (result.error().kind == ApiError::Kind::NoAnswer
                         ? tr("It is not known whether user “%1” was deleted: %2 Reload to see.")
                         : tr("User “%1” was not deleted: %2"))
                        .arg(userId, result.error().message()),
                    result.error().detail);
                m_requests.fail(id, result.error());
                return;
            }
            {
                // The row goes; its neighbour moving up under the highlight is not the user
                // choosing it. The panes are cleared first, so nothing stays highlighted.
                const QScopedValueRollback<bool> syncing(m_syncingSelection, true);
                if (m_shownUser == userId)
                    clearDetails();
                m_users.removeUser(userId);
            }
            m_deletedSinceLoad.insert(userId);
            updateCount();
            StatusNotice::show(this, tr("Deleted user “%1”").arg(userId));
            m_history.erase(std::remove_if(m_history.begin(), m_history.end(),
                                           [&](const Place &p) { return p.userId == userId; }),
                            m_history.end());
            m_historyIndex = int(m_history.size()) - 1;
            m_back->setEnabled(m_historyIndex > 0);
            m_forward->setEnabled(false);
            m_requests.end(id, true);
        });
}

void UsersPage::back()
{
    if (m_historyIndex <= 0)
        return;
    --m_historyIndex;
    go(m_history[m_historyIndex], false);
}

void UsersPage::forward()
{
    if (m_historyIndex + 1 >= m_history.size())
        return;
    ++m_historyIndex;
    go(m_history[m_historyIndex], false);
}
