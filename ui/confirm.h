#pragma once

#include <QString>

#include <optional>

class QWidget;

// Yes/No confirmation for destructive actions. Tests set the next answer instead of clicking
// (a modal box would block a headless run).
namespace Confirm {
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
void setNextAnswer(std::optional<bool> answer);
// What the last confirmation asked (for tests: the user must be named).
QString lastText();
} // namespace Confirm
