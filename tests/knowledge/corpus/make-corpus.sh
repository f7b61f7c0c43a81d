#!/usr/bin/env bash
# Regenerates every fixture in this folder from its source: real documentation that Debian
# packages ship under /usr/share/doc, turned into the kinds of file the extraction tests need.
# The tests never run this: the fixtures are committed, and tests/knowledge/ExtractionTest.cpp
# says what each one must give. Run it after changing a recipe, then check the tests.
#
# Needs pandoc, qpdf, img2pdf, poppler-utils (pdftoppm), python3, zip and iconv, and the
# packages whose documentation is the source: openssl, catch2, zstd, libgmp-dev, nettle-dev,
# libuv1, shared-mime-info. Each excerpt keeps its project's licence, which that package's
# /usr/share/doc/<package>/copyright states.
#
#   openssl-readme.md           OpenSSL's README.md as shipped: UTF-8, LF, setext headings
#                               (=== and ---), nested lists, indented code.
#   openssl-readme.rtf          the same through pandoc as a standalone RTF (images left out):
#                               a kind the knowledge base refuses.
#   catch2-tutorial-bom.md      Catch2's tutorial with a UTF-8 byte order mark put in front:
#                               ATX headings, and ``` code blocks holding "#define" and
#                               "#include" lines, which are no headings.
#   zstd-readme-crlf.md         zstd's README.md with CRLF line ends, as a Windows editor saves.
#   zstd-readme.docx            zstd's README.md through pandoc (images left out: pandoc would
#                               try to download them): Heading 2/3 styles, a table of benchmark
#                               figures, a numbered list and bullet lists.
#   zstd-readme-german-styles.docx
#                               the same, with its style ids as a German Word writes them
#                               ("berschrift2" for Heading 2; the names stay "heading 2").
#   no-document.docx            zstd-readme.docx with word/document.xml deleted from the ZIP.
#   zip-bomb.docx               a DOCX-like ZIP (content types, relationships, a small
#                               document.xml) with word/media/zeros.bin: 256 MiB of zero bytes
#                               that deflate to about 250 KB.
#   gmp-changelog-utf16le.txt   lines 40-80 of GMP's changelog (Torbjörn Granlund…) in UTF-16
#   gmp-changelog-utf16be.txt   with a byte order mark, little- and big-endian.
#   nettle-changelog-latin1-crlf.txt
#                               lines 1-60 of Nettle's changelog (Niels Möller…) in ISO-8859-1
#                               with CRLF line ends, as an old Windows editor saves.
#   libuv-changelog-invalid-utf8.txt
#                               lines 1-40 of libuv's changelog (UTF-8: "Claes Nästén") with
#                               three invalid byte sequences put in: a lone continuation byte
#                               0x80, a truncated sequence 0xE2 0x82, and 0xFF.
#   page-thumbnail.png          page 1 of the shared MIME-info spec at 20 dpi: an image.
#   encrypted.pdf               pages 1-2 of the shared MIME-info spec, AES-256 encrypted by
#                               qpdf with the user password "limitless-test".
#   scanned-page.pdf            page 3 of the shared MIME-info spec rendered at 300 dpi in black
#                               and white by pdftoppm and wrapped by img2pdf: a page with no text
#                               layer, as a scanner makes it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
doc=/usr/share/doc
for tool in pandoc qpdf img2pdf pdftoppm python3 zip iconv; do
  command -v "$tool" >/dev/null || { echo "make-corpus: $tool is missing" >&2; exit 1; }
