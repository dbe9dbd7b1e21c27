#include "tokenprompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace {
std::optional<QString> g_next;
bool g_scripted = false;
int g_asked = 0;
} // namespace

std::optional<QString> TokenPrompt::ask(QWidget *parent, const QString &server)
{
    ++g_asked;
    if (g_scripted) {
        const auto answer = g_next;
        g_next.reset();
        return answer;
    }
    bool ok = false;
    const QString token = QInputDialog::getText(
        parent, QObject::tr("Token rejected"),
        QObject::tr(
            "%1 rejected the API token. Paste a valid token (it is kept in the system keychain):")
            .arg(server),
        QLineEdit::Password, {}, &ok);
    if (!ok || token.trimmed().isEmpty())
        return std::nullopt;
    return token.trimmed();
}

void TokenPrompt::setNextAnswer(std::optional<QString> token)
{
    g_next = std::move(token);
}

void TokenPrompt::setScripted(bool scripted)
{
    g_scripted = scripted;
}

int TokenPrompt::timesAsked()
{
    return g_asked;
}
