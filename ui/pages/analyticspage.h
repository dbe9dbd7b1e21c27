#pragma once

#include <QWidget>

class ApiClient;
class DashboardState;
struct ApiError;

// Base of the pages that follow the dashboard state (app, range, zone): reloads on change,
// counts its requests in flight and says when all have settled (for the status bar, the
// screenshot command and tests).
class AnalyticsPage : public QWidget {
    Q_OBJECT
public:
    AnalyticsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void reload() = 0;
    bool isBusy() const { return m_inFlight > 0; }
    bool lastLoadFailed() const { return m_failed; }

signals:
    // All requests of the last reload have answered (ok: none of them failed).
    void settled(bool ok);

protected:
    // Wrap every request: begin before sending, end(ok) in its callback.
    void beginRequest();
    void endRequest(bool ok);
    // Starts a new load: requests of earlier loads no longer count.
    void resetRequests();
    static QString failureText(const QString &what, const ApiError &error);

    ApiClient *m_client;
    DashboardState *m_state;

private:
    int m_inFlight = 0;
    bool m_failed = false;
};
