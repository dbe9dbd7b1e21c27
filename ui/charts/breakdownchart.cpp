#include "charts/breakdownchart.h"

#include "charts/chartexport.h"
#include "charts/charttheme.h"
#include "models/breakdownmodel.h"
#include "models/quickglancesummary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QHorizontalBarSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

BreakdownChart::BreakdownChart(const QString &title, Style style, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_style(style)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) {
    // The panel around the chart carries the title; the chart keeps it for exported files.
    m_chart->legend()->setVisible(style == Style::Donut);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    ChartTheme::apply(m_chart, palette());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void BreakdownChart::setModel(BreakdownModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &BreakdownChart::rebuild);
    rebuild();
}

void BreakdownChart::rebuild() {
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_labels.clear();
    m_shown = 0;
    if (!m_model)
        return;
    const Breakdown &rows = m_model->rows();
    const double total = m_model->total();
    QVector<std::pair<QString, double>> shown;
    double other = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (i < m_maxRows || rows.size() == m_maxRows + 1)
            shown.append({BreakdownModel::label(rows[i].value), rows[i].count});
        else
            other += rows[i].count;
    }
    if (other > 0)
        shown.append({tr("Other"), other});
    auto share = [total](double v) { return total > 0 ? v / total * 100.0 : 0.0; };
    for (const auto &[label, count] : shown) {
        m_labels.append(
            QStringLiteral("%1 · %2 %").arg(label, QLocale().toString(share(count), 'f', 1)));
    }
    m_shown = int(shown.size());
    if (shown.isEmpty())
        return; // the panel says "no data"; an empty axis would only warn about NaN ranges

    if (m_style == Style::Donut) {
        auto *pie = new QPieSeries;
        pie->setHoleSize(0.5);
        for (int i = 0; i < shown.size(); ++i) {
            QPieSlice *slice = pie->append(m_labels[i], shown[i].second);
            slice->setColor(ChartTheme::color(i, palette()));
            slice->setBorderColor(palette().color(QPalette::Base));
            const QString tip = QStringLiteral("%1: %2 (%3 %)")
                                    .arg(shown[i].first, formatCount(shown[i].second),
                                         QLocale().toString(share(shown[i].second), 'f', 1));
            connect(slice, &QPieSlice::hovered, this, [this, tip](bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tip, this);
                else
                    QToolTip::hideText();
            });
        }
        m_chart->addSeries(pie);
        ChartTheme::apply(m_chart, palette());
        return;
    }

    // Bars: largest at the top, so add in reverse (horizontal bar categories grow upwards).
    auto *set = new QBarSet(m_title);
    set->setColor(ChartTheme::color(0, palette()));
    QStringList categories;
    for (int i = int(shown.size()) - 1; i >= 0; --i) {
        set->append(shown[i].second);
        categories.append(m_labels[i]);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    m_chart->addSeries(bars);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisY);
    bars->attachAxis(axisX);
    axisX->setMin(0);
    axisX->applyNiceNumbers();
    connect(set, &QBarSet::hovered, this, [this, shown, share](bool state, int index) {
        const int row = int(shown.size()) - 1 - index;
        if (!state || row < 0 || row >= shown.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1: %2 (%3 %)")
                               .arg(shown[row].first, formatCount(shown[row].second),
                                    QLocale().toString(share(shown[row].second), 'f', 1)),
                           this);
    });
    ChartTheme::apply(m_chart, palette());
    m_view->setMinimumHeight(std::max(160, 60 + 26 * int(shown.size())));
}

void BreakdownChart::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    ChartExport::addActions(&menu, this, m_model.data(), BreakdownModel::ValueRole, m_title);
    menu.exec(event->globalPos());
}
