#include "knowledge/TextDecoder.h"

#include <array>

namespace limitless::knowledge {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// Windows-1252's characters at 0x80–0x9F; 0 where it defines none.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

uchar byteAt(const QByteArray& bytes, qsizetype i)
{
    return static_cast<uchar>(bytes.at(i));
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(static_cast<char16_t>(cp)));
    }
}

// UTF-8 with U+FFFD for each maximal ill-formed subpart (Unicode 15, section 3.9, "U+FFFD
// Substitution of Maximal Subparts"), counting replacements and well-formed multi-byte
// sequences.
void decodeUtf8(const QByteArray& bytes, qsizetype from, bool truncated, DecodedText& out)
{
    const qsizetype n = bytes.size();
    QString& text = out.text;
    text.reserve(n - from);
    qsizetype i = from;
    while (i < n) {
        const uchar b = byteAt(bytes, i);
        if (b < 0x80) {
            text.append(QChar(b));
            ++i;
            continue;
        }
        int need = 0;
        uchar lower = 0x80;
        uchar upper = 0xBF;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0)
                lower = 0xA0;
            else if (b == 0xED)
                upper = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0)
                lower = 0x90;
            else if (b == 0xF4)
                upper = 0x8F; // nothing above U+10FFFF
        } else {
            text.append(QChar(kReplacement));
            ++out.invalidSequences;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool ok = true;
        for (int k = 0; k < need; ++k, ++j) {
            if (j >= n) {
                if (truncated)
                    return; // cut off by the caller, not damaged
                ok = false;
                break;
            }
            const uchar c = byteAt(bytes, j);
            if (c < (k == 0 ? lower : 0x80) || c > (k == 0 ? upper : 0xBF)) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (ok) {
            appendCodePoint(text, cp);
            ++out.validMultiByte;
        } else {
            text.append(QChar(kReplacement));
            ++out.invalidSequences;
        }
        i = j;
    }
}

void decodeUtf16(const QByteArray& bytes, bool bigEndian, bool truncated, DecodedText& out)
{
    const qsizetype n = bytes.size();
    QString& text = out.text;
    text.reserve(n / 2);
    const auto unitAt = [&](qsizetype i) -> char16_t {
        const uchar a = byteAt(bytes, i);
        const uchar b = byteAt(bytes, i + 1);
        return static_cast<char16_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    qsizetype i = 2; // after the byte order mark
    while (i + 1 < n) {
        const char16_t u = unitAt(i);
        i += 2;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 < n && QChar::isLowSurrogate(unitAt(i))) {
                text.append(QChar(u));
                text.append(QChar(unitAt(i)));
                i += 2;
                continue;
            }
            if (i + 1 >= n && truncated)
                return;
            text.append(QChar(kReplacement));
            ++out.invalidSequences;
        } else if (QChar::isLowSurrogate(u)) {
            text.append(QChar(kReplacement));
            ++out.invalidSequences;
        } else {
            text.append(QChar(u));
        }
    }
    if (i < n && !truncated) { // an odd byte at the end
        text.append(QChar(kReplacement));
        ++out.invalidSequences;
    }
}

bool looksLikeWindows1252(const QByteArray& bytes)
{
    qsizetype high = 0;
    qsizetype letters = 0;
    for (const char ch : bytes) {
        const uchar b = static_cast<uchar>(ch);
        if (b < 0x80)
            continue;
        ++high;
        if (b < 0xA0 && kCp1252High[b - 0x80] == 0)
            return false; // 0x81, 0x8D, 0x8F, 0x90, 0x9D: not a character there
        const bool letter = (b >= 0xC0 && b != 0xD7 && b != 0xF7) || b == 0x8A || b == 0x8C ||
                            b == 0x8E || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F ||
                            b == 0xAA || b == 0xB5 || b == 0xBA;
        if (letter)
            ++letters;
    }
    return high > 0 && letters * 2 >= high;
}

void decodeWindows1252(const QByteArray& bytes, DecodedText& out)
{
    QString& text = out.text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar b = static_cast<uchar>(ch);
        text.append(QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b)));
    }
}

void countControls(DecodedText& out)
{
    for (const QChar c : std::as_const(out.text)) {
        const char16_t u = c.unicode();
        if (u == 0)
            ++out.nulChars;
        else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r' &&
                  u != 0x1B) ||
                 (u >= 0x7F && u < 0xA0))
            ++out.controlChars;
    }
}

} // namespace

bool DecodedText::looksLikeText() const
{
    return nulChars == 0 && controlChars * 100 <= text.size();
}

bool DecodedText::unknownEncoding(qsizetype byteCount) const
{
    return encoding == Encoding::Utf8 && invalidSequences > 8 &&
           qsizetype(invalidSequences) * 100 > byteCount;
}

DecodedText decodeText(const QByteArray& bytes, bool truncated)
{
    DecodedText out;
    const qsizetype n = bytes.size();
    if (n >= 2 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xFE) {
        out.encoding = DecodedText::Encoding::Utf16LE;
        out.bom = true;
        decodeUtf16(bytes, false, truncated, out);
    } else if (n >= 2 && byteAt(bytes, 0) == 0xFE && byteAt(bytes, 1) == 0xFF) {
        out.encoding = DecodedText::Encoding::Utf16BE;
        out.bom = true;
        decodeUtf16(bytes, true, truncated, out);
    } else if (n >= 3 && byteAt(bytes, 0) == 0xEF && byteAt(bytes, 1) == 0xBB &&
               byteAt(bytes, 2) == 0xBF) {
        out.bom = true;
        decodeUtf8(bytes, 3, truncated, out);
    } else {
        decodeUtf8(bytes, 0, truncated, out);
        if (out.invalidSequences > 0 && out.validMultiByte == 0 && looksLikeWindows1252(bytes)) {
            out = DecodedText();
            out.encoding = DecodedText::Encoding::Windows1252;
            decodeWindows1252(bytes, out);
        }
    }
    countControls(out);
    return out;
}

QString normaliseLineEndings(const QString& text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace limitless::knowledge
