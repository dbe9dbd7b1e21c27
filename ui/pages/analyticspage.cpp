#include "pages/analyticspage.h"

#include "api/apierror.h"
#include "core/dashboardstate.h"
#include "errorbanner.h"
#include "panel.h"

#include <QGridLayout>

#include <algorithm>

AnalyticsPage::AnalyticsPage(ApiClient *client, DashboardState *state, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_state(state)
{
    connect(state, &DashboardState::changed, this, [this] {
        // Another app or range: what the panels show belongs to the last one, so it is not
        // kept as "old data" of the new one (a refresh of the same keeps it).
        // A preset ("last 7 days") moving with the clock is still the same query.
        const bool custom = m_state->preset() == DashboardState::Preset::Custom;
        const QString range =
            QString::number(int(m_state->preset())) + QLatin1Char('\n') +
            (custom ? QStringLiteral("%1-%2").arg(m_state->range().start).arg(m_state->range().end)
                    : QString()) +
            QLatin1Char('\n') + QString::fromUtf8(m_state->zone().id());
        const bool first = m_scope.isNull();
        const bool sameScope = m_state->scope() == m_scope;
        const bool sameRange = range == m_range;
        m_scope = m_state->scope();
        m_range = range;
        showZoneInPanels();
        // A page whose answers do not depend on the range has nothing to ask again when only
        // the range or zone changed (it does on a refresh: the same query again).
        if (!followsRange() && sameScope && !sameRange)
            return;
        if (!first && !(sameScope && sameRange)) {
            const auto panels = findChildren<Panel *>();
            for (Panel *panel : panels)
                panel->reset();
        }
        reload();
    });
    connect(state, &DashboardState::zoneChanged, this, &AnalyticsPage::showZoneInPanels);
    // The summary first: whoever hears settled() finds it up to date.
    connect(&m_requests, &RequestTracker::settled, this, &AnalyticsPage::summarizeFailures);
    connect(&m_requests, &RequestTracker::settled, this, &AnalyticsPage::settled);
}

void AnalyticsPage::layOutTopAndTwo(QWidget *top, QWidget *left, QWidget *right, int topShare,
                                    int bottomShare)
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(top, 0, 0, 1, 2);
    grid->addWidget(left, 1, 0);
    grid->addWidget(right, 1, 1);
    grid->setRowStretch(0, topShare);
    grid->setRowStretch(1, bottomShare);
}

void AnalyticsPage::showZoneInPanels()
{
    const auto panels = findChildren<Panel *>();
    for (Panel *panel : panels)
        panel->setTimeZone(m_state->zone());
}

void AnalyticsPage::summarizeFailures()
{
    const QVector<ApiError> &failures = m_requests.failures();
    QString summary;
    const QString outage = isOneOutage(failures) ? failures.first().outageTitle() : QString();
    if (!outage.isEmpty()) {
        // The oldest data still drawn says how old the page is.
        const QDateTime oldest = oldestOldData();
        const auto panels = findChildren<Panel *>();
        summary = oldest.isValid()
                      ? tr("%1 — showing data as of %2")
                            .arg(outage, Panel::shortTime(oldest, m_state->zone(),
                                                          QDateTime::currentDateTimeUtc()))
                      : tr("%1 — nothing could be loaded").arg(outage);
        for (Panel *panel : panels) {
            if (panel->state() == Panel::State::Error)
                panel->showFailed(panel->errorText(), {}, false); // said once, by the window
        }
        const auto banners = findChildren<ErrorBanner *>();
        for (ErrorBanner *banner : banners)
            banner->hide(); // any other widget's too (none may say it a second time)
    }
    if (summary != m_failureSummary) {
        m_failureSummary = summary;
        emit failureSummaryChanged(summary);
    }
}

bool AnalyticsPage::isOneOutage(const QVector<ApiError> &failures) const
{
    return failures.size() >= 2 &&
           std::all_of(failures.cbegin(), failures.cend(), [&failures](const ApiError &e) {
               return e.kind == failures.first().kind &&
                      e.httpStatus == failures.first().httpStatus;
           });
}

QDateTime AnalyticsPage::oldestOldData() const
{
    QDateTime oldest;
    const auto panels = findChildren<Panel *>();
    for (const Panel *panel : panels) {
        if (panel->showsOldData() && (!oldest.isValid() || panel->dataTime() < oldest))
            oldest = panel->dataTime();
    }
    return oldest;
}

QString AnalyticsPage::failureText(const QString &what, const ApiError &error)
{
    return tr("%1 could not be loaded: %2").arg(what, error.message());
}

void AnalyticsPage::showFailedRequest(const QString &what, const ApiError &error, Panel *first,
                                      const QList<Panel *> &others)
{
    first->showError(failureText(what, error), error.detail);
    for (Panel *panel : others) {
        if (panel != first)
            panel->showFailed(tr("%1 could not be loaded.").arg(what), error.detail, false);
    }
}

std::function<void(const ApiError &)> AnalyticsPage::failureIn(Panel *first, const QString &what,
                                                               const QList<Panel *> &others)
{
    return [first, what, others](const ApiError &error) {
        showFailedRequest(what, error, first, others);
    };
}
