// Campaign codes, links and money formatting: no database needed.
#include "campaigns/CampaignCode.h"
#include "campaigns/CampaignLink.h"
#include "core/Translations.h"
#include "payments/Money.h"

#include <catch2/catch.hpp>

#include <QSet>

using limitless::campaigns::CampaignCode;
using limitless::campaigns::CampaignLink;
using limitless::payments::Money;

TEST_CASE("The code alphabet has no look-alike characters", "[campaigns]")
{
    const QString alphabet = CampaignCode::alphabet();
    for (const QChar c : QStringLiteral("0O1IL"))
        CHECK_FALSE(alphabet.contains(c));
    CHECK(alphabet.size() == 31);
    CHECK(QSet<QChar>(alphabet.begin(), alphabet.end()).size() == alphabet.size());
    for (const QChar c : alphabet)
        CHECK((c.isDigit() || (c.isUpper() && c.isLetter())));
}

TEST_CASE("Generated codes are six characters from the alphabet and vary", "[campaigns]")
{
    const QString alphabet = CampaignCode::alphabet();
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = CampaignCode::generate();
        REQUIRE(code.size() == CampaignCode::Length);
        for (const QChar c : code)
            REQUIRE(alphabet.contains(c));
        CHECK(CampaignCode::validate(code).isEmpty());
        seen.insert(code);
    }
    // 2000 draws from 887 million codes: a repeat would point at a broken generator.
    CHECK(seen.size() == 2000);

    // Every symbol is reachable (a biased mapping would skip the last ones).
    QSet<QChar> used;
    for (const QString& code : std::as_const(seen))
        for (const QChar c : code)
            used.insert(c);
    CHECK(used.size() == alphabet.size());
}

TEST_CASE("An injected random source decides the code", "[campaigns]")
{
    const auto zeros = [](quint32) { return quint32(0); };
    CHECK(CampaignCode::generate(zeros) == QStringLiteral("AAAAAA"));
    quint32 n = 0;
    const auto counting = [&n](quint32 bound) { return n++ % bound; };
    CHECK(CampaignCode::generate(counting) == QStringLiteral("ABCDEF"));
}

TEST_CASE("Typed codes are normalized and validated with a clear reason", "[campaigns]")
{
    CHECK(CampaignCode::normalize(QStringLiteral("  k7px3m ")) == QStringLiteral("K7PX3M"));
    CHECK(CampaignCode::validate(QStringLiteral("K7PX3M")).isEmpty());
    CHECK_FALSE(CampaignCode::validate(QString()).isEmpty());
    CHECK(CampaignCode::validate(QStringLiteral("K7PX3")).contains(QStringLiteral("6")));
    CHECK(CampaignCode::validate(QStringLiteral("K7PX3MM")).contains(QStringLiteral("6")));
    const QString lookAlike = CampaignCode::validate(QStringLiteral("K0PX3M"));
    CHECK(lookAlike.contains(QStringLiteral("“0”")));
    CHECK(lookAlike.contains(QStringLiteral("mistaken")));
    CHECK_FALSE(CampaignCode::validate(QStringLiteral("KLPX3M")).isEmpty());
    CHECK_FALSE(CampaignCode::validate(QStringLiteral("K-PX3M")).isEmpty());
    CHECK_FALSE(CampaignCode::validate(QStringLiteral("KÄPX3M")).isEmpty());
}

TEST_CASE("A campaign link is the base URL plus the code", "[campaigns]")
{
    CHECK(CampaignLink::url(QStringLiteral("K7PX3M"), QStringLiteral("https://go.example.com/c"))
              .toString() == QStringLiteral("https://go.example.com/c/K7PX3M"));
    CHECK(CampaignLink::url(QStringLiteral("K7PX3M"), QStringLiteral("https://x.io/start?c="))
              .toString() == QStringLiteral("https://x.io/start?c=K7PX3M"));
    CHECK(CampaignLink::url(QStringLiteral("K7PX3M"), CampaignLink::defaultBaseUrl()).toString() ==
          QStringLiteral("https://go.limitless-os.com/c/K7PX3M"));
    CHECK(CampaignLink::validateBaseUrl(QStringLiteral("https://go.example.com/c/")).isEmpty());
    CHECK_FALSE(CampaignLink::validateBaseUrl(QStringLiteral("go.example.com/c/")).isEmpty());
    CHECK_FALSE(CampaignLink::validateBaseUrl(QStringLiteral("ftp://example.com/")).isEmpty());
}

TEST_CASE("Amounts in minor units are formatted with the currency", "[payments]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(Money::format(199700, QStringLiteral("usd"), en) == QStringLiteral("$1,997.00"));
    CHECK(Money::format(29700, QStringLiteral("eur"), en) == QStringLiteral("€297.00"));
    CHECK(Money::format(0, QStringLiteral("usd"), en) == QStringLiteral("$0.00"));
    // Zero-decimal currencies are stored in whole units.
    CHECK(Money::format(5000, QStringLiteral("jpy"), en) == QStringLiteral("¥5,000"));
    CHECK(Money::toUnits(12345, QStringLiteral("usd")) == Approx(123.45));
    // An unknown currency keeps its code rather than borrowing a symbol.
    CHECK(Money::format(1250, QStringLiteral("chf"), en).startsWith(QStringLiteral("CHF")));
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(Money::format(199700, QStringLiteral("eur"), de) == QStringLiteral("1.997,00\u00a0€"));
}

TEST_CASE("Money follows the owner's locale and the C locale reads as English", "[payments]")
{
    const qint64 amount = 2167400; // the demo's monthly revenue, in cents
    const auto usd = QStringLiteral("usd");
    CHECK(Money::format(amount, usd, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QStringLiteral("$21,674.00"));
    CHECK(Money::format(amount, usd, QLocale(QLocale::German, QLocale::Germany)) ==
          QStringLiteral("21.674,00\u00a0$"));
    CHECK(Money::format(amount, usd, QLocale(QLocale::Spanish, QLocale::Spain)) ==
          QStringLiteral("21.674,00\u00a0$"));
    // The system locale under LANG=C.UTF-8 is Qt's C locale with grouping, which writes
    // "21,674.00$"; the owner without a locale reads English.
    QLocale posix = QLocale::c();
    posix.setNumberOptions(QLocale::DefaultNumberOptions);
    REQUIRE(posix.toCurrencyString(21674.0, QStringLiteral("$"), 2) ==
            QStringLiteral("21,674.00$"));
    CHECK(Money::format(amount, usd, posix) == QStringLiteral("$21,674.00"));
    CHECK(Money::format(amount, usd, QLocale::c()) == QStringLiteral("$21,674.00"));
    CHECK(limitless::formattingLocale(QLocale::c()).name() == QStringLiteral("en_US"));
    CHECK(limitless::formattingLocale(QLocale(QLocale::German, QLocale::Germany)).name() ==
          QStringLiteral("de_DE"));
    // The same home serves the default locale, the one installTranslations() sets.
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    CHECK(Money::format(amount, usd) == QStringLiteral("$21,674.00"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(Money::format(amount, QStringLiteral("eur")) == QStringLiteral("21.674,00\u00a0€"));
    QLocale::setDefault(previous);
}