done
for f in openssl/README.md.gz catch2/docs/tutorial.md.gz zstd/README.md.gz \
  libgmp-dev/changelog.gz nettle-dev/changelog.gz libuv1/changelog.gz \
  shared-mime-info/shared-mime-info-spec.pdf; do
  [ -f "$doc/$f" ] || { echo "make-corpus: $doc/$f is missing (install its package)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
spec=$doc/shared-mime-info/shared-mime-info-spec.pdf

# Markdown and RTF
zcat "$doc/openssl/README.md.gz" > openssl-readme.md
# Images out, before any writer that would try to download them: pandoc's DOCX and RTF writers
# fetch every image while reading, before filters run, so the filter runs in a JSON pass first.
cat > "$tmp/no-images.lua" <<'LUA'
function Image(img) return img.caption end
LUA
without_images() { pandoc -f gfm -t json --lua-filter "$tmp/no-images.lua"; }
without_images < openssl-readme.md | pandoc -f json -s -t rtf -o openssl-readme.rtf
{ printf '\xEF\xBB\xBF'; zcat "$doc/catch2/docs/tutorial.md.gz"; } > catch2-tutorial-bom.md
zcat "$doc/zstd/README.md.gz" | sed 's/$/\r/' > zstd-readme-crlf.md

# DOCX
zcat "$doc/zstd/README.md.gz" | without_images | pandoc -f json -t docx -o zstd-readme.docx
python3 - <<'PY'
import re, zipfile
with zipfile.ZipFile("zstd-readme.docx") as src, \
        zipfile.ZipFile("zstd-readme-german-styles.docx", "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename in ("word/document.xml", "word/styles.xml"):
            data = re.sub(rb'(w:(?:styleId|val))="Heading([1-9])"', rb'\1="berschrift\2"', data)
        dst.writestr(item, data)
PY
cp zstd-readme.docx no-document.docx
zip -q -d no-document.docx word/document.xml
python3 - <<'PY'
import zipfile
content_types = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Default Extension="bin" ContentType="application/octet-stream"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b'</Types>')
rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    b'</Relationships>')
document = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:body><w:p><w:r><w:t>Nothing to see here.</w:t></w:r></w:p></w:body></w:document>')
with zipfile.ZipFile("zip-bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    zeros = bytes(1 << 20)
    with z.open("word/media/zeros.bin", "w", force_zip64=True) as f:
        for _ in range(256):
            f.write(zeros)
PY

# Text in other encodings
zcat "$doc/libgmp-dev/changelog.gz" | sed -n 40,80p > "$tmp/gmp.txt"
{ printf '\xFF\xFE'; iconv -f UTF-8 -t UTF-16LE "$tmp/gmp.txt"; } > gmp-changelog-utf16le.txt
{ printf '\xFE\xFF'; iconv -f UTF-8 -t UTF-16BE "$tmp/gmp.txt"; } > gmp-changelog-utf16be.txt
zcat "$doc/nettle-dev/changelog.gz" | sed -n 1,60p | iconv -f UTF-8 -t ISO-8859-1 |
  sed 's/$/\r/' > nettle-changelog-latin1-crlf.txt
zcat "$doc/libuv1/changelog.gz" | sed -n 1,40p > "$tmp/libuv.txt"
python3 - "$tmp/libuv.txt" <<'PY'
import sys
text = open(sys.argv[1], "rb").read()
lines = text.split(b"\n")
# Three damaged places, each on a line of its own, away from the valid "Nästén".
lines[2] = lines[2] + b" \x80"
lines[6] = lines[6] + b" \xE2\x82"
lines[30] = lines[30] + b" \xFF"
open("libuv-changelog-invalid-utf8.txt", "wb").write(b"\n".join(lines))
PY

# Images and PDFs
pdftoppm -f 1 -l 1 -r 20 -png -singlefile "$spec" page-thumbnail
qpdf --empty --pages "$spec" 1-2 -- "$tmp/two-pages.pdf"
qpdf --encrypt limitless-test owner-secret 256 -- "$tmp/two-pages.pdf" encrypted.pdf
pdftoppm -f 3 -l 3 -r 300 -mono -png -singlefile "$spec" "$tmp/scan"
img2pdf -o scanned-page.pdf "$tmp/scan.png"

ls -l "$here"
