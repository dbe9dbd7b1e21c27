#include "staleoverlay.h"

#include <QEvent>
#include <QPainter>

StaleOverlay::StaleOverlay(QWidget *covered)
    : QWidget(covered)
    , m_covered(covered)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    hide();
}

bool StaleOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_covered && event->type() == QEvent::Resize)
        setGeometry(m_covered->rect());
    else if (watched == m_covered && event->type() == QEvent::ChildAdded)
        raise(); // stay above pages added later
    return QWidget::eventFilter(watched, event);
}

void StaleOverlay::paintEvent(QPaintEvent *)
{
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(150);
    QPainter(this).fillRect(rect(), veil);
}
