#pragma once

#include <QLocale>
#include <QString>

namespace limitless::payments {

// Amounts as Stripe stores them: integers in the currency's minor unit (cents), with a lowercase
// ISO 4217 code.
class Money {
public:
    // Zero-decimal currencies (JPY, KRW, …) are stored in whole units.
    static bool isZeroDecimal(const QString& currency);
    static double toUnits(qint64 minorUnits, const QString& currency);
    // The one place money is written: "$1,997.00" for 199700 "usd" in an English locale,
    // "1.997,00 $" in German, and as in English under the C locale (see formattingLocale()).
    // QLocale knows symbols per locale, not per ISO code: the common ones are mapped, others
    // are shown by code ("CHF 12.00"), so an amount never gets a wrong symbol.
    static QString format(qint64 minorUnits, const QString& currency,
                          const QLocale& locale = QLocale());
};

} // namespace limitless::payments
