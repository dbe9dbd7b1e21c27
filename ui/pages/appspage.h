#pragma once

#include "pages/analyticspage.h"

#include <QDateTime>
#include <QTimer>
#include <QVector>

class AccountClients;
class AppTile;
class QGridLayout;
class QLabel;

// All apps (product.md §8), the home page: a tile for every saved app of every account, and
// the demo's apps while the demo runs. Tiles load in parallel, each with the client of its own
// account (AccountClients) and a state of its own; a click opens the app's Overview in place.
// It loads when shown (and on Refresh), not on every change of the app or range it ignores.
class AppsPage : public AnalyticsPage {
    Q_OBJECT
public:
    struct Entry {
        QString account;      // AccountClients' key
        QString accountLabel; // "app.nucleus.sh", "Demo data"
        QString appId, name;
    };

    AppsPage(ApiClient *client, DashboardState *state, AccountClients *clients,
             QWidget *parent = nullptr);

    QString title() const override { return tr("All apps"); }
    void reload() override;
    // The demo's apps, shown after the saved ones while the demo runs.
    void setDemoApps(const QVector<Entry> &apps);
    // Saved accounts or apps changed (Settings): the tiles follow when next shown.
    void savedAppsChanged();
    // While shown, the tiles load again this often (the live poll interval, at least 30 s: a
    // page left open is a wall of live figures, not a picture of when it was opened).
    void setRefreshInterval(int ms);
    int refreshInterval() const { return m_refresh.interval(); }
    // Every saved app (AccountSettings) and the demo's, in the order shown.
    QVector<Entry> entries() const;
    QVector<AppTile *> tiles() const { return m_tiles; }

signals:
    void openRequested(const QString &account, const QString &appId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool isOneOutage(const QVector<ApiError> &failures) const override;

private:
    void rebuild(const QVector<Entry> &entries);
    void load(AppTile *tile);
    void arrange();
    void finishTile(AppTile *tile);

    AccountClients *m_clients;
    QVector<Entry> m_demoApps;
    QVector<Entry> m_shown;
    QVector<AppTile *> m_tiles;
    QGridLayout *m_grid;
    QLabel *m_empty;
    int m_columns = 0;
    bool m_stale = true;
    QTimer m_refresh;
    // What each tile's requests brought, until all three have answered.
    struct Pending {
        int waiting = 0;
        bool anyFailed = false;
        QString failure, detail;
        QDateTime received;
    };
    QHash<AppTile *, Pending> m_pending;
};
