#include "zonebox.h"

#include "core/dashboardstate.h"

#include <QCompleter>
#include <QSignalBlocker>
#include <QTimeZone>

ZoneBox::ZoneBox(DashboardState *state, QWidget *parent)
    : QComboBox(parent)
    , m_state(state)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QByteArray());
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        addItem(QString::fromUtf8(id), id);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMinimumContentsLength(18);
    setToolTip(tr("The time zone of every day, date and time the window shows"));
    showStateZone();
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { m_state->setZoneId(currentData().toByteArray()); });
    connect(state, &DashboardState::zoneChanged, this, &ZoneBox::showStateZone);
}

void ZoneBox::showStateZone()
{
    const QSignalBlocker block(this);
    int row = findData(m_state->zoneId());
    if (row < 0) { // a zone without an IANA entry here (a fixed offset): list it as it is
        addItem(QString::fromUtf8(m_state->zoneId()), m_state->zoneId());
        row = count() - 1;
    }
    setCurrentIndex(row);
}
