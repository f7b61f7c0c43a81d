#include "knowledge/OfflineEmbedder.h"

#include <QChar>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace limitless::knowledge {

namespace {

// Feature kinds, kept in the low two bits of a feature's hash.
enum Kind : quint64 { Unigram = 0, StopUnigram = 1, Bigram = 2, Trigram = 3 };
// Weights per kind: a word's stem counts most, a stem pair a little less, each trigram a
// third (a word's trigrams together outweigh its stem, so shared roots and misspellings
// matter); function words a tenth. Set by hand and checked with ChunkMeasureTest's retrieval
// figures, not fitted.
constexpr std::array<float, 4> kWeight = {1.0f, 0.1f, 0.6f, 0.3f};

constexpr int kMaxWord = 48; // longer words are hashed on their first 48 characters

quint64 mix(quint64 x)
{
    // splitmix64's finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 fnv(std::u16string_view s)
{
    quint64 h = 1469598103934665603ULL;
    for (char16_t c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

// Per BMP code unit: 0 a separator, 0xffff a combining mark (skipped inside a word), else the
// lower-case letter or digit without its accents.
const std::vector<char16_t>& foldTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000, 0);
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (c >= 0xd800 && c < 0xe000)
                continue;
            const QChar ch{char16_t(c)};
            if (ch.isMark()) {
                t[c] = 0xffff;
                continue;
            }
            if (!ch.isLetterOrNumber())
                continue;
            char16_t f = ch.toCaseFolded().unicode();
            for (int depth = 0; depth < 4; ++depth) {
                const QChar fc(f);
                const QChar::Decomposition tag = fc.decompositionTag();
                if (tag != QChar::Canonical && tag != QChar::Wide && tag != QChar::Narrow &&
                    tag != QChar::Font && tag != QChar::Compat)
                    break;
                const QString d = fc.decomposition();
                if (d.isEmpty() || !d[0].isLetterOrNumber())
                    break;
                f = d[0].toCaseFolded().unicode();
            }
            switch (f) {
            case u'ø':
                f = u'o';
                break;
            case u'ł':
                f = u'l';
                break;
            case u'đ':
                f = u'd';
                break;
            case u'ı':
                f = u'i';
                break;
            default:
                break;
            }
            t[c] = f ? f : char16_t(c);
        }
        return t;
    }();
    return table;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c < 0x3100) || (c >= 0x3400 && c < 0xa000) ||
           (c >= 0xac00 && c < 0xd7b0) || (c >= 0xf900 && c < 0xfb00) ||
           (c >= 0x20000 && c < 0x32000);
}

// The commonest English, German and Spanish function words, folded.
const std::unordered_set<quint64>& stopWords()
{
    static const std::unordered_set<quint64> set = [] {
        static constexpr std::u16string_view words[] = {
            // English
            u"the", u"a", u"an", u"and", u"or", u"of", u"to", u"in", u"on", u"at", u"for", u"by",
            u"with", u"from", u"as", u"is", u"are", u"was", u"were", u"be", u"been", u"it", u"its",
            u"this", u"that", u"these", u"those", u"not", u"no", u"but", u"if", u"then", u"so",
            u"do", u"does", u"did", u"have", u"has", u"had", u"i", u"you", u"he", u"she", u"we",
            u"they", u"them", u"his", u"her", u"their", u"our", u"your", u"my", u"me", u"us",
            u"will", u"would", u"can", u"could", u"should", u"may", u"might", u"than", u"there",
            u"here", u"what", u"which", u"who", u"whom", u"when", u"where", u"why", u"how", u"all",
            u"any", u"each", u"also", u"into", u"about", u"such", u"only", u"other", u"s", u"t",
            // German
            u"der", u"die", u"das", u"den", u"dem", u"des", u"ein", u"eine", u"einer", u"eines",
            u"einem", u"einen", u"und", u"oder", u"zu", u"im", u"am", u"auf", u"fur", u"mit",
            u"von", u"als", u"ist", u"sind", u"war", u"waren", u"sein", u"es", u"nicht", u"auch",
            u"sich", u"wie", u"was", u"wer", u"wo", u"bei", u"aus", u"nach", u"uber", u"sie", u"er",
            u"ich",
            // Spanish
            u"el", u"la", u"los", u"las", u"un", u"una", u"unos", u"unas", u"y", u"o", u"de",
            u"del", u"al", u"en", u"con", u"por", u"para", u"son", u"fue", u"ser", u"que", u"se",
            u"lo", u"le", u"les", u"su", u"sus", u"como", u"mas", u"pero", u"este", u"esta",
            u"estos", u"estas"};
        std::unordered_set<quint64> s;
        for (std::u16string_view w : words)
            s.insert(fnv(w));
        return s;
    }();
    return set;
}

