#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12 (Qt 6.4) or Debian 13 (Qt 6.8):
# Qt 6 with Charts, HttpServer and SQL's SQLite driver (the answer cache), Qt Linguist's lupdate
# and lrelease with their CMake functions (the translations), Qt's own translations (its
# dialogs' buttons in German, French, ...), a Japanese font (screenshots in 日本語 on a bare
# machine), QtKeychain, simdjson (the reader of big answers), the Secret
# Service stack for the keychain tests, Xvfb/ImageMagick for screenshots, and what packaging runs
# (dpkg-shlibdeps, rpmbuild). Run as root or through sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq

# Package names that differ between releases, chosen by what the archive offers rather than by
# release name, so a derivative or a newer release picks the right one too:
# - the SVG icon engine plugin (the app and tray icons) moved from libqt6svg6 into
#   qt6-svg-plugins (Debian 13); without it the icons are silently missing.
# - libqt6opengl6-dev is a package of its own in Debian 12 and provided by qt6-base-dev later.
release_packages=(libqt6svg6)
if apt-cache show qt6-svg-plugins >/dev/null 2>&1; then release_packages+=(qt6-svg-plugins); fi
if apt-cache show libqt6opengl6-dev 2>/dev/null | grep -q '^Package: libqt6opengl6-dev'; then
    release_packages+=(libqt6opengl6-dev)
fi

# Clang and libFuzzer's runtime (scripts/fuzz.sh; the clang-rt package of the default Clang's
# version), unless --without-fuzzer (the Qt 6.8 chroot, which does not fuzz).
fuzz_packages=()
if [ "${1:-}" != "--without-fuzzer" ]; then
    clang_version=$(apt-cache depends clang 2>/dev/null |
        sed -n 's/.*Depends: clang-\([0-9]*\)$/\1/p' | head -1)
    fuzz_packages=(clang "libclang-rt-${clang_version:-14}-dev")
fi

# Node.js and npm for the SDK test (tst_ingest drives the real nucleus-analytics SDK, observed
# on Node 20): a Node already installed is used as it is (another vendor's nodejs carries its
# own npm, which Debian's npm conflicts with); else Debian's, where it is 20 or newer (Debian
# 13; Debian 12 has 18, and the test then says it skips).
node_packages=()
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    node_candidate=$(apt-cache policy nodejs 2>/dev/null |
        sed -n 's/^ *Candidate: \([0-9]*\).*/\1/p')
    if [ "${node_candidate:-0}" -ge 20 ] 2>/dev/null; then node_packages=(nodejs npm); fi
fi

$SUDO apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ pkg-config \
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools \
    qt6-tools-dev qt6-translations-l10n \
    qtkeychain-qt6-dev libsimdjson-dev libgl-dev libqt6sql6-sqlite \
    qt6-qpa-plugins fonts-dejavu-core fonts-vlgothic \
    dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools \
    xvfb xauth imagemagick desktop-file-utils appstream rpm file dpkg-dev \
    "${fuzz_packages[@]}" \
    "${node_packages[@]}" \
    "${release_packages[@]}" \
    >/dev/null
