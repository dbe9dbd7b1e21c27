#include "alerts/alertevaluator.h"

#include <algorithm>

AlertOutcome evaluateAlert(const AlertRule &rule, const AlertObservation &observation,
                           AlertState &state, qint64 now)
{
    AlertOutcome outcome;
    outcome.rule = rule;
    outcome.observation = observation;
    if (!observation.known)
        return outcome; // nothing is known to fire, and the state stays as it was
    if (state.seen != 0 &&
        (now - state.seen > std::max<qint64>(kAlertGapSecs, rule.holdSeconds()) ||
         now < state.seen))
        state = AlertState();
    state.seen = now;

    if (!rule.holds(observation.value, observation.previous)) {
        state.since = 0;
        if (state.firing) {
            state.firing = false;
            outcome.change = AlertOutcome::Change::Cleared;
        }
        return outcome;
    }
    if (state.since == 0 || state.since > now)
        state.since = now;
    outcome.firing = now - state.since >= rule.holdSeconds();
    if (outcome.firing && !state.firing) {
        state.firing = true;
        outcome.change = AlertOutcome::Change::Fired;
    }
    return outcome;
}
