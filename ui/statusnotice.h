#pragma once

#include <QString>

class QWidget;

// What an action did, said where the user looks for it: the status bar of the window the
// action came from ("Saved usage.csv" with an "Open folder" button, "Copied user ID …",
// "Deleted user …"). It goes away after a while or when the next one comes.
namespace StatusNotice {
// `folder`: where a saved file is, offered as "Open folder".
void show(QWidget *from, const QString &text, const QString &folder = QString());
// The last text shown (for tests and the accessibility summary).
QString last();
} // namespace StatusNotice
