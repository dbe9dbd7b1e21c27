#include "charts/chartwidget.h"

#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "charts/daylinechart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QMenu>
#include <QVBoxLayout>

ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // light/dark switch: restyle and recolour
        ChartTheme::apply(m_chart, palette());
        rebuild();
    }
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExport::addActions(&menu, this, exportModel(), exportRole(), m_title);
    menu.exec(event->globalPos());
}

void ChartWidget::fitDayAxis(QDateTimeAxis *axis, const QVector<QDate> &days)
{
    if (days.isEmpty())
        return;
    axis->setRange(QDateTime::fromMSecsSinceEpoch(dayToAxisMs(days.first()) - 43200000),
                   QDateTime::fromMSecsSinceEpoch(dayToAxisMs(days.last()) + 43200000));
    axis->setFormat(days.size() > 120 ? QStringLiteral("MMM yy") : QStringLiteral("MMM d"));
    axis->setTickCount(std::min<int>(int(days.size()) + 1, 8));
}
