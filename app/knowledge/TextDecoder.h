#pragma once

#include <QByteArray>
#include <QString>

namespace limitless::knowledge {

// How the bytes of a text file became text.
struct DecodedText {
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    QString text;
    Encoding encoding = Encoding::Utf8;
    bool bom = false;           // a byte order mark was there (and is not in `text`)
    int invalidSequences = 0;   // byte sequences that were replaced with U+FFFD
    int validMultiByte = 0;     // well-formed UTF-8 sequences of two bytes or more
    qsizetype nulChars = 0;     // U+0000: a text file has none
    qsizetype controlChars = 0; // control characters other than tab, line and page breaks, ESC

    // Whether this reads as text rather than binary data: no NUL, control characters under 1%.
    bool looksLikeText() const;
    // Whether the bytes were in no encoding we read: UTF-8 with more than 1% of them invalid.
    bool unknownEncoding(qsizetype byteCount) const;
};

// The rule, in this order:
//   1. A byte order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.
//   2. Valid UTF-8 (ASCII included) is UTF-8.
//   3. Bytes that are not valid UTF-8 are read as Windows-1252 (Latin-1 with the printable
//      characters Windows puts in 0x80–0x9F) when the text has no well-formed UTF-8 sequence
//      of two or more bytes at all, every byte above 0x7F is a character Windows-1252 defines,
//      and at least half of those bytes are letters (é, ü, ñ, Œ…). Real Latin-1 text passes;
//      UTF-8 with a few damaged bytes has well-formed sequences elsewhere and does not.
//   4. Otherwise the text is UTF-8 and each invalid sequence (its maximal ill-formed subpart,
//      as the Unicode standard recommends) becomes one U+FFFD.
// `truncated`: the bytes are the start of a longer file, so a sequence cut off at the end is not
// counted as invalid (the file sniffer looks at the first bytes only).
DecodedText decodeText(const QByteArray& bytes, bool truncated = false);

// CRLF and a lone CR become LF.
QString normaliseLineEndings(const QString& text);

} // namespace limitless::knowledge
