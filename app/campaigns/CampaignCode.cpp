#include "campaigns/CampaignCode.h"

#include <QRandomGenerator>

namespace limitless::campaigns {

QString CampaignCode::alphabet()
{
    return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
}

QString CampaignCode::generate(const RandomSource& random)
{
    const QString symbols = alphabet();
    const auto bound = quint32(symbols.size());
    QString code;
    code.reserve(Length);
    for (int i = 0; i < Length; ++i) {
        const quint32 n = random ? random(bound) : QRandomGenerator::system()->bounded(bound);
        code.append(symbols.at(int(n % bound)));
    }
    return code;
}

QString CampaignCode::normalize(const QString& typed)
{
    return typed.trimmed().toUpper();
}

QString CampaignCode::validate(const QString& code)
{
    if (code.isEmpty())
        return tr("Enter a code, or let one be generated.");
    if (code.size() != Length)
        return tr("A campaign code has exactly %1 characters (this one has %2).")
            .arg(Length)
            .arg(code.size());
    const QString symbols = alphabet();
    for (const QChar c : code) {
        if (symbols.contains(c))
            continue;
        if (c == QLatin1Char('0') || c == QLatin1Char('O') || c == QLatin1Char('1') ||
            c == QLatin1Char('I') || c == QLatin1Char('L'))
            return tr("“%1” is not allowed: codes avoid 0, O, 1, I and L, which are easily "
                      "mistaken for one another.")
                .arg(c);
        return tr("“%1” is not allowed: use the letters A–Z and the digits 2–9.").arg(c);
    }
    return {};
}

} // namespace limitless::campaigns
