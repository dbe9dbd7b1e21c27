#pragma once

#include <QVector>
#include <QWidget>

// A small line of recent values (the live count since the app started), drawn directly: no
// axes, the last value marked.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QVector<double> &values);
    const QVector<double> &values() const { return m_values; }
    QSize sizeHint() const override { return {260, 60}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<double> m_values;
};
