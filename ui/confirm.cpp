#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace {
std::optional<bool> g_nextAnswer;
QString g_lastText;
} // namespace

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text,
                  const QString &yesText)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel); // Enter never deletes by accident
    box.exec();
    return box.clickedButton() == yes;
}

void Confirm::setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

QString Confirm::lastText()
{
    return g_lastText;
}