// Light stemming: the longest matching suffix goes, if at least three letters remain.
struct Suffix {
    std::u16string_view suffix;
    std::u16string_view replacement;
};
constexpr Suffix kSuffixes[] = {
    // longest first
    {u"amientos", u""},  {u"aciones", u""}, {u"amiento", u""}, {u"keiten", u""}, {u"heiten", u""},
    {u"ations", u"ate"}, {u"ingly", u""},   {u"ungen", u""},   {u"mente", u""},  {u"iendo", u""},
    {u"ation", u"ate"},  {u"acion", u""},   {u"ments", u""},   {u"ities", u""},  {u"ness", u""},
    {u"ment", u""},      {u"edly", u""},    {u"ings", u""},    {u"heit", u""},   {u"keit", u""},
    {u"lich", u""},      {u"isch", u""},    {u"ando", u""},    {u"ados", u""},   {u"adas", u""},
    {u"idos", u""},      {u"idas", u""},    {u"ing", u""},     {u"ies", u"y"},   {u"ied", u"y"},
    {u"ity", u""},       {u"ers", u""},     {u"ung", u""},     {u"ern", u""},    {u"ado", u""},
    {u"ada", u""},       {u"ido", u""},     {u"ida", u""},     {u"ed", u""},     {u"er", u""},
    {u"es", u""},        {u"ly", u""},      {u"en", u""},      {u"em", u""},     {u"os", u""},
    {u"as", u""},        {u"s", u""},       {u"e", u""},       {u"a", u""},      {u"o", u""},
};

// Writes the stem of w (folded) into out; returns its length.
int stem(std::u16string_view w, char16_t* out)
{
    std::u16string_view base = w;
    std::u16string_view add;
    for (const Suffix& s : kSuffixes) {
        if (w.size() >= s.suffix.size() + 3 && w.substr(w.size() - s.suffix.size()) == s.suffix) {
            base = w.substr(0, w.size() - s.suffix.size());
            add = s.replacement;
            break;
        }
    }
    std::copy(base.begin(), base.end(), out);
    std::copy(add.begin(), add.end(), out + base.size());
    return int(base.size() + add.size());
}

class FeatureCollector {
public:
    void word(const char16_t* w, int len, bool cjk)
    {
        const std::u16string_view folded(w, size_t(len));
        const quint64 wordHash = fnv(folded);
        const bool stop = !cjk && stopWords().count(wordHash) > 0;
        if (stop) {
            add(mix(wordHash ^ 0x5709ULL), StopUnigram);
            return;
        }
        const bool digits =
            std::all_of(w, w + len, [](char16_t c) { return c < 0x80 && c >= u'0' && c <= u'9'; });
        std::array<char16_t, kMaxWord + 4> st{};
        const int sl = cjk || digits ? len : stem(folded, st.data());
        const quint64 stemHash =
            cjk || digits ? wordHash : fnv(std::u16string_view(st.data(), size_t(sl)));
        add(mix(stemHash), Unigram);
        if (m_hasPrev)
            add(mix(m_prev * 0x100000001b3ULL ^ stemHash ^ 0xb16a4ULL), Bigram);
        m_prev = stemHash;
        m_hasPrev = true;
        if (cjk || digits)
            return;
        // Trigrams of ^word$.
        auto at = [&](int i) -> quint64 { return i < 0 || i >= len ? u'\x01' : w[i]; };
        for (int i = -1; i < len - 1; ++i) {
            const quint64 t = at(i) | (at(i + 1) << 16) | (at(i + 2) << 32);
            add(mix(t | (quint64(0x7419) << 48)), Trigram);
        }
    }

    // A break between sentences or other signs ends the bigram chain.
    void breakChain() { m_hasPrev = false; }

