#include "quickglancecard.h"
#include "tone.h"

#include <QLabel>
#include <QVBoxLayout>

QuickGlanceCard::QuickGlanceCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(160);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    // A narrow card wraps its words rather than cutting them off.
    m_title->setWordWrap(true);
    m_change->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void QuickGlanceCard::setTitle(const QString &label)
{
    m_title->setText(label + tr(" · last 24 h"));
}

void QuickGlanceCard::setMetric(const MetricChange &metric)
{
    setTitle(metric.label);
    m_value->setText(formatCount(metric.current));
    m_change->setText(tr("%1 vs previous 24 h").arg(metric.changeText()));
    const bool known = metric.trend() != MetricChange::Trend::Unknown &&
                       metric.trend() != MetricChange::Trend::Flat;
    Tone::set(m_change, !known                ? Tone::Kind::Plain
                        : metric.isGoodNews() ? Tone::Kind::Good
                                              : Tone::Kind::Bad);
    setToolTip(tr("%1: %2 in the last 24 h, %3 in the 24 h before")
                   .arg(metric.label, formatCount(metric.current), formatCount(metric.previous)));
    setAccessibleName(metric.label);
    setAccessibleDescription(toolTip() + QStringLiteral(" (") + metric.changeText() +
                             QLatin1Char(')'));
}

QString QuickGlanceCard::valueText() const
{
    return m_value->text();
}

QString QuickGlanceCard::changeText() const
{
    return m_change->text();
}
