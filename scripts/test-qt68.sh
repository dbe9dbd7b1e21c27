#!/usr/bin/env bash
# The Qt 6.8 leg: builds and runs the whole test suite on Debian 13 (Qt 6.8, GCC 14) inside a
# chroot, the Qt the Windows/macOS installers and newer distributions build with.
#
# The chroot is made with debootstrap from Debian's archive and kept under /var/cache (one
# minute to make, reused by later runs on the same machine); it is made again when missing,
# half-made or broken. Its packages come from scripts/install-deps-debian.sh, as on a host.
# The source tree is bind-mounted at /src and builds into build/qt68 (CMake preset qt68).
#
# Usage: scripts/test-qt68.sh            (root, or through sudo)
# Environment: NUCLEUS_QT68_ROOT  where the chroot lives (default /var/cache/nucleus-ci/trixie)
#              NUCLEUS_QT68_MIRROR  Debian mirror (default: the one this machine's apt uses)
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec sudo -E "$0" "$@"; fi

src="$(cd "$(dirname "$0")/.." && pwd)"
root="${NUCLEUS_QT68_ROOT:-/var/cache/nucleus-ci/trixie}"
suite=trixie
ready_mark="$root/.nucleus-chroot-ready"

host_archives() { # the archive URIs this machine's apt reads from (deb822 or one-line format)
    grep -hoE '^(URIs:|deb) +[^ ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
        2>/dev/null | awk '{print $2}' || true
}
main_archive=$(host_archives | grep -E '/debian/?$' | head -n1 || true)
security_archive=$(host_archives | grep -E '/debian-security/?$' | head -n1 || true)
mirror="${NUCLEUS_QT68_MIRROR:-${main_archive:-http://deb.debian.org/debian}}"
security_mirror="${security_archive:-http://deb.debian.org/debian-security}"

mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
# The chroot's commands run in a process group of their own, so that a stop (Ctrl+C, a CI
# timeout) ends the whole build or test run before the mounts are taken down.
child=""
stop_child() {
    if [ -n "$child" ]; then
        kill -TERM -- "-$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
        child=""
    fi
}
trap 'stop_child; unmount_all' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bind() { # bind SOURCE TARGET-IN-CHROOT [mount options]
    mkdir -p "$root$2"
    mount --bind "$1" "$root$2"
    mounted+=("$root$2")
    if [ -n "${3:-}" ]; then mount -o "remount,bind,$3" "$root$2"; fi
}

in_chroot() {
    # A clean environment: only what the build and the tests need crosses into the chroot,
    # and the host's extra certificate authorities for Node (a proxy's), so that npm (the SDK
    # test) reaches its registry from inside as it does from outside.
    local node_ca=()
    if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
        cp "$NODE_EXTRA_CA_CERTS" "$root/etc/nucleus-node-extra-ca.crt"
        node_ca=(NODE_EXTRA_CA_CERTS=/etc/nucleus-node-extra-ca.crt)
    fi
    setsid chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" "${node_ca[@]}" "$@" &
    child=$!
    local status=0
    wait "$child" || status=$?
    child=""
    return "$status"
}

chroot_usable() {
    [ -f "$ready_mark" ] && [ -x "$root/usr/bin/apt-get" ] && chroot "$root" /bin/true 2>/dev/null
}

make_chroot() {
    echo "== making the Debian 13 chroot in $root (from $mirror)"
    local fresh="$root.new"
    rm -rf --one-file-system "$fresh"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$fresh.log" 2>&1 \
        || { tail -n 20 "$fresh.log"; echo "debootstrap failed (log: $fresh.log)" >&2; exit 1; }
    rm -f "$fresh.log"
    # Point-release and security updates, as an installed Debian 13 machine has them.
    printf 'deb %s %s-updates main\ndeb %s %s-security main\n' \
        "$mirror" "$suite" "$security_mirror" "$suite" >>"$fresh/etc/apt/sources.list"
    rm -rf --one-file-system "$root"
    mv "$fresh" "$root"
    touch "$ready_mark"
}

command -v debootstrap >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
}
if ! chroot_usable; then make_chroot; fi

cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind /dev /dev
bind /dev/pts /dev/pts
bind /dev/shm /dev/shm
bind "$src" /src

echo "== Debian 13 packages (scripts/install-deps-debian.sh)"
if ! in_chroot /src/scripts/install-deps-debian.sh --without-fuzzer; then
    # A half-updated or damaged package database: make the chroot again, once, and retry.
    [ -z "${NUCLEUS_QT68_REMADE:-}" ] || { echo "packages failed in a fresh chroot" >&2; exit 1; }
    unmount_all
    rm -f "$ready_mark"
    NUCLEUS_QT68_REMADE=1 exec "$0" "$@"
fi
in_chroot sh -c 'echo "Qt $(qtpaths6 --qt-query QT_VERSION 2>/dev/null || qmake6 -query QT_VERSION), $(g++ --version | head -n1)"'

echo "== build and test (preset qt68)"
in_chroot /src/scripts/test.sh qt68
