#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12 (or newer): Qt 6 with Charts and
# HttpServer, QtKeychain, the Secret Service stack for the keychain tests, and Xvfb/ImageMagick
# for screenshots. Run as root or through sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ pkg-config \
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools \
    qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev \
    libqt6svg6 qt6-qpa-plugins fonts-dejavu-core \
    dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools \
    xvfb xauth imagemagick desktop-file-utils appstream rpm file \
    >/dev/null
