#pragma once

#include <QVector>
#include <QWidget>

class ApiClient;
class ErrorBanner;
class RequestTracker;
class QuickGlanceCard;
class QLabel;
class StaleOverlay;

// The quick-glance row: loads /analytics/quickglance for the current app and shows the four
// cards, a loading state, and the error banner with Retry. Its requests are counted by the
// page's RequestTracker (`requests`; without one it keeps its own), so a Retry here is part
// of the page's state too.
class QuickGlancePanel : public QWidget {
    Q_OBJECT
public:
    QuickGlancePanel(ApiClient *client, RequestTracker *requests = nullptr,
                     QWidget *parent = nullptr);

    void setAppId(const QString &appId);
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorText() const;
    bool showsOldData() const; // a reload failed: the values are an earlier answer's
    QVector<QuickGlanceCard *> cards() const { return m_cards; }

signals:
    void loaded(bool ok);

private:
    ApiClient *m_client;
    RequestTracker *m_requests;
    QString m_appId;
    bool m_loading = false;
    bool m_hasData = false; // values from an earlier answer are shown
    StaleOverlay *m_veil;
    ErrorBanner *m_banner;
    QLabel *m_status;
    QVector<QuickGlanceCard *> m_cards;
};
