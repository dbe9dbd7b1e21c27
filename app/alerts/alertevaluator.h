#pragma once

#include "alerts/alertrule.h"
#include "alerts/alertstore.h"

// What a check measured for one rule: the value its condition is about, or why it could not
// be measured.
struct AlertObservation {
    bool known = false;
    double value = 0;
    double previous = 0;  // the 24 h before, for errors rules
    QString error;        // when not known
    bool noToken = false; // the account's token is missing (the command's exit 3)
};

struct AlertOutcome {
    enum class Change { None, Fired, Cleared };
    AlertRule rule;
    AlertObservation observation;
    bool firing = false; // the condition holds, and has held long enough (never when unknown)
    Change change = Change::None;
};

// Moves a rule's state on by one observation at `now` (Unix seconds): a condition starts to
// hold, fires once it has held for the rule's hold time, and clears when it no longer holds.
// A rule fires (Change::Fired) once until it has cleared; an observation that could not be
// made changes nothing. After a gap without a measurement longer than kAlertGapSecs (or the
// rule's hold time) the state starts afresh: nothing is known to have held meanwhile, and a
// condition that still holds is said again. Pure: the tests drive it with their own clock.
inline constexpr qint64 kAlertGapSecs = 15 * 60;
AlertOutcome evaluateAlert(const AlertRule &rule, const AlertObservation &observation,
                           AlertState &state, qint64 now);
