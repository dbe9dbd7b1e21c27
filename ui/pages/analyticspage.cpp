#include "pages/analyticspage.h"

#include "api/apierror.h"
#include "core/dashboardstate.h"

AnalyticsPage::AnalyticsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_state(state)
{
    connect(state, &DashboardState::changed, this, [this] { reload(); });
}

void AnalyticsPage::beginRequest()
{
    ++m_inFlight;
}

void AnalyticsPage::endRequest(bool ok)
{
    m_failed = m_failed || !ok;
    if (m_inFlight > 0 && --m_inFlight == 0)
        emit settled(!m_failed);
}

void AnalyticsPage::resetRequests()
{
    // Superseded calls never answer (ApiClient drops them), so their count is simply forgotten.
    m_inFlight = 0;
    m_failed = false;
}

QString AnalyticsPage::failureText(const QString &what, const ApiError &error)
{
    return tr("%1 could not be loaded: %2").arg(what, error.message());
}
