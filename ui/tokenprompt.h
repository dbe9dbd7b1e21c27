#pragma once

#include <QString>

#include <optional>

class QWidget;

// "Token rejected": asks once for a new token (masked). Tests set the next answer.
namespace TokenPrompt {
std::optional<QString> ask(QWidget *parent, const QString &server);
void setNextAnswer(std::optional<QString> token); // nullopt: cancel
void setScripted(bool scripted);                  // tests: never show a real dialog
int timesAsked();
} // namespace TokenPrompt
