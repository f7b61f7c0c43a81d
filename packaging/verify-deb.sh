#!/usr/bin/env bash
# Verifies the Debian package on a clean Debian 12 (docs/packaging.md): builds it
# (packaging/build-deb.sh, with lintian and the metadata validators), makes a minimal Debian 12
# root with mmdebstrap from the mirror this machine's apt uses, and there, as an ordinary user
# where it matters:
#   1. apt install ./limitless-dashboard_*.deb   (the dependencies come from the package alone)
#   2. limitless --version
#   3. limitless sandbox start, limitless demo-data, the dashboard offscreen for a few seconds
#      against the running sandbox, limitless sandbox stop
#   4. apt purge limitless-dashboard + autoremove, then checks that the packages and the files
#      outside the user's home are what they were before the install.
#
#   packaging/verify-deb.sh [--build-dir DIR] [--deb FILE] [--no-recommends] [--keep] [--log FILE]
#
# --build-dir  passed to build-deb.sh (default build/package, the `package` preset)
# --deb        verify this .deb instead of building one
# --no-recommends  install with --no-install-recommends: Depends alone must be enough
# --keep       leave the root in place afterwards (its path is printed)
# Needs root (chroot and mounts) and scripts/install-deps --packaging. Not part of scripts/test:
# it downloads and installs a few hundred packages (about 10 minutes on two cores).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"

build_args=()
deb=""
keep=0
log=""
recommends=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_args+=(--build-dir "$2"); shift 2 ;;
    --deb) deb=$(realpath "$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    --no-recommends) recommends=--no-install-recommends; shift ;;
    --log) log="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "verify-deb: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "verify-deb: run as root (it makes a root with mmdebstrap, mounts /proc and /dev into it)" >&2
  exit 2
fi
for tool in mmdebstrap lintian desktop-file-validate appstream-util; do
  if ! command -v "$tool" >/dev/null; then
    echo "verify-deb: $tool is missing; run scripts/install-deps --packaging" >&2
    exit 2
  fi
done

started=$(date +%s)
root=$(mktemp -d /var/tmp/limitless-deb.XXXXXX)
log=${log:-$root.log}
: > "$log"
say() { echo "verify-deb: $*" | tee -a "$log"; }
steps=()
failed=0
step() { # step NAME RESULT
  steps+=("$(printf '%-58s %s' "$1" "$2")")
  say "$1: $2"
  case "$2" in passed*) ;; *) failed=1 ;; esac
}

mounts=(proc sys dev dev/pts dev/shm)
cleanup() {
  local rc=$?
  # Whatever still runs inside (a sandbox's PostgreSQL after a failure) is stopped first.
  local p sig
  for sig in TERM KILL; do
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -"$sig" "${p#/proc/}" 2>/dev/null
    done
    sleep 1
  done
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    if mountpoint -q "$root/${mounts[$i]}"; then
      umount "$root/${mounts[$i]}" || umount -l "$root/${mounts[$i]}" || true
    fi
  done
  rm -f "$root".before.* "$root".after.* "$root.gui.log" "$root.build.log" "$root.demo.json"
  if [ "$keep" -eq 1 ]; then
    say "the root is kept in $root"
  elif findmnt -rn -o TARGET | grep -q "^$root"; then
    say "something is still mounted under $root; not deleting it"
  else
    rm -rf --one-file-system "$root"
  fi
  exit "$rc"
}
trap cleanup EXIT

# 0. The package, with lintian, desktop-file-validate and appstream-util validate-relax.
if [ -z "$deb" ]; then
  say "building the package (packaging/build-deb.sh ${build_args[*]})"
  if packaging/build-deb.sh "${build_args[@]}" > "$root.build.log" 2>&1; then
    deb=$(tail -1 "$root.build.log")
    step "build the .deb; lintian, desktop-file-validate, appstream" "passed ($(basename "$deb"))"
  else
    cat "$root.build.log" >> "$log"
    step "build the .deb; lintian, desktop-file-validate, appstream" "FAILED (see $log)"
    exit 1
  fi
  grep -E '^[EWI]: ' "$root.build.log" | sed 's/^/verify-deb:   lintian /' | tee -a "$log" || true
  cat "$root.build.log" >> "$log"
fi

