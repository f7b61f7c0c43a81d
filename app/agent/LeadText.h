#pragma once

#include <QString>

namespace limitless::agent {

// Deterministic pattern reading of one lead message: what an LLM's structured extraction
// returns, found with the demo business's vocabulary (DemoCatalog) and a few patterns. Used by
// the offline policy for extraction and by the graph's routing for the lead's intent (routing
// never depends on a model). Empty fields: not found.
class LeadText {
public:
    explicit LeadText(const QString& message);

    QString businessType() const { return m_businessType; } // a catalogue label or the lead's words
    QString monthlyRevenue() const
    {
        return m_monthlyRevenue;
    }                                                 // a revenue band label ("$25k–$50k")
    int revenueBand() const { return m_revenueBand; } // index in DemoCatalog::revenueBands(), -1
    QString painPoint() const { return m_painPoint; } // a catalogue label
    int painIndex() const { return m_painIndex; }     // index in DemoCatalog::pains(), -1
    QString email() const { return m_email; }
    QString plan() const { return m_plan; }           // option1 | option2
    QString objection() const { return m_objection; } // price | timing | trust | need_to_think
    bool buySignal() const { return m_buy; }
    bool declines() const { return m_decline; }
    bool asksQuestion() const { return m_question; }

    // The lead's own description of the business ("I run a plumbing company" → "plumbing
    // company"), for businesses the catalogue does not know.
    static QString ownBusinessWords(const QString& message);
    // The monthly revenue in dollars a message names ("$15-20k" → 17500), or -1.
    static double dollars(const QString& message);
    // The band of DemoCatalog::revenueBands() that `dollars` falls in.
    static int bandOf(double dollars);

private:
    QString m_businessType;
    QString m_monthlyRevenue;
    int m_revenueBand = -1;
    QString m_painPoint;
    int m_painIndex = -1;
    QString m_email;
    QString m_plan;
    QString m_objection;
    bool m_buy = false;
    bool m_decline = false;
    bool m_question = false;
};

} // namespace limitless::agent
