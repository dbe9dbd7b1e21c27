#include "charts/breakdownchart.h"

#include "models/chartsummary.h"
#include "models/displayformat.h"

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
#include <QValueAxis>

BreakdownChart::BreakdownChart(const QString &title, Style style, QWidget *parent)
    : ChartWidget(title, parent)
    , m_style(style)
{
    // The panel around the chart carries the title; the chart keeps it for exported files.
    m_chart->legend()->setVisible(style == Style::Donut);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    if (style == Style::Donut) {
        m_pie = new QPieSeries;
        m_pie->setHoleSize(0.5);
        m_chart->addSeries(m_pie);
    } else {
        m_set = new QBarSet(title);
        m_bars = new QHorizontalBarSeries;
        m_bars->append(m_set);
        m_bars->setBarWidth(0.7);
        m_chart->addSeries(m_bars);
        m_categories = new QBarCategoryAxis;
        m_values = new QValueAxis;
        m_values->setLabelFormat(QStringLiteral("%.0f"));
        m_values->setRange(0, 1);
        m_chart->addAxis(m_categories, Qt::AlignLeft);
        m_chart->addAxis(m_values, Qt::AlignBottom);
        m_bars->attachAxis(m_categories);
        m_bars->attachAxis(m_values);
        connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) {
            // Bars are added bottom-up: index 0 is the smallest shown row.
            const int row = int(m_shown.size()) - 1 - index;
            if (state && row >= 0 && row < m_shown.size())
                QToolTip::showText(QCursor::pos(), tooltip(row), this);
            else
                QToolTip::hideText();
        });
    }
    m_view->setMinimumHeight(220);
    ChartTheme::apply(m_chart, palette());
}

void BreakdownChart::setModel(BreakdownModel *model)
{
    m_model = model;
    followModel(model);
}

QString BreakdownChart::tooltip(int row) const
{
    const double share = m_total > 0 ? m_shown[row].second / m_total * 100.0 : 0.0;
    return QStringLiteral("%1: %2 (%3)")
        .arg(DisplayFormat::chartName(m_tooltipNames.value(row), 200),
             formatCount(m_shown[row].second), DisplayFormat::percent(share, 1));
}

void BreakdownChart::rebuild()
{
    m_shown.clear();
    m_labels.clear();
    m_tooltipNames.clear();
    m_total = m_model ? m_model->total() : 0;
    if (m_model) {
        const Breakdown &rows = m_model->rows();
        double other = 0;
        for (int i = 0; i < rows.size(); ++i) {
            if (i < m_maxRows || rows.size() == m_maxRows + 1) {
                m_shown.append({m_model->label(rows[i].value), rows[i].count});
                m_tooltipNames.append(m_model->labelWithCode(rows[i].value));
            } else {
                other += rows[i].count;
            }
        }
        if (other > 0) {
            m_shown.append({tr("Other"), other});
            m_tooltipNames.append(tr("Other"));
        }
    }
    for (const auto &[label, count] : std::as_const(m_shown)) {
        const double share = m_total > 0 ? count / m_total * 100.0 : 0.0;
        QString text = QStringLiteral("%1 · %2").arg(DisplayFormat::chartName(label),
                                                     DisplayFormat::percent(share, 1));
        // Two values shortened alike must stay two bars: an axis drops a category it has.
        const QString first = text;
        for (int n = 2; m_labels.contains(text); ++n)
            text = QStringLiteral("%1 (%2)").arg(first).arg(n);
        m_labels.append(text);
    }

    setSummary(ChartSummary::shares(m_title, m_labels));
    if (m_pie) {
        m_pie->clear();
        for (int i = 0; i < m_shown.size(); ++i) {
            QPieSlice *slice = m_pie->append(m_labels[i], m_shown[i].second);
            slice->setColor(ChartTheme::color(i, palette()));
            slice->setBorderColor(palette().color(QPalette::Base));
            slice->setLabelColor(palette().color(QPalette::WindowText));
            connect(slice, &QPieSlice::hovered, this, [this, i](bool state) {
                if (state && i < m_shown.size())
                    QToolTip::showText(QCursor::pos(), tooltip(i), this);
                else
                    QToolTip::hideText();
            });
        }
        return;
    }

    // Largest at the top: horizontal bar categories grow upwards, so add in reverse.
    QList<qreal> values;
    QStringList categories;
    double maxValue = 1;
    for (int i = int(m_shown.size()) - 1; i >= 0; --i) {
        values.append(m_shown[i].second);
        categories.append(m_labels[i]);
        maxValue = std::max(maxValue, m_shown[i].second);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_set->setColor(ChartTheme::color(0, palette()));
    m_categories->clear();
    m_categories->append(categories);
    m_values->setRange(0, maxValue * 1.05);
    m_values->applyNiceNumbers();
    remeasureLabels(m_values);
    remeasureLabels(m_categories);
    m_view->setMinimumHeight(std::max(160, 60 + 26 * int(m_shown.size())));
}

const QAbstractItemModel *BreakdownChart::exportModel() const
{
    return m_model.data();
}

int BreakdownChart::exportRole() const
{
    return BreakdownModel::ValueRole;
}
