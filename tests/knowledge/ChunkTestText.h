#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace limitless::test {

// Deterministic English-like prose: sentences of 6–24 words, paragraphs of 2–7 sentences.
inline QString syntheticProse(int paragraphs, std::uint32_t seed = 7)
{
    static const QStringList words = {
        "the",       "owner",    "campaign",  "customer",    "refund",   "invoice",   "weekly",
        "report",    "shows",    "that",      "coupons",     "brought",  "more",      "regular",
        "visitors",  "than",     "expensive", "advertising", "during",   "spring",    "autumn",
        "opening",   "hours",    "should",    "be",          "extended", "on",        "weekends",
        "payment",   "provider", "fees",      "were",        "lower",    "in",        "March",
        "dashboard", "compares", "numbers",   "across",      "quarters", "and",       "a",
        "knowledge", "base",     "answers",   "questions",   "about",    "documents", "uploaded",
        "by",        "staff",    "it",        "keeps",       "pages",    "sections",  "tables"};
    std::uint32_t r = seed;
    auto next = [&](std::uint32_t mod) {
        r = r * 1664525u + 1013904223u;
        return (r >> 8) % mod;
    };
    QString out;
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 2 + int(next(6));
        for (int s = 0; s < sentences; ++s) {
            const int n = 6 + int(next(19));
            for (int w = 0; w < n; ++w) {
                QString word = words.at(int(next(std::uint32_t(words.size()))));
                if (w == 0)
                    word[0] = word[0].toUpper();
                out += word;
                out += w + 1 < n ? (next(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" "))
                                 : QStringLiteral(".");
            }
            out += s + 1 < sentences ? QStringLiteral(" ") : QStringLiteral("\n\n");
        }
    }
    return out;
}

// A real English text every Debian system has (base-files), or empty where it is missing.
inline QString systemLicenseText(const QString& name = QStringLiteral("GPL-3"))
{
    QFile f(QStringLiteral("/usr/share/common-licenses/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline QString testDataFile(const QString& name)
{
    QFile f(QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/knowledge/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace limitless::test
