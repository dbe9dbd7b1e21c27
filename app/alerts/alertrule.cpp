#include "alerts/alertrule.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
QString number(double value)
{
    // Shortest exact form: "50", "2.5" (never "5e+01"); the same on every locale.
    return QString::number(value, 'g', 12);
}

QString duration(int minutes)
{
    return minutes % 60 == 0 ? QStringLiteral("%1h").arg(minutes / 60)
                             : QStringLiteral("%1m").arg(minutes);
}

// "10m", "6h" to minutes; 0 when not a duration in range.
int parseDuration(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})([mh])$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return 0;
    const qint64 amount = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2) == QLatin1String("h") ? amount * 60 : amount;
    return minutes >= 1 && minutes <= AlertRule::kMaxMinutes ? int(minutes) : 0;
}
} // namespace

QString alertRuleSyntaxHelp()
{
    return AlertRule::tr(
        "errors>50/24h  more than 50 errors in the last 24 h\n"
        "errors>3x      errors of the last 24 h above 3 × the 24 h before\n"
        "live<5@10m     fewer than 5 users live for 10 minutes (without @: 5 minutes)\n"
        "live>200@5m    more than 200 users live for 5 minutes\n"
        "starts=0@6h    no app start for 6 hours");
}

std::optional<AlertRule> AlertRule::parse(const QString &input, QString *error)
{
    QString text = input.simplified().remove(QLatin1Char(' ')).toLower();
    auto fail = [&](const QString &why) -> std::optional<AlertRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(tr("No rule given. Write one like errors>50/24h, errors>3x, live<5@10m or "
                       "starts=0@6h."));
    // subject, comparison, amount, the rest ("/24h", "x", "@10m").
    static const QRegularExpression form(
        QStringLiteral("^(errors|live|starts)(<|>|=)([^/@x]*)(x?)(?:/(24h))?(?:@(.*))?$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return fail(tr("“%1” is not a rule. Write one like errors>50/24h, errors>3x, live<5@10m "
                       "or starts=0@6h.")
                        .arg(input.trimmed()));
    const QString subject = match.captured(1), op = match.captured(2), amount = match.captured(3);
    const bool factor = !match.captured(4).isEmpty();
    const bool per24h = !match.captured(5).isEmpty();
    const bool hasHold = match.capturedStart(6) >= 0;
    const QString hold = match.captured(6);

    static const QRegularExpression plain(QStringLiteral("^\\d{1,9}(\\.\\d{1,6})?$"));
    if (amount.isEmpty())
        return fail(tr("“%1” has no threshold: give a number after %2.")
                        .arg(input.trimmed(), subject + op));
    if (!plain.match(amount).hasMatch())
        return fail(tr("“%1”: the threshold must be a number, 0 or more (not “%2”).")
                        .arg(input.trimmed(), amount));
    AlertRule rule;
    rule.threshold = amount.toDouble();

    if (subject == QLatin1String("errors")) {
        if (op != QLatin1String(">") || hasHold)
            return fail(tr("“%1”: an errors rule is errors>N (in 24 h) or errors>Kx (K × the 24 h "
                           "before).")
                            .arg(input.trimmed()));
        if (factor && per24h)
            return fail(tr("“%1”: use errors>N/24h or errors>Kx, not both.").arg(input.trimmed()));
        if (factor && rule.threshold <= 0)
            return fail(tr("“%1”: the factor must be more than 0.").arg(input.trimmed()));
        rule.kind = factor ? Kind::ErrorsRise : Kind::ErrorsAbove;
        return rule;
    }
    if (factor || per24h)
        return fail(tr("“%1”: “x” and “/24h” belong to errors rules.").arg(input.trimmed()));
    if (subject == QLatin1String("live")) {
        if (op == QLatin1String("="))
            return fail(tr("“%1”: a live rule is live<N or live>N.").arg(input.trimmed()));
        rule.kind = op == QLatin1String("<") ? Kind::LiveBelow : Kind::LiveAbove;
        if (rule.kind == Kind::LiveBelow && rule.threshold <= 0)
            return fail(tr("“%1”: fewer than 0 users can never be live; give a number above 0.")
                            .arg(input.trimmed()));
        rule.minutes = hasHold ? parseDuration(hold) : kDefaultHoldMinutes;
        if (rule.minutes == 0)
            return fail(tr("“%1”: “%2” is not a duration from 1m to 7 days (like 10m or 2h).")
                            .arg(input.trimmed(), hold));
        return rule;
    }
    // starts
    if (op != QLatin1String("=") || rule.threshold != 0)
        return fail(tr("“%1”: a starts rule is starts=0@DURATION (no app start for that long).")
                        .arg(input.trimmed()));
    if (!hasHold)
        return fail(tr("“%1”: say for how long, e.g. starts=0@6h.").arg(input.trimmed()));
    rule.kind = Kind::NoStarts;
    rule.minutes = parseDuration(hold);
    if (rule.minutes == 0)
        return fail(tr("“%1”: “%2” is not a duration from 1m to 7 days (like 30m or 6h).")
                        .arg(input.trimmed(), hold));
    return rule;
}

