#pragma once

#include <QComboBox>

class DashboardState;

// Chooses the window's one time zone: shows DashboardState's zone and sets it. The toolbar
// and Settings each hold one, and both always show the same value. Typing filters the list
// ("Berl" finds Europe/Berlin); the first entry follows the system's zone.
class ZoneBox : public QComboBox {
    Q_OBJECT
public:
    explicit ZoneBox(DashboardState *state, QWidget *parent = nullptr);

private:
    void showStateZone();

    DashboardState *m_state;
};
