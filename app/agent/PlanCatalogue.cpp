#include "agent/PlanCatalogue.h"

#include "demo/DemoBusiness.h"

#include <QLocale>

namespace limitless::agent {

const QList<Plan>& PlanCatalogue::plans()
{
    using demo::DemoBusiness;
    static const QList<Plan> list = {
        {QStringLiteral("option1"), QStringLiteral("Option 1"), DemoBusiness::kOption1Monthly,
         DemoBusiness::kOption1Onetime, QStringLiteral("usd")},
        {QStringLiteral("option2"), QStringLiteral("Option 2"), DemoBusiness::kOption2Monthly, -1,
         QStringLiteral("usd")},
    };
    return list;
}

const Plan* PlanCatalogue::find(const QString& id)
{
    for (const Plan& p : plans())
        if (p.id == id)
            return &p;
    return nullptr;
}

QString PlanCatalogue::priceText(const Plan& plan)
{
    // Text the lead reads (agent content, like DemoCatalog's: English, not translated), dollars
    // as the demo's transcripts write them ("$1,997") whatever the locale.
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const auto dollars = [&](qint64 cents) {
        return QStringLiteral("$") + en.toString(cents / 100);
    };
    if (plan.onetimeCents >= 0)
        return QStringLiteral("%1/month + %2 one-time setup")
            .arg(dollars(plan.monthlyCents), dollars(plan.onetimeCents));
    return QStringLiteral("%1/month, no setup fee").arg(dollars(plan.monthlyCents));
}

} // namespace limitless::agent
