#include "rangebox.h"

#include "core/dashboardstate.h"
#include "models/displayformat.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QWheelEvent>

namespace {
constexpr int kAskForDates = -1; // the data of the "Custom range…" row
} // namespace

RangeBox::RangeBox(DashboardState *state, QWidget *parent)
    : QComboBox(parent)
    , m_state(state)
{
    for (DashboardState::Preset preset : DashboardState::presets()) {
        if (preset != DashboardState::Preset::Custom)
            addItem(DashboardState::presetName(preset), int(preset));
    }
    insertSeparator(count());
    addItem(tr("Custom range…"), kAskForDates);
    m_askRow = count() - 1;
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The days every chart and table shows, in the window's time zone"));
    // activated, not currentIndexChanged: choosing "Custom range…" again asks again.
    connect(this, &QComboBox::activated, this, &RangeBox::chosen);
    connect(state, &DashboardState::changed, this, &RangeBox::showState);
    showState();
}

QString RangeBox::datesText(QDate from, QDate to)
{
    if (from == to)
        return DisplayFormat::longDate(from);
    const QString first =
        from.year() == to.year() ? DisplayFormat::shortDate(from) : DisplayFormat::longDate(from);
    return tr("%1 – %2").arg(first, DisplayFormat::longDate(to));
}

void RangeBox::wheelEvent(QWheelEvent *event)
{
    // Scrolling the page over the box must neither change the range nor stop on "Custom
    // range…" (which would open the dates dialog): the page scrolls.
    event->ignore();
}

void RangeBox::chosen(int index)
{
    const int data = itemData(index).toInt();
    if (data == kAskForDates) {
        showState(); // until dates are chosen, the box says what is shown
        askForDates();
    } else if (data != int(DashboardState::Preset::Custom)) {
        m_state->setPreset(DashboardState::Preset(data));
    }
}

QDialog *RangeBox::askForDates()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Custom range"));
    auto *form = new QFormLayout(dialog);
    const QDate today = m_state->now().toTimeZone(m_state->zone()).date();
    auto dateEdit = [&](QDate date, const QString &name) {
        auto *edit = new QDateEdit(date, dialog);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::longDatePattern());
        edit->setMaximumDate(today); // the API has nothing after today
        edit->setAccessibleName(name);
        return edit;
    };
    QDateEdit *from = dateEdit(m_state->firstDay(), tr("From"));
    QDateEdit *to = dateEdit(m_state->lastDay(), tr("To"));
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, from, to] { m_state->setCustomDates(from->date(), to->date()); });
    dialog->open();
    return dialog;
}

void RangeBox::showState()
{
    const QSignalBlocker quiet(this); // showing the state is not the user choosing
    if (m_state->preset() != DashboardState::Preset::Custom) {
        if (m_customRow >= 0) {
            removeItem(m_customRow);
            m_customRow = -1;
            --m_askRow;
        }
        setCurrentIndex(findData(int(m_state->preset())));
        return;
    }
    const QString text = datesText(m_state->firstDay(), m_state->lastDay());
    if (m_customRow < 0) {
        m_customRow = m_askRow - 1; // above the separator
        insertItem(m_customRow, text, int(DashboardState::Preset::Custom));
        ++m_askRow;
    } else {
        setItemText(m_customRow, text);
    }
    setCurrentIndex(m_customRow);
}
