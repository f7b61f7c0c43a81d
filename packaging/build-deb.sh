#!/usr/bin/env bash
# Builds the Debian package from a release build and checks it: lintian, desktop-file-validate
# and appstream-util validate-relax (docs/packaging.md).
#
#   packaging/build-deb.sh [--build-dir DIR] [--out DIR] [--no-checks]
#
# --build-dir  the CMake build to package (default build/package, configured with the `package`
#              preset — Release, hardening flags, prefix /usr — when it does not exist yet).
#              Any configured build of this tree works; its binaries are stripped into the package.
# --out        where the .deb goes (default build/deb); its path is printed last.
# Needs the build's dependencies and the packaging tools (scripts/install-deps --packaging).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"

build=build/package
out=build/deb
checks=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-checks) checks=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-deb: unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in cmake cpack dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "build-deb: $tool is missing; run scripts/install-deps --packaging" >&2
    exit 2
  fi
done

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.ccache}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/CMakeCache.txt" ]; then
  if [ "$build" != build/package ]; then
    echo "build-deb: $build is not a configured build" >&2
    exit 2
  fi
  cmake --preset package "${launcher[@]}"
fi
cmake --build "$build" --target limitless-dashboard limitless limitless_packaging_files \
  -j "${LIMITLESS_JOBS:-2}"

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/limitless-dashboard_*.deb
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
deb=$(ls "$out"/limitless-dashboard_*.deb)
echo "build-deb: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends Recommends | sed 's/^/build-deb:   /'

if [ "$checks" -eq 1 ]; then
  status=0
  echo "build-deb: lintian (overrides with their reasons: packaging/debian/lintian-overrides)"
  lintian --info --display-info --pedantic --fail-on error,warning "$deb" || status=1
  echo "build-deb: desktop-file-validate"
  desktop-file-validate packaging/linux/com.limitless_os.Dashboard.desktop || status=1
  echo "build-deb: appstream-util validate-relax"
  appstream-util validate-relax --nonet packaging/linux/com.limitless_os.Dashboard.metainfo.xml ||
    status=1
  echo "build-deb: icons"
  packaging/icons/render-icons.sh --check || status=1
  if [ "$status" -ne 0 ]; then
    echo "build-deb: a check failed (above)" >&2
    exit 1
  fi
  echo "build-deb: all checks passed"
fi
echo "$deb"
