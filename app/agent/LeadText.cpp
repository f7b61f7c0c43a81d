#include "agent/LeadText.h"

#include "demo/DemoCatalog.h"

#include <QRegularExpression>

#include <cmath>

namespace limitless::agent {

namespace C = demo::DemoCatalog;

namespace {

// Words of a catalogue label that say something (not "online", "company", …).
QStringList significantWords(const QString& label)
{
    static const QStringList generic = {QStringLiteral("online"), QStringLiteral("company"),
                                        QStringLiteral("studio"), QStringLiteral("business"),
                                        QStringLiteral("agency"), QStringLiteral("clinic"),
                                        QStringLiteral("firm")};
    QStringList out;
    const QStringList words =
        label.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
    for (const QString& w : words)
        if (w.size() >= 4 && !generic.contains(w))
            out << w;
    // A label made of generic words only keeps them ("Marketing agency" keeps "marketing").
    return out.isEmpty() ? words : out;
}

bool containsWord(const QString& lower, const QString& stem)
{
    // Word start only: "ads" must not match "leads".
    return QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(stem))
        .match(lower)
        .hasMatch();
}

bool containsAny(const QString& lower, const QStringList& stems)
{
    for (const QString& s : stems)
        if (containsWord(lower, s))
            return true;
    return false;
}

// The pains of DemoCatalog::pains(), in order, by the words a lead uses for them.
const QList<QStringList>& painStems()
{
    static const QList<QStringList> stems = {
        {QStringLiteral("leads"), QStringLiteral("qualified lead"), QStringLiteral("likes")},
        {QStringLiteral("dm"), QStringLiteral("messages"), QStringLiteral("inbox")},
        {QStringLiteral("show up"), QStringLiteral("no-show"), QStringLiteral("no show"),
         QStringLiteral("don't show")},
        {QStringLiteral("follow up"), QStringLiteral("follow-up"), QStringLiteral("go cold")},
        {QStringLiteral("ads"), QStringLiteral("clicks")},
        {QStringLiteral("rollercoaster"), QStringLiteral("inconsistent"),
         QStringLiteral("some months")},
        {QStringLiteral("undercharg"), QStringLiteral("raise prices"), QStringLiteral("pricing")},
        {QStringLiteral("salesperson"), QStringLiteral("sales team"), QStringLiteral("hire"),
         QStringLiteral("selling myself"), QStringLiteral("hate selling")},
    };
    return stems;
}

struct ObjectionStems {
    const char* type; // DemoCatalog::objections()' type
    QStringList stems;
};

const QList<ObjectionStems>& objectionStems()
{
    static const QList<ObjectionStems> list = {
        {"price",
         {QStringLiteral("price"), QStringLiteral("expensive"), QStringLiteral("cost"),
          QStringLiteral("money"), QStringLiteral("cheaper"), QStringLiteral("afford"),
          QStringLiteral("steep"), QStringLiteral("budget"), QStringLiteral("spend")}},
        {"timing",
         {QStringLiteral("busy"), QStringLiteral("slammed"), QStringLiteral("timing"),
          QStringLiteral("holidays"), QStringLiteral("season"), QStringLiteral("revisit"),
          QStringLiteral("next month"), QStringLiteral("couple of months")}},
        {"trust",
         {QStringLiteral("burned"), QStringLiteral("results"), QStringLiteral("proof"),
          QStringLiteral("trust"), QStringLiteral("guarantee"), QStringLiteral("actually work"),
          QStringLiteral("scam"), QStringLiteral("none of them worked")}},
        {"need_to_think",
         {QStringLiteral("think about it"), QStringLiteral("think it over"),
          QStringLiteral("partner"), QStringLiteral("get back to you"),
          QStringLiteral("need a day")}},
    };
    return list;
}

} // namespace

