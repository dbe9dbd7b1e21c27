#include "apptile.h"

#include "charts/sparkline.h"
#include "models/quickglancesummary.h"
#include "tone.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace {
QWidget *tileContent()
{
    auto *content = new QWidget;
    content->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks go to the tile
    return content;
}
} // namespace

AppTile::AppTile(const QString &account, const QString &accountLabel, const QString &appId,
                 const QString &name, QWidget *parent)
    : Panel(name.isEmpty() ? appId : name, tileContent(), parent)
    , m_account(account)
    , m_appId(appId)
    , m_live(new QLabel(QStringLiteral("—")))
    , m_usage(new Sparkline)
    , m_usageNote(new QLabel)
    , m_from(new QLabel)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Open %1 (%2 on %3)").arg(name.isEmpty() ? appId : name, appId, accountLabel));
    setAccessibleName(tr("App %1 on %2").arg(name.isEmpty() ? appId : name, accountLabel));

    auto *layout = new QVBoxLayout(content());
    layout->setContentsMargins(0, 0, 0, 0);
    auto *where = new QLabel(
        name.isEmpty() || name == appId ? accountLabel : tr("%1 · %2").arg(accountLabel, appId));
    where->setForegroundRole(QPalette::PlaceholderText); // muted, AA in light and dark
    where->setWordWrap(true);
    layout->addWidget(where);

    auto *grid = new QGridLayout;
    const QString names[3] = {tr("Users"), tr("App starts"), tr("Errors")};
    for (int i = 0; i < 3; ++i) {
        m_values[i] = new QLabel(QStringLiteral("—"));
        m_changes[i] = new QLabel;
        QFont bold = m_values[i]->font();
        bold.setBold(true);
        m_values[i]->setFont(bold);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(new QLabel(names[i]), i, 0);
        grid->addWidget(m_values[i], i, 1);
        grid->addWidget(m_changes[i], i, 2);
    }
    grid->addWidget(new QLabel(tr("Live now")), 3, 0);
    QFont bold = m_live->font();
    bold.setBold(true);
    m_live->setFont(bold);
    m_live->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_live, 3, 1);
    grid->setColumnStretch(2, 1);
    auto *note = new QLabel(tr("last 24 h, change vs the 24 h before"));
    note->setForegroundRole(QPalette::PlaceholderText); // muted, yet AA (Appearance)
    note->setWordWrap(true);
    layout->addLayout(grid);
    layout->addWidget(note);
    m_usage->setMinimumHeight(44);
    m_usage->setToolTip(tr("App starts a day, last 30 days"));
    layout->addWidget(m_usage);
    m_usageNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_usageNote);
    m_from->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_from);
    setMinimumWidth(260);
}

void AppTile::setQuickGlance(const std::optional<QuickGlance> &glance)
{
    // The Overview's own metrics, so the tile and the cards never disagree.
    const QVector<MetricChange> metrics =
        glance ? quickGlanceMetrics(*glance) : QVector<MetricChange>();
    const char *keys[3] = {"users", "appStarts", "errors"};
    for (int i = 0; i < 3; ++i) {
        const auto it = std::find_if(metrics.cbegin(), metrics.cend(), [&](const MetricChange &m) {
            return m.key == QLatin1String(keys[i]);
        });
        if (it == metrics.cend()) {
            m_values[i]->setText(QStringLiteral("—"));
            m_changes[i]->clear();
            continue;
        }
        m_values[i]->setText(formatCount(it->current));
        m_changes[i]->setText(it->changeText());
        const bool known =
            it->trend() != MetricChange::Trend::Unknown && it->trend() != MetricChange::Trend::Flat;
        // The quick-glance cards' green and red.
        Tone::set(m_changes[i], !known             ? Tone::Kind::Plain
                                : it->isGoodNews() ? Tone::Kind::Good
                                                   : Tone::Kind::Bad);
    }
    updateDescription();
}

void AppTile::setLive(const OptNumber &live)
{
    m_live->setText(formatCount(live));
    updateDescription();
}

void AppTile::setUsage(const QVector<double> &daily, bool known)
{
    m_usage->setValues(known ? daily : QVector<double>());
    double total = 0;
    for (double v : daily)
        total += v;
    m_usageNote->setText(known ? tr("%1 app starts in 30 days").arg(formatCount(total))
                               : tr("30-day usage could not be loaded"));
    updateDescription();
}

void AppTile::updateDescription()
{
    // What a screen reader says on reaching the tile: its numbers, then the usage line.
    setAccessibleDescription(summaryText() + QStringLiteral(". ") + m_usageNote->text());
}

void AppTile::setDataTime(const QDateTime &received, const QTimeZone &zone)
{
    m_from->setText(
        received.isValid()
            ? tr("Data from %1").arg(shortTime(received, zone, QDateTime::currentDateTimeUtc()))
            : QString());
}

QString AppTile::summaryText() const
{
    return tr("%1: %2 users (%3), %4 app starts (%5), %6 errors (%7), %8 live")
        .arg(title(), m_values[0]->text(), m_changes[0]->text(), m_values[1]->text(),
             m_changes[1]->text(), m_values[2]->text(), m_changes[2]->text(), m_live->text());
}

void AppTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit openRequested(m_account, m_appId);
        return;
    }
    Panel::mouseReleaseEvent(event);
}

void AppTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit openRequested(m_account, m_appId);
        return;
    }
    Panel::keyPressEvent(event);
}

void AppTile::paintEvent(QPaintEvent *event)
{
    Panel::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void AppTile::focusInEvent(QFocusEvent *event)
{
    Panel::focusInEvent(event);
    update();
}

void AppTile::focusOutEvent(QFocusEvent *event)
{
    Panel::focusOutEvent(event);
    update();
}