QString AlertRule::text() const
{
    switch (kind) {
    case Kind::ErrorsAbove:
        return QStringLiteral("errors>%1/24h").arg(number(threshold));
    case Kind::ErrorsRise:
        return QStringLiteral("errors>%1x").arg(number(threshold));
    case Kind::LiveBelow:
        return QStringLiteral("live<%1@%2").arg(number(threshold), duration(minutes));
    case Kind::LiveAbove:
        return QStringLiteral("live>%1@%2").arg(number(threshold), duration(minutes));
    case Kind::NoStarts:
        return QStringLiteral("starts=0@%1").arg(duration(minutes));
    }
    return {};
}

QString AlertRule::thresholdText() const
{
    return kind == Kind::ErrorsRise ? number(threshold) + QLatin1Char('x') : number(threshold);
}

int AlertRule::holdSeconds() const
{
    return isLive() ? minutes * 60 : 0;
}

bool AlertRule::holds(double value, double previous) const
{
    switch (kind) {
    case Kind::ErrorsAbove:
        return value > threshold;
    case Kind::ErrorsRise:
        // No errors at all is never a rise; from none before, any error is.
        return value > 0 && value > threshold * previous;
    case Kind::LiveBelow:
        return value < threshold;
    case Kind::LiveAbove:
        return value > threshold;
    case Kind::NoStarts:
        return value == 0;
    }
    return false;
}

QString AlertRule::description() const
{
    const QLocale locale;
    const QString span =
        minutes % 60 == 0 ? tr("%n h", nullptr, minutes / 60) : tr("%n min", nullptr, minutes);
    switch (kind) {
    case Kind::ErrorsAbove:
        return tr("More than %1 errors in 24 h").arg(locale.toString(threshold));
    case Kind::ErrorsRise:
        return tr("Errors in 24 h above %1 × the 24 h before").arg(locale.toString(threshold));
    case Kind::LiveBelow:
        return tr("Fewer than %1 users live for %2").arg(locale.toString(threshold), span);
    case Kind::LiveAbove:
        return tr("More than %1 users live for %2").arg(locale.toString(threshold), span);
    case Kind::NoStarts:
        return tr("No app start for %1").arg(span);
    }
    return {};
}

QString AlertRule::valueText(double value) const
{
    const QString n = QString::number(value, 'g', 12);
    switch (kind) {
    case Kind::ErrorsAbove:
    case Kind::ErrorsRise:
        return tr("%1 errors in 24 h").arg(n);
    case Kind::LiveBelow:
    case Kind::LiveAbove:
        return tr("%1 live").arg(n);
    case Kind::NoStarts:
        //: %2 the rule's window as written in the rule ("6h", "30m").
        return tr("%1 starts in %2").arg(n, duration(minutes));
    }
    return n;
}
