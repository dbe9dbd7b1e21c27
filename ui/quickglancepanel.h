#pragma once

#include <QVector>
#include <QWidget>

class ApiClient;
class ErrorBanner;
class QuickGlanceCard;
class QLabel;

// The quick-glance row: loads /analytics/quickglance for the current app and shows the four
// cards, a loading state, and the error banner with Retry.
class QuickGlancePanel : public QWidget {
    Q_OBJECT
public:
    QuickGlancePanel(ApiClient *client, QWidget *parent = nullptr);

    void setAppId(const QString &appId);
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorText() const;
    QVector<QuickGlanceCard *> cards() const { return m_cards; }

signals:
    void loaded(bool ok);

private:
    ApiClient *m_client;
    QString m_appId;
    bool m_loading = false;
    ErrorBanner *m_banner;
    QLabel *m_status;
    QVector<QuickGlanceCard *> m_cards;
};
