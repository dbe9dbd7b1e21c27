#pragma once

#include "models/quickglancesummary.h"

#include <QFrame>

class QLabel;

// One Overview card: a metric of the last 24 h, big, with its change against the 24 h before
// (green for good news, red for bad) and the previous value on hover.
class QuickGlanceCard : public QFrame {
    Q_OBJECT
public:
    explicit QuickGlanceCard(QWidget *parent = nullptr);
    // The metric's name alone, while its value is not known yet (no made-up value).
    void setTitle(const QString &label);
    void setMetric(const MetricChange &metric);
    QString valueText() const;
    QString changeText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};
