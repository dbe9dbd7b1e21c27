#pragma once

#include <QWidget>

// A veil of the window's colour over a widget whose data is old (a failed reload): what is
// under it stays readable but clearly muted. Clicks and the wheel go through to the widget.
// (A QGraphicsOpacityEffect would do the same for plain widgets, but garbles chart views.)
class StaleOverlay : public QWidget {
    Q_OBJECT
public:
    explicit StaleOverlay(QWidget *covered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_covered;
};
