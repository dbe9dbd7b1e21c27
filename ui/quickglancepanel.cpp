#include "quickglancepanel.h"

#include "api/apiclient.h"
#include "core/requesttracker.h"
#include "errorbanner.h"
#include "quickglancecard.h"
#include "staleoverlay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

QuickGlancePanel::QuickGlancePanel(ApiClient *client, RequestTracker *requests, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_requests(requests ? requests : new RequestTracker(this))
    , m_banner(new ErrorBanner(this))
    , m_status(new QLabel(this))
{
    auto *cardsBox = new QWidget(this);
    auto *cards = new QHBoxLayout(cardsBox);
    cards->setContentsMargins(0, 0, 0, 0);
    // Named from the start; their values stay "—" until known.
    for (const MetricChange &metric : quickGlanceMetrics({})) {
        m_cards.append(new QuickGlanceCard(cardsBox));
        m_cards.last()->setTitle(metric.label);
        cards->addWidget(m_cards.last());
    }
    m_veil = new StaleOverlay(cardsBox); // over old values after a failed reload
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(cardsBox);
    connect(m_banner, &ErrorBanner::retryRequested, this, &QuickGlancePanel::reload);
}

void QuickGlancePanel::setAppId(const QString &appId)
{
    if (appId != m_appId && m_hasData) {
        // Another app: the last one's values must not pass for its old values.
        const auto metrics = quickGlanceMetrics({});
        for (int i = 0; i < m_cards.size() && i < metrics.size(); ++i)
            m_cards[i]->setMetric(metrics[i]);
        m_hasData = false;
        m_veil->hide();
    }
    m_appId = appId;
    reload();
}

bool QuickGlancePanel::showsOldData() const
{
    return m_veil->isVisibleTo(this);
}

QString QuickGlancePanel::errorText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->message() : QString();
}

void QuickGlancePanel::reload()
{
    m_loading = true;
    m_status->setText(tr("Loading…"));
    const QString app = m_appId;
    m_requests->request<QuickGlance>(
        QStringLiteral("overview.quickglance"),
        [&](ApiClient::Callback<QuickGlance> done) {
            return m_client->cancelFunction(m_client->quickGlance(app, this, std::move(done)));
        },
        [this](const Result<QuickGlance> &result) {
            m_loading = result.isFromCache(); // a kept answer: the fresh one is coming
            m_status->setText(m_loading ? tr("Updating…") : QString());
            if (!result.ok()) {
                m_banner->showError(
                    tr("Quick glance could not be loaded: %1").arg(result.error().message()),
                    result.error().detail);
                m_veil->setVisible(m_hasData); // old values stay, muted
                m_veil->raise();
                emit loaded(false);
                return;
            }
            m_banner->hide();
            // A kept answer stays muted until the fresh one replaces it.
            m_veil->setVisible(result.isFromCache());
            m_veil->raise();
            m_hasData = true;
            const auto metrics = quickGlanceMetrics(result.value());
            for (int i = 0; i < m_cards.size() && i < metrics.size(); ++i)
                m_cards[i]->setMetric(metrics[i]);
            if (!result.isFromCache())
                emit loaded(true);
        });
}
