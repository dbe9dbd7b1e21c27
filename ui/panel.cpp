#include "panel.h"

#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

Panel::Panel(const QString &title, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_title(new QLabel(title, this))
    , m_busy(new QProgressBar(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // no jump of the layout when loading ends
    m_busy->setSizePolicy(keepSpace);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(120);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    connect(m_banner, &ErrorBanner::retryRequested, this, &Panel::retryRequested);
    showLoading();
}

void Panel::showLoading()
{
    m_state = State::Loading;
    m_busy->setVisible(true);
}

void Panel::showError(const QString &message, const QString &detail)
{
    m_state = State::Error;
    m_busy->setVisible(false);
    m_banner->showError(message, detail);
}

void Panel::showEmpty(const QString &text)
{
    m_state = State::Empty;
    m_busy->setVisible(false);
    m_banner->hide();
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void Panel::showReady()
{
    m_state = State::Ready;
    m_busy->setVisible(false);
    m_banner->hide();
    m_stack->setCurrentWidget(m_content);
}

QString Panel::errorText() const
{
    return m_state == State::Error ? m_banner->message() : QString();
}

QString Panel::emptyText() const
{
    return m_state == State::Empty ? m_empty->text() : QString();
}
