#include "pages/appspage.h"

#include "apptile.h"
#include "auth/accountsettings.h"
#include "auth/secretstore.h"
#include "core/accountclients.h"
#include "core/dashboardstate.h"

#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace {
constexpr int kTileWidth = 300; // a column per this many pixels, at least one
} // namespace

AppsPage::AppsPage(ApiClient *client, DashboardState *state, AccountClients *clients,
                   QWidget *parent)
    : AnalyticsPage(client, state, parent)
    , m_clients(clients)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("No apps yet. Add one in Settings (Add account…), or explore the "
                            "demo: its apps appear here.")))
{
    m_refresh.setInterval(60000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !isBusy())
            reload();
    });
    // A client dropped with its calls (its account removed, its token replaced): its tiles
    // would wait for answers that never come, so they load again.
    connect(clients, &AccountClients::forgotten, this, [this](const QString &account) {
        for (const AppTile *tile : std::as_const(m_tiles)) {
            if (tile->account() == account) {
                savedAppsChanged();
                return;
            }
        }
    });
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Every saved app of every account: the last 24 h against the 24 h before. Click an "
           "app to open it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

bool AppsPage::isOneOutage(const QVector<ApiError> &failures) const
{
    // One account failing is its tiles' own business; only when no tile has anything to show
    // does the page have one outage to speak of.
    for (const AppTile *tile : m_tiles) {
        if (tile->state() == Panel::State::Ready || tile->state() == Panel::State::Empty)
            return false;
    }
    return AnalyticsPage::isOneOutage(failures);
}

QVector<AppsPage::Entry> AppsPage::entries() const
{
    QVector<Entry> all;
    for (const Account &account : AccountSettings().accounts()) {
        const QString key = secretKeyForServer(account.server);
        const QString label =
            account.server.host().isEmpty() ? account.server.toString() : account.server.host();
        for (const AppEntry &app : account.apps)
            all.append({key, label, app.id, app.name});
    }
    return all + m_demoApps;
}

void AppsPage::setDemoApps(const QVector<Entry> &apps)
{
    m_demoApps = apps;
    savedAppsChanged();
}

void AppsPage::savedAppsChanged()
{
    reload(); // now when shown; else when next shown, and nothing waits meanwhile
}

void AppsPage::setRefreshInterval(int ms)
{
    m_refresh.setInterval(ms);
}

void AppsPage::showEvent(QShowEvent *event)
{
    AnalyticsPage::showEvent(event);
    m_refresh.start();
    if (m_stale)
        reload();
}

void AppsPage::hideEvent(QHideEvent *event)
{
    AnalyticsPage::hideEvent(event);
    m_refresh.stop(); // a page nobody looks at asks nothing
}

void AppsPage::reload()
{
    // Nothing here depends on the app, range or zone shown: loaded when looked at. Hidden, the
    // page asks nothing, and what it asked is no longer wanted (no call is left waiting for a
    // client forgotten meanwhile: the page is idle until shown again).
    if (!isVisible()) {
        m_stale = true;
        m_requests.supersedeAll();
        m_pending.clear();
        return;
    }
    m_stale = false;
    m_requests.supersedeAll();
    m_pending.clear();
    const QVector<Entry> now = entries();
    const bool same =
        now.size() == m_shown.size() &&
        std::equal(now.cbegin(), now.cend(), m_shown.cbegin(), [](const Entry &a, const Entry &b) {
            return a.account == b.account && a.appId == b.appId && a.name == b.name;
        });
    if (!same)
        rebuild(now);
    m_empty->setVisible(m_tiles.isEmpty());
    for (AppTile *tile : std::as_const(m_tiles))
        load(tile);
    m_requests.settleIfIdle();
}

void AppsPage::rebuild(const QVector<Entry> &entries)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_shown = entries;
    for (const Entry &entry : entries) {
        auto *tile = new AppTile(entry.account, entry.accountLabel, entry.appId, entry.name);
        tile->setTimeZone(m_state->zone());
        connect(tile, &AppTile::openRequested, this, &AppsPage::openRequested);
        connect(tile, &Panel::retryRequested, this, [this, tile] { load(tile); });
        m_tiles.append(tile);
    }
    m_columns = 0;
    arrange();
}

