#pragma once

#include "agent/Policy.h"

#include <QCoreApplication>

namespace limitless::agent {

// The sandbox's default policy: deterministic, no network. Extraction by patterns (LeadText)
// returned as tool calls, as an LLM's would be (`record_lead_details`, `record_objection`,
// `send_payment_link`), the seed's scoring as the demo generator does it (the revenue band's
// base score), and replies filled in from the node's template, citing the retrieved chunks
// ("From FAQ.md: …"). The same request always gives the same reply.
class OfflinePolicy final : public Policy {
    Q_DECLARE_TR_FUNCTIONS(OfflinePolicy)

public:
    QString name() const override { return QStringLiteral("offline"); }
    PolicyReply respond(const PolicyRequest& request,
                        const std::function<void(const QString& delta)>& onToken,
                        const std::atomic_bool* cancel) override;

    // The qualification score (fraction) of a revenue band, as DemoBusiness scores a lead
    // before its random spread: the band's scoreBase.
    static double scoreForBand(int band);
    // "From <filename>: <first sentence>" for the best chunk, '' without chunks.
    static QString citation(const QList<RetrievedChunk>& chunks);
};

} // namespace limitless::agent
