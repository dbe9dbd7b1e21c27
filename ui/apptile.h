#pragma once

#include "api/apitypes.h"
#include "panel.h"

class QGridLayout;
class QLabel;
class Sparkline;

// One app on the All-apps page: its name and account, users, app starts and errors of the
// last 24 h with their change, the live count, 30 days of app starts as a sparkline, and the
// time its data is from. A Panel, so it is always in one state of its own (loading, failed
// with its own Retry, ready, old). A click, Enter or Space opens the app.
class AppTile : public Panel {
    Q_OBJECT
public:
    AppTile(const QString &account, const QString &accountLabel, const QString &appId,
            const QString &name, QWidget *parent = nullptr);

    QString account() const { return m_account; }
    QString appId() const { return m_appId; }

    // What came of the tile's three requests; each may be missing (failed).
    void setQuickGlance(const std::optional<QuickGlance> &glance);
    void setLive(const OptNumber &live);
    void setUsage(const QVector<double> &daily, bool known);
    // The time the figures were received, shown as "Data from 14:02".
    void setDataTime(const QDateTime &received, const QTimeZone &zone);
    QString summaryText() const; // the figures in one line, for tests and screen readers

signals:
    void openRequested(const QString &account, const QString &appId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // The keyboard's place is drawn: a tile is reached with Tab and opened with Enter.
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateDescription();
    QString m_account, m_appId;
    QLabel *m_values[3];
    QLabel *m_changes[3];
    QLabel *m_live;
    Sparkline *m_usage;
    QLabel *m_usageNote;
    QLabel *m_from;
};