# 1. A minimal Debian 12 root (essential packages and apt), from the mirror this machine's apt
# uses; services are not started inside (policy-rc.d), as in any chroot.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -s "$f" ] && sources+=("$f")
done
say "making a minimal Debian 12 root in $root from ${sources[*]} (log: $log)"
t0=$(date +%s)
if ! mmdebstrap --mode=root --variant=apt --quiet \
  --aptopt='Acquire::Check-Valid-Until "false"' \
  --customize-hook='printf "#!/bin/sh\nexit 101\n" > "$1/usr/sbin/policy-rc.d"; chmod 755 "$1/usr/sbin/policy-rc.d"' \
  --customize-hook='chroot "$1" useradd --create-home --shell /bin/bash owner' \
  bookworm "$root" "${sources[@]}" >> "$log" 2>&1; then
  step "mmdebstrap a clean Debian 12 root" "FAILED (see $log)"
  exit 1
fi
step "mmdebstrap a clean Debian 12 root" "passed ($(chroot "$root" dpkg-query -W | wc -l) packages, $(($(date +%s) - t0)) s)"

cp /etc/hosts "$root/etc/hosts"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"

env_inside=(env -i TERM=dumb LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
as_root() { "${env_inside[@]}" HOME=/root DEBIAN_FRONTEND=noninteractive chroot "$root" bash -c "$1"; }
as_owner() {
  "${env_inside[@]}" chroot "$root" runuser -u owner -- env HOME=/home/owner USER=owner \
    XDG_RUNTIME_DIR=/tmp/owner-runtime bash -c "mkdir -p -m 700 /tmp/owner-runtime && cd && $1"
}

# What is there before, to compare after the purge: the packages, and every path outside the
# places that change on their own (logs, apt's and dpkg's state and caches, the user's home).
snapshot() {
  as_root "dpkg-query -W -f='\${Package} \${Version}\n' | sort" > "$1.packages"
  (cd "$root" && find . -xdev \
    \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp -o -path ./run \
       -o -path ./home/owner -o -path ./root -o -path ./var/log -o -path ./var/cache/apt \
       -o -path ./var/cache/debconf -o -path ./var/cache/ldconfig -o -path ./var/lib/apt \
       -o -path ./var/lib/dpkg \) -prune -o -print | sort) > "$1.files"
}
snapshot "$root.before"

# 2. The install, from the package's own dependencies (apt's defaults: Recommends too).
cp "$deb" "$root/tmp/"
t0=$(date +%s)
if as_root "apt-get update -qq && apt-get install -y -q $recommends /tmp/$(basename "$deb")" >> "$log" 2>&1; then
  added=$(($(as_root "dpkg-query -W | wc -l") - $(wc -l < "$root.before.packages")))
  step "apt install $recommends ./$(basename "$deb")" "passed ($added packages added, $(($(date +%s) - t0)) s)"
else
  step "apt install $recommends ./$(basename "$deb")" "FAILED (see $log)"
  exit 1
fi
say "emoji font: $(as_root "fc-list : family | grep -i emoji | head -1" || echo none)"

# 3. The programs, as the owner would run them.
if out=$(as_owner "limitless --version" 2>&1); then
  step "limitless --version" "passed ($out)"
else
  step "limitless --version" "FAILED ($out)"
fi
t0=$(date +%s)
if as_owner "limitless sandbox start" >> "$log" 2>&1; then
  step "limitless sandbox start" "passed ($(($(date +%s) - t0)) s)"
else
  step "limitless sandbox start" "FAILED (see $log)"
fi
t0=$(date +%s)
if as_owner "limitless demo-data --json" > "$root.demo.json" 2>> "$log"; then
  cat "$root.demo.json" >> "$log"
  counts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(", ".join(f"{d[k]} {k}" for k in ("campaigns","conversations","payments","documents","embedding_type")))' "$root.demo.json" 2>/dev/null || echo "no report")
  step "limitless demo-data" "passed ($(($(date +%s) - t0)) s: $counts)"
else
  step "limitless demo-data" "FAILED (see $log)"