LeadText::LeadText(const QString& message)
{
    const QString lower = message.toLower();

    // Business: the catalogue label sharing most significant words, else the lead's words.
    int bestScore = 0;
    for (const C::BusinessSpec& b : C::businesses()) {
        int score = 0;
        for (const QString& w : significantWords(QString::fromUtf8(b.label)))
            if (containsWord(lower, w.left(std::max<qsizetype>(4, w.size() - 1))))
                ++score;
        if (score > bestScore) {
            bestScore = score;
            m_businessType = QString::fromUtf8(b.label);
        }
    }
    if (m_businessType.isEmpty())
        m_businessType = ownBusinessWords(message);

    const double amount = dollars(message);
    if (amount >= 0) {
        m_revenueBand = bandOf(amount);
        m_monthlyRevenue = QString::fromUtf8(C::revenueBands().at(m_revenueBand).label);
    }

    // The pain most of whose words the message uses ("follow up … leads go cold" is about
    // follow-up, not leads).
    int bestPain = 0;
    for (qsizetype i = 0; i < painStems().size(); ++i) {
        int score = 0;
        for (const QString& stem : painStems().at(i))
            score += containsWord(lower, stem) ? 1 : 0;
        if (score > bestPain) {
            bestPain = score;
            m_painIndex = int(i);
            m_painPoint = QString::fromUtf8(C::pains().at(i).label);
        }
    }

    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    m_email = email.match(message).captured(0);

    static const QRegularExpression plan(QStringLiteral("\\b(?:option|plan)\\s*(1|2|one|two)\\b"));
    const auto pm = plan.match(lower);
    if (pm.hasMatch())
        m_plan = (pm.captured(1) == QLatin1String("1") || pm.captured(1) == QLatin1String("one"))
                     ? QStringLiteral("option1")
                     : QStringLiteral("option2");

    for (const ObjectionStems& o : objectionStems())
        if (containsAny(lower, o.stems)) {
            m_objection = QString::fromLatin1(o.type);
            break;
        }

    static const QStringList buy = {
        QStringLiteral("let's do it"),  QStringLiteral("lets do it"),
        QStringLiteral("sign me up"),   QStringLiteral("i'm in"),
        QStringLiteral("go with"),      QStringLiteral("i'll take"),
        QStringLiteral("works for me"), QStringLiteral("ready to start"),
        QStringLiteral("let's go")};
    m_buy = !m_plan.isEmpty() || containsAny(lower, buy);
    static const QStringList decline = {
        QStringLiteral("pass for now"),       QStringLiteral("i'll pass"),
        QStringLiteral("not the right time"), QStringLiteral("stick with"),
        QStringLiteral("no thanks"),          QStringLiteral("not interested")};
    m_decline = containsAny(lower, decline);
    if (m_decline)
        m_buy = false;
    m_question = message.contains(QLatin1Char('?'));
}

QString LeadText::ownBusinessWords(const QString& message)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:i run|i own|i have|i'm|i am|we're|we are|we run|we own)\\s+"
                       "(?:a|an|my|our)?\\s*((?:small\\s+)?[a-z][a-z &'-]{2,60}?)"
                       "(?:\\s+(?:in|with|for|based)\\b|[.,!?;]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return {};
    QString words = m.captured(1).trimmed();
    if (words.startsWith(QLatin1String("small "), Qt::CaseInsensitive))
        words = words.mid(6);
    // "I'm not sure" and the like are not businesses.
    static const QStringList notBusiness = {QStringLiteral("not"),     QStringLiteral("just"),
                                            QStringLiteral("looking"), QStringLiteral("interested"),
                                            QStringLiteral("sure"),    QStringLiteral("in")};
    if (notBusiness.contains(words.section(QLatin1Char(' '), 0, 0).toLower()))
        return {};
    words[0] = words[0].toUpper();
    return words;
}

double LeadText::dollars(const QString& message)
{
    // "$30k", "30k", "$15-20k", "$30,000", "between $5k and $10k", "under $5k", "over $100k".
    static const QRegularExpression amount(
        QStringLiteral("(\\$)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k\\b|thousand\\b)?"
                       "(?:\\s*(?:-|–|to)\\s*\\$?\\s*(\\d+(?:\\.\\d+)?)\\s*(k\\b|thousand\\b)?)?"),
        QRegularExpression::CaseInsensitiveOption);
    const QString lower = message.toLower();
    QList<double> values;
    auto it = amount.globalMatch(lower);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool dollar = !m.captured(1).isEmpty();
        const bool thousands = !m.captured(3).isEmpty() || !m.captured(5).isEmpty();
        if (!dollar && !thousands)
            continue; // "4 chairs", "3 hours"
        double a = QString(m.captured(2)).remove(QLatin1Char(',')).toDouble();
        if (!m.captured(3).isEmpty())
            a *= 1000;
        if (!m.captured(4).isEmpty()) {
            double b = m.captured(4).toDouble();
            if (!m.captured(5).isEmpty())
                b *= 1000;
            if (m.captured(3).isEmpty() && a < 1000 && b >= 1000)
                a *= 1000; // "$15-20k": the k belongs to both
            values << a << b;
        } else {
            values << a;
        }
    }
    if (values.isEmpty())
        return -1;
    double v = 0;
    if (values.size() >= 2)
        v = (values.at(0) + values.at(1)) / 2;
    else
        v = values.first();
    if (lower.contains(QLatin1String("under")) || lower.contains(QLatin1String("less than")) ||
        lower.contains(QLatin1String("below")))
        v -= 1;
    return v;
}

int LeadText::bandOf(double dollars)
{
    static const double upper[] = {5000, 10000, 25000, 50000, 100000};
    for (int i = 0; i < 5; ++i)
        if (dollars < upper[i])
            return i;
    return 5;
}

} // namespace limitless::agent
