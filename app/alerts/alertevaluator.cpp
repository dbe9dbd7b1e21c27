#include "alerts/alertevaluator.h"

AlertOutcome evaluateAlert(const AlertRule &rule, const AlertObservation &observation,
                           AlertState &state, qint64 now)
{
    AlertOutcome outcome;
    outcome.rule = rule;
    outcome.observation = observation;
    if (!observation.known)
        return outcome; // nothing is known to fire, and the state stays as it was

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
