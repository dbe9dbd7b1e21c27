#pragma once

#include "api/apiclient.h"
#include "core/requesttracker.h"

#include <QWidget>

#include <functional>

class DashboardState;
class Panel;
struct ApiError;

// Base of the pages that follow the dashboard state (app, range, zone): reloads on change,
// and through its RequestTracker knows which answers are still wanted and says when all have
// settled (for the status bar, the screenshot command and tests).
class AnalyticsPage : public QWidget {
    Q_OBJECT
public:
    AnalyticsPage(ApiClient *client, DashboardState *state, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void reload() = 0;
    bool isBusy() const { return m_requests.isBusy(); }
    bool lastLoadFailed() const { return m_requests.loadFailed(); }
    const RequestTracker &requests() const { return m_requests; }
    // One sentence for the whole page when several of its requests failed for one reason
    // ("Server unreachable — showing data as of 14:02"); empty otherwise. The window shows it
    // in one banner, and the page's panels then leave theirs out: one outage, one banner.
    QString failureSummary() const { return m_failureSummary; }
    // When the oldest data drawn from an earlier answer was received (invalid when all that is
    // drawn is fresh).
    QDateTime oldestOldData() const;

signals:
    // All requests of the last reload have answered (ok: none of them failed).
    void settled(bool ok);
    void failureSummaryChanged(const QString &summary);

protected:
    // Sends one request of this page under `slot`: `call` gets the callback and starts the
    // ApiClient call. While the answer is still wanted (a newer request of the slot, or a
    // reload, supersedes it), onValue gets a successful Result<T>, onFailure the ApiError; the
    // request ends when the handler returns.
    template <typename T, typename Call, typename OnValue, typename OnFailure>
    void request(const QString &slot, Call call, OnValue onValue, OnFailure onFailure)
    {
        m_requests.request<T>(
            slot,
            [this, &call](ApiClient::Callback<T> done) {
                return m_client->cancelFunction(call(std::move(done)));
            },
            [onValue = std::move(onValue),
             onFailure = std::move(onFailure)](const Result<T> &answer) {
                if (answer.ok())
                    onValue(answer);
                else
                    onFailure(answer.error());
            });
    }
    static QString failureText(const QString &what, const ApiError &error);
    // A request that feeds several panels failed: the first says why ("`what` could not be
    // loaded: …") with its banner and Retry, the others only that `what` could not be loaded.
    // One request, one banner.
    static void showFailedRequest(const QString &what, const ApiError &error, Panel *first,
                                  const QList<Panel *> &others);
    // The same as a request's onFailure.
    static std::function<void(const ApiError &)> failureIn(Panel *first, const QString &what,
                                                           const QList<Panel *> &others = {});
    // Whether the load's failures are one outage the window says in one banner (by default:
    // two or more, all of one kind and status).
    virtual bool isOneOutage(const QVector<ApiError> &failures) const;
    // Whether the page's answers depend on the date range (the users list does not: the API
    // has no range for it). A page that does not is reloaded on another app or a refresh only.
    virtual bool followsRange() const { return true; }
    // Lays the page out as one panel across the top and two side by side below it, the two
    // rows sharing the height topShare : bottomShare (0: the row keeps its own height).
    void layOutTopAndTwo(QWidget *top, QWidget *left, QWidget *right, int topShare,
                         int bottomShare);

    ApiClient *m_client;
    DashboardState *m_state;
    RequestTracker m_requests;

private:
    void summarizeFailures();
    void showZoneInPanels();

    QString m_failureSummary;
    // The app, and the range and zone, the panels were last asked for.
    QString m_scope;
    QString m_range;
};
