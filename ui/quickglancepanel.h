#pragma once

#include "panel.h"

#include <QVector>

class ApiClient;
class RequestTracker;
class QuickGlanceCard;
class QGridLayout;

// The quick-glance row: loads /analytics/quickglance for the current app and shows the four
// cards. It is a Panel, so it has the same states as every other one (a placeholder while
// nothing is known, "as of" over a kept answer, the old values muted after a failed reload,
// one banner with Retry). Its requests are counted by the page's RequestTracker (`requests`;
// without one it keeps its own), so a Retry here is part of the page's state too.
class QuickGlancePanel : public Panel {
    Q_OBJECT
public:
    QuickGlancePanel(ApiClient *client, RequestTracker *requests = nullptr,
                     QWidget *parent = nullptr);

    void setAppId(const QString &appId);
    void reload();
    // Cards per row: four side by side, two by two in a narrow window.
    void setColumns(int columns);
    // Waiting for the server's answer (also while a kept one is drawn).
    bool isLoading() const { return m_loading; }
    QVector<QuickGlanceCard *> cards() const { return m_cards; }

signals:
    void loaded(bool ok);

private:
    ApiClient *m_client;
    RequestTracker *m_requests;
    QGridLayout *m_grid;
    QString m_appId;
    bool m_loading = false;
    QVector<QuickGlanceCard *> m_cards;
};
