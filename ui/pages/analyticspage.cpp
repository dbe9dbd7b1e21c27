#include "pages/analyticspage.h"

#include "api/apierror.h"
#include "core/dashboardstate.h"

AnalyticsPage::AnalyticsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_state(state)
{
    connect(state, &DashboardState::changed, this, [this] { reload(); });
    connect(&m_requests, &RequestTracker::settled, this, &AnalyticsPage::settled);
}

QString AnalyticsPage::failureText(const QString &what, const ApiError &error)
{
    return tr("%1 could not be loaded: %2").arg(what, error.message());
}
