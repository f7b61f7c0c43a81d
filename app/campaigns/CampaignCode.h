#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace limitless::campaigns {

// Campaign codes: what a lead types or follows ("go.limitless-os.com/c/K7PX3M"), so they are
// short and never ambiguous when read aloud or copied by hand. Six characters from an alphabet
// without look-alikes (no 0/O, no 1/I/L): 31 symbols, about 887 million codes.
class CampaignCode {
    Q_DECLARE_TR_FUNCTIONS(CampaignCode)

public:
    static constexpr int Length = 6;
    // Uppercase letters and digits minus 0, O, 1, I and L.
    static QString alphabet();

    // Returns a number in [0, bound). Injectable so a test can force a collision.
    using RandomSource = std::function<quint32(quint32 bound)>;

    // A random code; `random` defaults to the system's cryptographic generator, so codes
    // cannot be guessed from one another.
    static QString generate(const RandomSource& random = {});

    // What the owner typed, trimmed and uppercased (codes are case-insensitive for people).
    static QString normalize(const QString& typed);
    // Empty when `code` (already normalized) is acceptable, else a sentence saying why not.
    static QString validate(const QString& code);
};

} // namespace limitless::campaigns
