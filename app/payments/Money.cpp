#include "payments/Money.h"

#include "core/Translations.h"

#include <QHash>
#include <QStringList>

namespace limitless::payments {

bool Money::isZeroDecimal(const QString& currency)
{
    // Stripe's list of zero-decimal currencies.
    static const QStringList zeroDecimal = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("MGA"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    return zeroDecimal.contains(currency.toUpper());
}

double Money::toUnits(qint64 minorUnits, const QString& currency)
{
    return isZeroDecimal(currency) ? double(minorUnits) : double(minorUnits) / 100.0;
}

QString Money::format(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},
    };
    const QString code = currency.toUpper();
    const QString symbol = symbols.value(code, code + QLatin1Char(' '));
    return formattingLocale(locale).toCurrencyString(toUnits(minorUnits, currency), symbol,
                                                     isZeroDecimal(currency) ? 0 : 2);
}

} // namespace limitless::payments
