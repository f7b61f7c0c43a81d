#!/usr/bin/env bash
# Renders the application icon (com.limitless_os.Dashboard.svg, the one source) into the PNGs of
# every hicolor size that the Debian package installs beside the SVG, and packs those PNGs into
# the macOS .icns and the Windows .ico (both formats hold PNGs as they are). The results are
# committed so that no build needs an SVG renderer; run this again after changing the SVG and
# commit what it wrote.
#   packaging/icons/render-icons.sh          rewrite the PNGs
#   packaging/icons/render-icons.sh --check  fail when a committed PNG differs from a fresh render
# Needs rsvg-convert (librsvg2-bin; scripts/install-deps --packaging installs it).
set -euo pipefail
cd "$(dirname "$0")"
id=com.limitless_os.Dashboard
sizes=(16 22 24 32 48 64 128 256 512)
if ! command -v rsvg-convert >/dev/null; then
  echo "render-icons: rsvg-convert is missing; run scripts/install-deps --packaging" >&2
  exit 2
fi
check=0
[ "${1:-}" = --check ] && check=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for s in "${sizes[@]}"; do
  out="hicolor/${s}x${s}/apps/$id.png"
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$id.svg" --output "$tmp/$s.png"
  if [ "$check" -eq 1 ]; then
    if ! cmp -s "$tmp/$s.png" "$out"; then
      echo "render-icons: $out is not a render of $id.svg" >&2
      status=1
    fi
  else
    mkdir -p "$(dirname "$out")"
    mv "$tmp/$s.png" "$out"
    echo "render-icons: $out"
  fi
done
# The .icns (PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512) and the .ico
# (PNG entries 16…256), made from the PNGs above.
pack() {
  python3 - "$1" "$2" <<'PY'
import struct, sys
kind, out = sys.argv[1], sys.argv[2]
png = lambda s: open(f"hicolor/{s}x{s}/apps/com.limitless_os.Dashboard.png", "rb").read()
if kind == "icns":
    body = b"".join(t + struct.pack(">I", len(png(s)) + 8) + png(s) for t, s in
                    [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)])
    data = b"icns" + struct.pack(">I", len(body) + 8) + body
else:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    head = struct.pack("<HHH", 0, 1, len(sizes))
    offset, entries, blobs = 6 + 16 * len(sizes), b"", b""
    for s in sizes:
        d = png(s)
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset)
        blobs += d
        offset += len(d)
    data = head + entries + blobs
open(out, "wb").write(data)
PY
}
for kind in icns ico; do
  pack "$kind" "$tmp/$id.$kind"
  if [ "$check" -eq 1 ]; then
    cmp -s "$tmp/$id.$kind" "$id.$kind" || { echo "render-icons: $id.$kind is out of date" >&2; status=1; }
  else
    mv "$tmp/$id.$kind" "$id.$kind"
    echo "render-icons: $id.$kind"
  fi
done
exit "$status"
