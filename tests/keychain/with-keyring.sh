#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session, gnome-keyring unlocked
# with a throw-away password, and a temporary HOME (so neither keyring nor settings touch the
# user's own).
set -euo pipefail
home=$(mktemp -d)
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$home" "$runtime"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
       XDG_RUNTIME_DIR="$runtime"
set +e
dbus-run-session -- bash -c \
    'echo -n nucleus-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' \
    _ "$@"
status=$?
set -e
exit $status
