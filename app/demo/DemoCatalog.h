#pragma once

#include <QList>

namespace limitless::demo {

// The words of the demo business: who the leads are, what they say, what the agent answers,
// and the owner's documents. Pure data, kept apart from the generator's logic. Transcript
// text is demo content (the leads write English), not user interface, so it is not translated.
namespace DemoCatalog {

// The business whose leads the demo agent talks to.
extern const char* const kBrand;
extern const char* const kProgram;

struct CampaignSpec {
    const char* name;
    const char* platform;
    const char* placement;
    const char* description;
    const char* hook; // what the lead saw, used in their first message
    int weight;
    int firstDay;
    int lastDay; // < 89: paused that day
    int buyBias;
};
const QList<CampaignSpec>& campaigns();

struct BusinessSpec {
    const char* label;      // conversations.business_type
    const char* handleWord; // used in instagram handles and email domains
    const char* answer;     // how the lead describes it ("I run a dental clinic in Austin")
};
const QList<BusinessSpec>& businesses();

struct RevenueBand {
    const char* label; // conversations.monthly_revenue
    const char* answer;
    int weight;
    int scoreBase; // qualification score base, hundredths
};
const QList<RevenueBand>& revenueBands();

struct PainSpec {
    const char* label; // conversations.main_pain_point
    const char* answer;
    const char* echo; // the agent's restatement
};
const QList<PainSpec>& pains();

struct ObjectionSpec {
    const char* type; // event_data.objection_type
    QList<const char*> lead;
    QList<const char*> reply;
};
const QList<ObjectionSpec>& objections();

const QList<const char*>& firstNames();
const QList<const char*>& lastNames();
const QList<const char*>& cities();
const QList<const char*>& greetings(); // agent, {name} placeholder
const QList<const char*>& revenueQuestions();
const QList<const char*>& painQuestions();
const QList<const char*>& qualifiedReplies();   // {echo}
const QList<const char*>& unqualifiedReplies(); // {revenue}
const QList<const char*>& warmPitches();        // {name} {echo}
const QList<const char*>& coldPitches();
const QList<const char*>& buySignals(); // {plan}
const QList<const char*>& emailQuestions();
const QList<const char*>& declines();
const QList<const char*>& nurtureReplies();
const QList<const char*>& closeFollowups();
const QList<const char*>& nurtureFollowups(); // {name}
const QList<const char*>& paidMessages();
const QList<const char*>& welcomeMessages(); // {name} {email}

struct DocumentSpec {
    const char* filename;
    const char* fileType;
    const char* category;
    const char* tagsJson;
    QList<const char*> chunks; // each a section: "Heading\n\ntext"
};
const QList<DocumentSpec>& documents();

} // namespace DemoCatalog
} // namespace limitless::demo
