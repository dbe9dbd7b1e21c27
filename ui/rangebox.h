#pragma once

#include <QComboBox>

class DashboardState;
class QDialog;

// Chooses the window's date range: the presets the API can answer (whole local days: Today,
// Yesterday, Last 7 / 30 / 90 days, This month, Last month) and "Custom range…", which asks
// for two dates. A custom range then reads as its dates ("Nov 1 – Nov 14, 2026"), not as
// "Custom". Always shows DashboardState's range, whoever changed it.
class RangeBox : public QComboBox {
    Q_OBJECT
public:
    explicit RangeBox(DashboardState *state, QWidget *parent = nullptr);

    // Opens the two-date dialog (window-modal, not blocking); it sets the range on OK.
    QDialog *askForDates();
    // "Nov 1 – Nov 14, 2026": how a custom range reads in the box.
    static QString datesText(QDate from, QDate to);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void chosen(int index);
    void showState();

    DashboardState *m_state;
    int m_customRow = -1; // the row naming the custom dates, when they are in use
    int m_askRow = -1;    // "Custom range…"
};