fi
rc=0
as_owner "QT_QPA_PLATFORM=offscreen timeout 8 limitless-dashboard" > "$root.gui.log" 2>&1 || rc=$?
cat "$root.gui.log" >> "$log"
# A missing library or plugin says so on standard error; a clean run is stopped by timeout.
if [ "$rc" -eq 124 ] && ! grep -Eiq 'cannot open shared|could not load|failed to load|no such file' \
  "$root.gui.log"; then
  step "limitless-dashboard offscreen for 8 s" "passed (ran until stopped, $(wc -l < "$root.gui.log") lines of output)"
else
  step "limitless-dashboard offscreen for 8 s" "FAILED (exit $rc; see $log)"
fi
# The processes of the root are told apart from the host's by their root directory.
postgres_inside() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] &&
      [ "$(cat "$p/comm" 2>/dev/null)" = postgres ] && echo "${p#/proc/}"
  done
  return 0
}
if as_owner "limitless sandbox stop" >> "$log" 2>&1 && [ -z "$(postgres_inside)" ]; then
  step "limitless sandbox stop" "passed (no postgres left running)"
else
  step "limitless sandbox stop" "FAILED (see $log)"
fi

# 4. The removal: the package purged, then everything the install brought in. The clean root's
# packages are all marked manual, so whatever is still marked automatic after autoremove came
# with the install, and apt kept it by one of its own rules: postgresql-common's
# /etc/apt/apt.conf.d/02autoremove-postgresql (postgresql-* never autoremoved), priority
# "required" packages the minimal root lacked (tzdata), or a Recommends of the root's own
# packages (apt recommends ca-certificates). Those are purged by name, and reported.
installed_files=$(as_root "dpkg-query -L limitless-dashboard" | sort)
t0=$(date +%s)
if as_root "apt-get purge -y -q limitless-dashboard && apt-get autoremove --purge -y -q" >> "$log" 2>&1; then
  kept=$(as_root "apt-mark showauto" | tr '\n' ' ')
  if [ -n "${kept// /}" ]; then
    say "apt kept $(wc -w <<< "$kept") automatically installed packages; purging them: $kept"
    # systemd-sysv, which a default install brings in through recommendations, is essential
    # to apt once installed; the clean root had none of these packages.
    as_root "apt-get purge -y -q --allow-remove-essential $kept &&
      apt-get autoremove --purge -y -q" >> "$log" 2>&1 ||
      say "  the purge of those failed (see $log)"
  fi
  step "apt purge limitless-dashboard; autoremove --purge" "passed ($(($(date +%s) - t0)) s)"
else
  step "apt purge limitless-dashboard; autoremove --purge" "FAILED (see $log)"
fi
snapshot "$root.after"
left=""
for f in $installed_files; do
  [ -e "$root$f" ] && [ ! -d "$root$f" ] && left+="$f "
done
pkgdiff=$(diff "$root.before.packages" "$root.after.packages" || true)
filediff=$(diff "$root.before.files" "$root.after.files" | grep '^[<>]' || true)
ours=$(grep -i limitless <<< "$filediff" || true)
if [ -z "$left" ] && [ -z "$pkgdiff" ] && [ -z "$ours" ] && [ -z "$(postgres_inside)" ]; then
  step "nothing left behind (packages, files outside ~owner)" \
    "passed ($(grep -c . <<< "$filediff" || true) other paths differ)"
else
  step "nothing left behind (packages, files outside ~owner)" "FAILED"
fi
[ -n "$left" ] && say "  the package's files still there: $left"
# (head reads from a here-string: an echo into it would die of SIGPIPE on a long list, and
# pipefail would end the script there.)
[ -n "$pkgdiff" ] && say "  packages before (<) / after (>):" && head -30 <<< "$pkgdiff" | tee -a "$log"
# Anything else that differs was made by the dependencies' maintainer scripts, not this
# package's (it has none): listed for a look.
[ -n "$filediff" ] && say "  paths before (<) / after (>):" && head -40 <<< "$filediff" | tee -a "$log"
say "in the owner's home, the user's own data stays: $(as_root "cd /home/owner && find . -maxdepth 4 -path './.local/share/*' -prune -print | head -3 | tr '\n' ' '")"

echo
echo "verify-deb: summary ($(($(date +%s) - started)) s; log: $log)"
printf '  %s\n' "${steps[@]}"
if [ "$failed" -ne 0 ]; then
  echo "verify-deb: FAILED"
  exit 1
fi
echo "verify-deb: PASSED"
