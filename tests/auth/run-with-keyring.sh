#!/bin/sh
# Runs a command against the real Secret Service: a private D-Bus session with an unlocked GNOME
# Keyring, HOME and the XDG directories in a throwaway directory (deleted afterwards, and
# exported as LIMITLESS_TEST_HOME so that tests can inspect what landed on disk).
dir=$(mktemp -d "${TMPDIR:-/tmp}/limitless-keyring.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT INT TERM
mkdir -p "$dir/config" "$dir/data" "$dir/cache" "$dir/runtime"
chmod 700 "$dir/runtime"
export HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
    XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/runtime" LIMITLESS_TEST_HOME="$dir"
dbus-run-session -- sh -c \
    'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" "$@"' \
    "$@"
