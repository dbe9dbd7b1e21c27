#include "charts/chartwidget.h"

#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "models/dayseriesmodel.h"
#include "models/displayformat.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QValueAxis>

#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsLineItem>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include <algorithm>
#include <cmath>

ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    // Axis numbers as the cards write them: "12,000", the window's locale.
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartWidget::fitDayTicks);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this); // focus in and out: the keyboard's outline
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        showFocus(event->type() == QEvent::FocusIn);
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            hoverAt(move->position().toPoint(), move->globalPosition().toPoint());
        } else if (event->type() == QEvent::Leave) {
            endHover();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::hoverAt(const QPoint &viewPos, const QPoint &globalPos)
{
    const QPointF scenePos = m_view->mapToScene(viewPos);
    const QRectF plot = m_chart->plotArea();
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    if (!m_dayAxis || m_dayCount == 0 || !plot.contains(chartPos)) {
        endHover();
        return;
    }
    const double x = m_chart->mapToValue(chartPos).x();
    const int row = std::clamp(int(std::lround((x - double(dayToAxisMs(m_firstDay))) / 86400000.0)),
                               0, m_dayCount - 1);
    const QString text = dayTooltip(row);
    if (text.isEmpty()) {
        endHover();
        return;
    }
    const qreal dayX =
        m_chart->mapToPosition(QPointF(double(dayToAxisMs(m_firstDay.addDays(row))), 0)).x();
    if (!m_guide) {
        m_guide = new QGraphicsLineItem(m_chart);
        m_guide->setZValue(100);
    }
    QColor colour = palette().color(QPalette::WindowText);
    colour.setAlphaF(0.35);
    m_guide->setPen(QPen(colour, 1));
    m_guide->setLine(dayX, plot.top(), dayX, plot.bottom());
    m_guide->show();
    if (text != m_hoverText || !QToolTip::isVisible())
        QToolTip::showText(globalPos, text, m_view);
    m_hoverText = text;
}

void ChartWidget::endHover()
{
    if (m_guide)
        m_guide->hide();
    if (!m_hoverText.isEmpty())
        QToolTip::hideText();
    m_hoverText.clear();
}

ChartWidget::~ChartWidget()
{
    // The view (a child) and its chart are deleted after this object is no longer a
    // ChartWidget; a layout signal the chart sends while being torn down must not reach us.
    disconnect(m_chart, nullptr, this, nullptr);
    m_dayAxis = nullptr;
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // light/dark switch: restyle and recolour
        ChartTheme::apply(m_chart, palette());
        showFocus(m_view->hasFocus());
        rebuild();
    }
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExport::addActions(&menu, this, exportModel(), exportRole(), m_title);
    // The keyboard's outline is not part of the chart: an exported picture is drawn without it.
    m_exporting = true;
    showFocus(false);
    menu.exec(event->globalPos());
    m_exporting = false;
    showFocus(m_view->hasFocus());
}

QString ChartWidget::dayTitle(const DaySeriesModel &model, int row, bool wholeDays)
{
    const QString day = DisplayFormat::longDate(model.days().value(row));
    if (wholeDays || !model.lastDayPartial() || row != model.days().size() - 1)
        return day;
    return tr("%1, so far (the day is not over)").arg(day);
}

void ChartWidget::followModel(QAbstractItemModel *model)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = model;
    connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
    rebuild();
}

void ChartWidget::frameDays(QDateTimeAxis *days, QValueAxis *counts, int minHeight)
{
    // The panel around the chart carries the title; the chart keeps it for exported files.
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(counts, Qt::AlignLeft);
    counts->setLabelFormat(QStringLiteral("%.0f"));
    m_view->setMinimumHeight(minHeight);
}

void ChartWidget::fitCountAxis(QValueAxis *axis, double min, double max)
{
    // A hostile value near the largest double overflows to infinity once scaled: the axis then
    // spans what a double can, never an undefined tick count.
    constexpr double kLargest = 1e300;
    min = std::isfinite(min) ? std::clamp(min, -kLargest, kLargest) : 0;
    max = std::isfinite(max) ? std::clamp(max, -kLargest, kLargest) : kLargest;
    axis->setRange(min, std::max(max, min + 1));
    axis->setTickCount(5); // the hint nice numbers start from (a small axis left fewer)
    axis->applyNiceNumbers();
    const double span = axis->max() - axis->min();
    if (span / std::max(1, axis->tickCount() - 1) < 1) {
        const double top = std::max(std::ceil(max), std::floor(min) + 1);
        axis->setRange(std::floor(min), top);
        axis->setTickCount(int(top - std::floor(min)) + 1);
    }
    remeasureLabels(axis);
}

void ChartWidget::remeasureLabels(QAbstractAxis *axis)
{
    // Hiding and showing the labels is what makes the axis drop its cached size hint.
    if (!axis->labelsVisible())
        return;
    axis->setLabelsVisible(false);
    axis->setLabelsVisible(true);
}

void ChartWidget::fitDayAxis(QDateTimeAxis *axis, const QVector<QDate> &days)
{
    if (days.isEmpty())
        return;
    // Days are plotted at noon. The axis ends 1 ms before the next midnight, so the last
    // label names the last day (not the day after) and every tick lies inside the day it names.
    axis->setRange(QDateTime::fromMSecsSinceEpoch(dayToAxisMs(days.first()) - 43200000),
                   QDateTime::fromMSecsSinceEpoch(dayToAxisMs(days.last()) + 43200000 - 1));
    // Past four months a day's label would repeat: months and years instead.
    axis->setFormat(days.size() > 120 ? QStringLiteral("MMM yyyy")
                                      : DisplayFormat::shortDatePattern());
    m_dayAxis = axis;
    m_dayCount = int(days.size());
    m_firstDay = days.first();
    fitDayTicks();
}

void ChartWidget::fitDayTicks()
{
    if (!m_dayAxis || m_dayCount == 0)
        return;
    // Labels that do not fit their share of the width are elided ("Nov…"): fewer ticks.
    const QFontMetrics metrics(m_dayAxis->labelsFont());
    const int label =
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 5, 30), m_dayAxis->format())) +
        3 * metrics.averageCharWidth();
    const qreal width =
        m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width() * 0.8;
    const int fit = std::max(2, int(width / label) + 1);
    const int ticks = std::min({m_dayCount + 1, 8, fit});
    if (m_dayAxis->tickCount() != ticks)
        m_dayAxis->setTickCount(ticks);
}

qint64 dayToAxisMs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

void ChartWidget::setSummary(const QString &summary)
{
    m_view->setAccessibleDescription(summary);
    setAccessibleDescription(summary);
}

QString ChartWidget::summary() const
{
    return m_view->accessibleDescription();
}

void ChartWidget::showFocus(bool focused)
{
    if (m_exporting)
        focused = false;
    // Tab lands on the chart (a screen reader then reads its summary): outline it as the
    // style outlines a focused button, in the palette's highlight.
    m_chart->setBackgroundPen(focused ? QPen(palette().color(QPalette::Highlight), 2)
                                      : QPen(Qt::NoPen));
}