void AppsPage::resizeEvent(QResizeEvent *event)
{
    AnalyticsPage::resizeEvent(event);
    arrange();
}

void AppsPage::arrange()
{
    const int columns = std::max(1, std::min(3, width() / kTileWidth));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles[i], i / columns, i % columns); // moves it when already in
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void AppsPage::load(AppTile *tile)
{
    const QString slot = tile->account() + QLatin1Char('\n') + tile->appId();
    // The client first (its token may need a keychain read); the page is busy meanwhile.
    const RequestTracker::Id gate = m_requests.begin(slot + QStringLiteral("\nclient"));
    tile->showLoading();
    m_pending[tile] = Pending{3, false, {}, {}, {}};
    QPointer<AppTile> guard(tile);
    m_clients->withClient(tile->account(), this, [=](ApiClient *client, const QString &error) {
        if (!m_requests.isCurrent(gate))
            return;
        if (!guard) { // its tile is gone: nothing to load, nothing left waiting
            m_pending.remove(tile);
            m_requests.end(gate, true);
            return;
        }
        if (!client) {
            m_pending.remove(tile);
            tile->showError(tr("%1 could not be loaded: %2").arg(tile->title(), error));
            m_requests.end(gate, false);
            return;
        }
        const QString app = tile->appId();
        auto answered = [this, guard](const ApiError *error, const QDateTime &asOf) {
            if (!guard || !m_pending.contains(guard))
                return;
            Pending &p = m_pending[guard];
            if (error && !p.anyFailed) {
                p.anyFailed = true;
                p.failure = error->message();
                p.detail = error->detail;
            }
            // A kept answer's time, else now: the oldest of the three is what the tile is from.
            const QDateTime received = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc();
            if (!error && (!p.received.isValid() || received < p.received))
                p.received = received;
            if (--p.waiting == 0)
                finishTile(guard);
        };
        m_requests.request<QuickGlance>(
            slot + QStringLiteral("\nglance"),
            [&](auto done) { return client->cancelFunction(client->quickGlance(app, this, done)); },
            [guard, answered](const Result<QuickGlance> &r) {
                if (!guard)
                    return;
                if (r.ok())
                    guard->setQuickGlance(r.value());
                if (!r.isFromCache())
                    answered(r.ok() ? nullptr : &r.error(), {});
            });
        m_requests.request<OptNumber>(
            slot + QStringLiteral("\nlive"),
            [&](auto done) {
                return client->cancelFunction(client->liveUsersCount(app, this, done));
            },
            [guard, answered](const Result<OptNumber> &r) {
                if (!guard)
                    return;
                guard->setLive(r.ok() ? r.value() : OptNumber());
                answered(r.ok() ? nullptr : &r.error(), {});
            });
        // 30 whole local days to today, in the window's zone, zero-filled per day.
        const TimeRange range =
            TimeRange::wholeDaysToToday(30, QDateTime::currentDateTimeUtc(), m_state->zone());
        m_requests.request<DailyAnalytics>(
            slot + QStringLiteral("\nusage"),
            [&](auto done) {
                return client->cancelFunction(client->dailyAnalytics(app, range, this, done));
            },
            [guard, answered, range](const Result<DailyAnalytics> &r) {
                if (!guard)
                    return;
                QVector<double> daily;
                if (r.ok()) {
                    for (const QDate &day : range.days())
                        daily.append(r.value().usage.value(day, 0));
                }
                guard->setUsage(daily, r.ok());
                if (!r.isFromCache())
                    answered(r.ok() ? nullptr : &r.error(), {});
            });
        m_requests.end(gate, true);
    });
}

void AppsPage::finishTile(AppTile *tile)
{
    const Pending p = m_pending.take(tile);
    tile->setDataTime(p.received, m_state->zone());
    if (p.anyFailed)
        tile->showError(tr("%1 could not be loaded: %2").arg(tile->title(), p.failure), p.detail);
    else
        tile->showReady();
}
