#include "quickglancepanel.h"

#include "api/apiclient.h"
#include "core/requesttracker.h"
#include "quickglancecard.h"

#include <QGridLayout>

#include <algorithm>

QuickGlancePanel::QuickGlancePanel(ApiClient *client, RequestTracker *requests, QWidget *parent)
    : Panel(tr("Last 24 hours, against the 24 hours before"), new QWidget, parent)
    , m_client(client)
    , m_requests(requests ? requests : new RequestTracker(this))
{
    m_grid = new QGridLayout(content());
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (const MetricChange &metric : quickGlanceMetrics({})) {
        m_cards.append(new QuickGlanceCard(content()));
        m_cards.last()->setTitle(metric.label);
    }
    setColumns(int(m_cards.size()));
    connect(this, &Panel::retryRequested, this, &QuickGlancePanel::reload);
}

void QuickGlancePanel::setColumns(int columns)
{
    columns = std::max(1, columns);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards[i], i / columns, i % columns); // moves it when already in
    for (int c = 0; c < m_cards.size(); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void QuickGlancePanel::setAppId(const QString &appId)
{
    if (appId != m_appId && dataTime().isValid())
        reset(); // another app: the last one's values must not pass for its old values
    m_appId = appId;
    reload();
}

void QuickGlancePanel::reload()
{
    m_loading = true;
    showLoading();
    const QString app = m_appId;
    m_requests->request<QuickGlance>(
        QStringLiteral("overview.quickglance"),
        [&](ApiClient::Callback<QuickGlance> done) {
            return m_client->cancelFunction(m_client->quickGlance(app, this, std::move(done)));
        },
        [this](const Result<QuickGlance> &result) {
            m_loading = result.isFromCache(); // a kept answer: the fresh one is coming
            if (!result.ok()) {
                showError(tr("Quick glance could not be loaded: %1").arg(result.error().message()),
                          result.error().detail);
                emit loaded(false);
                return;
            }
            const auto metrics = quickGlanceMetrics(result.value());
            for (int i = 0; i < m_cards.size() && i < metrics.size(); ++i)
                m_cards[i]->setMetric(metrics[i]);
            showReady(result.asOf());
            if (!result.isFromCache())
                emit loaded(true);
        });
}