    void finish(QVector<float>* out)
    {
        std::vector<double> v(size_t(OfflineEmbedder::kDimensions), 0.0);
        std::sort(m_features.begin(), m_features.end());
        for (size_t i = 0; i < m_features.size();) {
            size_t j = i + 1;
            while (j < m_features.size() && m_features[j] == m_features[i])
                ++j;
            const quint64 f = m_features[i];
            const double tf = 1.0 + std::log(double(j - i));
            const double w = kWeight[size_t(f & 3)] * tf;
            const size_t index = size_t((f >> 32) % quint64(OfflineEmbedder::kDimensions));
            v[index] += (f & 4) ? w : -w;
            i = j;
        }
        double norm = 0;
        for (double x : v)
            norm += x * x;
        out->resize(OfflineEmbedder::kDimensions);
        float* o = out->data();
        if (norm <= 0) {
            std::fill(o, o + OfflineEmbedder::kDimensions, 0.0f);
            o[0] = 1.0f;
            return;
        }
        const double inv = 1.0 / std::sqrt(norm);
        for (int i = 0; i < OfflineEmbedder::kDimensions; ++i)
            o[i] = float(v[size_t(i)] * inv);
    }

private:
    void add(quint64 hash, Kind kind) { m_features.push_back((hash & ~quint64(3)) | kind); }

    std::vector<quint64> m_features;
    quint64 m_prev = 0;
    bool m_hasPrev = false;
};

} // namespace

QVector<float> OfflineEmbedder::embedOne(QStringView text)
{
    const std::vector<char16_t>& fold = foldTable();
    FeatureCollector features;
    std::array<char16_t, kMaxWord + 4> word{};
    int len = 0;
    auto flush = [&]() {
        if (len > 0)
            features.word(word.data(), std::min(len, kMaxWord), false);
        len = 0;
    };
    auto put = [&](char16_t c) {
        if (len < kMaxWord)
            word[size_t(len)] = c;
        ++len;
    };

    const qsizetype n = text.size();
    const QChar* s = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                put(c);
            } else if (c >= u'A' && c <= u'Z') {
                put(char16_t(c + 32));
            } else if (c == u'\'' && len > 0 && i + 1 < n && s[i + 1].isLetter()) {
                continue; // "don't", "owner's": one word
            } else {
                flush();
                if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u';' || c == u':')
                    features.breakChain();
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, s[i + 1].unicode());
            ++i;
            if (QChar::isMark(cp))
                continue;
            if (!QChar::isLetterOrNumber(cp)) {
                flush();
                continue;
            }
            flush();
            const char16_t pair[2] = {QChar::highSurrogate(cp), QChar::lowSurrogate(cp)};
            if (isCjk(cp)) {
                features.word(pair, 2, true);
            } else {
                put(pair[0]);
                put(pair[1]);
            }
            continue;
        }
        if (c == 0xdf || c == 0x1e9e) { // ß
            put(u's');
            put(u's');
            continue;
        }
        if (c == 0xe6 || c == 0xc6) {
            put(u'a');
            put(u'e');
            continue;
        }
        if (c == 0x153 || c == 0x152) {
            put(u'o');
            put(u'e');
            continue;
        }
        const char16_t f = fold[c];
        if (f == 0xffff)
            continue;
        if (f == 0) {
            flush();
            if (c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0x2029) // 。！？
                features.breakChain();
            continue;
        }
        if (isCjk(cp)) {
            flush();
            const char16_t one[1] = {f};
            features.word(one, 1, true);
            continue;
        }
        put(f);
    }
    flush();

    QVector<float> out;
    features.finish(&out);
    return out;
}

QList<QVector<float>> OfflineEmbedder::embed(const QStringList& texts, EmbedError* error,
                                             const std::atomic_bool* cancel,
                                             const std::function<void(int, int)>& progress)
{
    if (error)
        *error = {};
    foldTable(); // built once, before the threads share it
    stopWords();
    QList<QVector<float>> out;
    out.reserve(texts.size());
    const int total = int(texts.size());
    constexpr int kBatch = 512; // cancel and progress between batches
    for (int start = 0; start < total; start += kBatch) {
        if (cancel && cancel->load()) {
            if (error) {
                error->kind = EmbedError::Kind::Cancelled;
                error->message = EmbedError::tr("Embedding was cancelled.");
            }
            return {};
        }
        const QStringList batch = texts.mid(start, kBatch);
        const QList<QVector<float>> vectors = QtConcurrent::blockingMapped<QList<QVector<float>>>(
            batch, [](const QString& t) { return embedOne(t); });
        out += vectors;
        if (progress)
            progress(int(out.size()), total);
    }
    return out;
}

} // namespace limitless::knowledge
