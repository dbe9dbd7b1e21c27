#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setAttribute(Qt::WA_StyledBackground);
    // Fixed warm colours read well on both light and dark palettes. Selected by class: the
    // object name is left to whoever places the banner (the window's is "outageBanner").
    setStyleSheet(QStringLiteral("ErrorBanner { background: %1; border: 1px solid #e0867f;"
                                 " border-radius: 4px; } ErrorBanner QLabel { color: %2; }")
                      .arg(backgroundColor().name(), textColor().name()));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    hide();
}

void ErrorBanner::showError(const QString &message, const QString &detail)
{
    m_text->setText(message);
    m_text->setToolTip(detail);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}
