#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// One local alert rule of one app (product.md §8), written in a short syntax that the command
// line, Settings and README share:
//   errors>50/24h   more than 50 errors in the last 24 hours ("/24h" may be left out)
//   errors>3x       errors of the last 24 hours above 3 × those of the 24 hours before
//   live<5@10m      fewer than 5 users live, held for 10 minutes ("@..." may be left out: 5 min)
//   live>200@5m     more than 200 users live, held for 5 minutes
//   starts=0@6h     no app start in the last 6 hours
// Durations are minutes ("m") or hours ("h"), from 1 minute to 7 days.
struct AlertRule {
    Q_DECLARE_TR_FUNCTIONS(AlertRule)
public:
    enum class Kind { ErrorsAbove, ErrorsRise, LiveBelow, LiveAbove, NoStarts };
    static constexpr int kDefaultHoldMinutes = 5;
    static constexpr int kMaxMinutes = 7 * 24 * 60;

    int id = 0;      // stable; `alerts remove N` and the history name it
    QString account; // the server's keychain key (secretKeyForServer), or "demo"
    QString appId;
    Kind kind = Kind::ErrorsAbove;
    double threshold = 0; // errors, the factor k, or live users
    int minutes = 0;      // live: how long the condition must hold; starts: the window
    bool enabled = true;

    // The rule part of `text` (account and app are set by the caller); nothing, with `error`
    // set to one sentence, when it is not a rule.
    static std::optional<AlertRule> parse(const QString &text, QString *error);
    // The rule in the syntax above ("errors>50/24h"), as parse() reads it back.
    QString text() const;
    // For people: "More than 50 errors in 24 h".
    QString description() const;
    // How a measured value reads for this rule ("61 errors", "2 live", "0 starts in 6 h").
    QString valueText(double value) const;
    // How long the condition must hold before the rule fires (0 for all but live rules).
    int holdSeconds() const;
    // Whether `value` (what valueText describes) meets the condition; `previous` is the
    // previous 24 hours' errors, for ErrorsRise.
    bool holds(double value, double previous = 0) const;
    // The threshold as it is compared, for "(threshold T)": 50, "3x", ...
    QString thresholdText() const;
    bool isLive() const { return kind == Kind::LiveBelow || kind == Kind::LiveAbove; }
    bool isErrors() const { return kind == Kind::ErrorsAbove || kind == Kind::ErrorsRise; }
};

// The syntax in a few lines, for --help, Settings and errors.
QString alertRuleSyntaxHelp();
