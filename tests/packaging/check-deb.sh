#!/usr/bin/env bash
# Builds the .deb of this build tree, checks its declared dependencies, unpacks it into a
# temporary root and runs the packaged binary: --version, and a --demo screenshot.
# Usage: check-deb.sh BUILD_DIR EXPECTED_VERSION
set -euo pipefail
build="$1"
version="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libsecret-1-0 libqt6sql6-sqlite libqt6keychain1 libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6 qt6-qpa-plugins; do
    case "$depends" in
        *"$needed"*) ;;
        *) echo "FAIL: $deb does not declare $needed"; exit 1 ;;
    esac
done
# The SVG icon engine: its own package on Debian 13, inside libqt6svg6 before.
case "$depends" in
    *"qt6-svg-plugins | libqt6svg6 (<< 6.7.2-5~)"*) ;;
    *) echo "FAIL: $deb does not declare the SVG icon engine (qt6-svg-plugins | old libqt6svg6)"; exit 1 ;;
esac
# Every declared dependency resolves on this release (a dry run of apt: nothing is installed).
if command -v apt-get >/dev/null; then
    apt-get install -s -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; echo "FAIL: $deb does not install here"; exit 1; }
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/nucleus-dashboard \
            usr/share/applications/sh.nucleus.Dashboard.desktop \
            usr/share/metainfo/sh.nucleus.Dashboard.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/sh.nucleus.Dashboard.svg \
            usr/share/icons/hicolor/256x256/apps/sh.nucleus.Dashboard.png; do
    [ -e "$root/$file" ] || { echo "FAIL: $file missing from the package"; exit 1; }
done

got=$("$root/usr/bin/nucleus-dashboard" --version)
[ "$got" = "nucleus-dashboard $version" ] || { echo "FAIL: --version said '$got'"; exit 1; }

QT_QPA_PLATFORM=offscreen HOME="$work" "$root/usr/bin/nucleus-dashboard" \
    screenshot overview -o "$work/shot.png" --demo --size 800x600
[ -s "$work/shot.png" ] || { echo "FAIL: no screenshot"; exit 1; }
