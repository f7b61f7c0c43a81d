#pragma once

#include <QList>
#include <QString>

namespace limitless::agent {

// The plans the agent sells, with their prices in cents. The payment link's amounts always
// come from here, never from the lead's or the policy's text.
struct Plan {
    QString id; // option1 | option2 (conversations.preferred_plan)
    QString name;
    qint64 monthlyCents = 0;
    qint64 onetimeCents = -1; // -1 = none
    QString currency;         // "usd"
};

class PlanCatalogue {
public:
    // The demo business's two plans (DemoBusiness's amounts).
    static const QList<Plan>& plans();
    static const Plan* find(const QString& id);
    // "$297/month + $1,997 one-time setup" (the lead reads it: English).
    static QString priceText(const Plan& plan);
};

} // namespace limitless::agent
