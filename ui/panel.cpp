#include "panel.h"

#include "errorbanner.h"
#include "models/displayformat.h"
#include "staleoverlay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

Panel::Panel(const QString &title, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_content(content)
    , m_title(new QLabel(title, this))
    , m_asOf(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_placeholder(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // A screen reader names the content (a table, a chart's box) by the panel's title.
    if (content && content->accessibleName().isEmpty())
        content->setAccessibleName(title);
    setAccessibleName(title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A long title (German, French) wraps rather than widening the panel past the window.
    m_title->setWordWrap(true);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_asOf->setVisible(false);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setFixedSize(72, 4);
    m_busy->setTextVisible(false);
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // no jump of the layout when loading ends
    m_busy->setSizePolicy(keepSpace);
    for (QLabel *label : {m_empty, m_placeholder}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMinimumHeight(120);
    }
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_placeholder);
    m_veil = new StaleOverlay(m_stack); // old data is drawn faded

    // The busy bar sits in the title row: loading adds no strip above the content.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_asOf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    connect(m_banner, &ErrorBanner::retryRequested, this, &Panel::retryRequested);
    showLoading();
}

void Panel::showLoading()
{
    m_state = State::Loading;
    m_busy->setVisible(true);
    if (!m_dataTime.isValid()) { // nothing to show yet: a neutral placeholder, no axes
        m_placeholder->setText(tr("Loading…"));
        m_stack->setCurrentWidget(m_placeholder);
    }
    updateAsOf();
}

void Panel::reset()
{
    m_dataTime = {};
    m_fromCache = false;
    m_error.clear();
    m_banner->hide();
    setMuted(false);
    showLoading();
}

void Panel::showError(const QString &message, const QString &detail)
{
    showFailed(message, detail, true);
}

void Panel::showFailed(const QString &message, const QString &detail, bool withBanner)
{
    m_state = State::Error;
    m_error = message;
    m_busy->setVisible(false);
    if (withBanner)
        m_banner->showError(message, detail);
    else
        m_banner->hide();
    if (m_dataTime.isValid()) {
        setMuted(true); // the old data stays, faded, with its time
    } else {
        m_placeholder->setText(withBanner ? tr("Nothing loaded yet.") : message);
        m_stack->setCurrentWidget(m_placeholder);
    }
    updateAsOf();
}

void Panel::showEmpty(const QString &text, const QDateTime &asOf)
{
    m_state = State::Empty;
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty); // first: showing a page raises it over the veil
    markReceived(asOf);
}

void Panel::showLoaded(bool hasData, const QString &emptyText, const QDateTime &asOf)
{
    if (hasData)
        showReady(asOf);
    else
        showEmpty(emptyText, asOf);
}

void Panel::showReady(const QDateTime &asOf)
{
    m_state = State::Ready;
    m_stack->setCurrentWidget(m_content); // first: showing a page raises it over the veil
    markReceived(asOf);
}

void Panel::markReceived(const QDateTime &asOf)
{
    m_fromCache = asOf.isValid();
    m_dataTime = m_fromCache ? asOf : m_clock();
    m_error.clear();
    m_busy->setVisible(m_fromCache); // the fresh answer is still on its way
    m_banner->hide();
    setMuted(m_fromCache);
    updateAsOf();
}

void Panel::setMuted(bool muted)
{
    m_veil->setVisible(muted);
    if (muted)
        m_veil->raise();
}

bool Panel::showsOldData() const
{
    return m_dataTime.isValid() &&
           (m_fromCache || m_state == State::Loading || m_state == State::Error);
}

void Panel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    updateAsOf();
}

void Panel::updateAsOf()
{
    // Marked: kept answers, and data whose reload failed; data being reloaded is still the
    // newest there is.
    const bool old = m_dataTime.isValid() && (m_fromCache || m_state == State::Error);
    m_asOf->setVisible(old);
    if (!old)
        return;
    m_asOf->setText(tr("as of %1").arg(shortTime(m_dataTime, m_zone, m_clock())));
}

QString Panel::shortTime(const QDateTime &time, const QTimeZone &zone, const QDateTime &now)
{
    const QDateTime local = time.toTimeZone(zone);
    const bool today = local.date() == now.toTimeZone(zone).date();
    const QString clock = DisplayFormat::time(local.time());
    return today ? clock : DisplayFormat::shortDate(local.date()) + QLatin1Char(' ') + clock;
}

QString Panel::title() const
{
    return m_title->text();
}

QString Panel::errorText() const
{
    return m_state == State::Error ? m_error : QString();
}

QString Panel::emptyText() const
{
    return m_state == State::Empty ? m_empty->text() : QString();
}

QString Panel::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString Panel::asOfText() const
{
    return m_asOf->isVisibleTo(this) ? m_asOf->text() : QString();
}

bool Panel::hasBanner() const
{
    return m_banner->isVisibleTo(this);
}
