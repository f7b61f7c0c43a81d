#include "demo/DemoCatalog.h"

namespace limitless::demo::DemoCatalog {

const char* const kBrand = "Elevate Growth Lab";
const char* const kProgram = "Client Engine Accelerator";

const QList<CampaignSpec>& campaigns()
{
    static const QList<CampaignSpec> list = {
        {"Instagram Reels – Spring Offer", "instagram", "reels",
         "15-second reels showing a before/after of a client's booked calendar; spring pricing "
         "for new members.",
         "your reel about filling the calendar", 24, 0, 89, 60},
        {"Instagram Stories – Free Growth Audit", "instagram", "stories",
         "Story ads with a swipe-up for a free 15-minute growth audit.",
         "the free growth audit in your story", 16, 8, 89, 0},
        {"Instagram DM Keyword – SCALE", "instagram", "dm_keyword",
         "Comment SCALE on the pinned post to get the playbook by DM. Paused after the "
         "playbook giveaway ended.",
         "the SCALE playbook post", 10, 0, 51, 20},
        {"Facebook Lead Ads – Webinar Replay", "facebook", "lead_form",
         "Lead-form ads offering the replay of the \"3 Systems to Double Your Clients\" "
         "webinar.",
         "the webinar replay", 14, 5, 89, -30},
        {"Facebook Retargeting – Case Studies", "facebook", "feed",
         "Carousel of three client case studies shown to past site visitors. Paused while the "
         "creatives are refreshed.",
         "the case study with the dental clinic", 8, 0, 70, 80},
        {"YouTube Pre-roll – 90-Day Roadmap", "youtube", "pre_roll",
         "30-second pre-roll on small-business channels promoting the 90-day growth roadmap.",
         "your YouTube ad about the 90-day roadmap", 11, 20, 89, -20},
        {"YouTube Shorts – Client Wins", "youtube", "shorts",
         "Shorts featuring client wins with a link to DM the team.",
         "the Shorts video with the client wins", 9, 35, 89, 10},
        {"Instagram Collab – Podcast Guest Spot", "instagram", "collab_post",
         "Collab post with a business podcast after the founder's guest episode.",
         "the podcast episode", 8, 60, 89, 90},
    };
    return list;
}

const QList<BusinessSpec>& businesses()
{
    static const QList<BusinessSpec> list = {
        {"Online fitness coaching", "fit", "I run an online fitness coaching business"},
        {"Dental clinic", "smiles", "I own a dental clinic"},
        {"Real estate agency", "realty", "I have a small real estate agency"},
        {"Hair salon", "salon", "I run a hair salon with 4 chairs"},
        {"Marketing agency", "agency", "We're a small marketing agency"},
        {"Life coaching", "coach", "I'm a life coach, mostly 1:1 clients"},
        {"E-commerce (skincare)", "skin", "I sell skincare products online"},
        {"Online course creator", "academy", "I sell online courses about photography"},
        {"Yoga studio", "yoga", "I own a yoga studio"},
        {"Med spa", "medspa", "I run a med spa"},
        {"Physiotherapy clinic", "physio", "I have a physiotherapy practice"},
        {"Interior design studio", "interiors", "I run an interior design studio"},
        {"Bakery & café", "bakes", "I own a bakery and café"},
        {"Wedding photography", "photo", "I'm a wedding photographer"},
        {"Accounting firm", "ledger", "We're a 3-person accounting firm"},
        {"Nutrition coaching", "nutrition", "I do nutrition coaching online"},
        {"Dog grooming", "paws", "I run a dog grooming business"},
        {"Landscaping company", "green", "I own a landscaping company"},
    };
    return list;
}

const QList<RevenueBand>& revenueBands()
{
    static const QList<RevenueBand> list = {
        {"<$5k", "Honestly under $5k a month right now", 14, 20},
        {"$5k–$10k", "Somewhere between $5k and $10k a month", 20, 50},
        {"$10k–$25k", "Around $15-20k a month", 30, 66},
        {"$25k–$50k", "About $30k a month, give or take", 20, 76},
        {"$50k–$100k", "We're doing roughly $60-70k a month", 11, 84},
        {"$100k+", "A bit over $100k a month", 5, 88},
    };
    return list;
}

const QList<PainSpec>& pains()
{
    static const QList<PainSpec> list = {
        {"Not enough qualified leads",
         "Leads. I get plenty of likes but not enough people who can actually pay.",
         "the leads you get aren't the ones who can buy"},
        {"Spending hours answering DMs",
         "I spend like 3 hours a day answering DMs and half of them go nowhere.",
         "you're losing hours every day in the DMs"},
        {"Low show-up rate on sales calls",
         "People book calls and then don't show up. Maybe 40% show.",
         "booked calls keep turning into no-shows"},
        {"No time to follow up with leads",
         "I never have time to follow up, so leads just go cold.",
         "leads go cold because nobody follows up"},
        {"Ads get clicks but no sales", "My ads get clicks but almost nobody buys.",
         "your ads bring clicks but not sales"},
        {"Inconsistent monthly revenue",
         "Some months are great, some are terrible. It's a rollercoaster.",
         "your revenue swings from month to month"},
        {"Pricing too low / can't raise prices",
         "I think I'm undercharging but I'm scared to raise prices.",
         "you're undercharging and stuck there"},
        {"Can't hire or train a sales team",
         "I can't afford a salesperson and I hate selling myself.",
         "selling takes you away from the actual work"},
    };
    return list;
}

const QList<ObjectionSpec>& objections()
{
    static const QList<ObjectionSpec> list = {
        {"price",
         {"Honestly it sounds good but it's more than I was hoping to spend.",
          "That's a lot of money for me right now.",
          "Is there a cheaper option? The price is a bit steep."},
         {"Totally fair to ask. Most clients make the monthly fee back with 2-3 extra clients "
          "a month, and Option 2 has no setup fee if you'd rather keep the upfront cost at "
          "zero.",
          "I hear you. Think of it per client: if one extra booking covers the month, "
          "everything after that is profit. That's what we see in the first 60 days for "
          "businesses your size."}},
        {"timing",
         {"I'm slammed this month, maybe after the holidays?",
          "Timing isn't great, we're in our busy season.",
          "Can we revisit this in a couple of months?"},
         {"Makes sense. Setup takes about 2 hours of your time in total — we do the heavy "
          "lifting, which is exactly why busy owners start in their busy season.",
          "Understood. The busier you are, the more leads slip through, so most owners start "
          "now and let the system catch what they can't."}},
        {"trust",
         {"How do I know this actually works? I've been burned by agencies before.",
          "Do you have results from businesses like mine?",
          "I've tried a couple of programs already and none of them worked."},
         {"Completely understandable. We have case studies from similar businesses and a "
          "30-day guarantee: if you don't see more booked calls, you get your setup fee "
          "back.",
          "Fair question. I can send you three case studies from businesses your size, and "
          "you keep everything we build even if you cancel."}},
        {"need_to_think",
         {"Let me think about it and get back to you.", "I need to talk to my partner first.",
          "Sounds interesting, I just need a day to think it over."},
         {"Of course. What's the main thing you'd want to be sure about before deciding? "
          "Happy to answer it now so you have everything in one place.",
          "Sure thing. If it helps, I can summarise the two options so you can go over them "
          "together."}},
    };
    return list;
}

const QList<const char*>& firstNames()
{
    static const QList<const char*> list = {
        "sarah",  "mike",   "jess", "david",  "emma",   "carlos", "priya",  "tom",    "olivia",
        "james",  "lucia",  "ryan", "hannah", "marco",  "aisha",  "ben",    "chloe",  "diego",
        "grace",  "noah",   "mia",  "ethan",  "sofia",  "liam",   "zoe",    "adam",   "nina",
        "sam",    "leah",   "omar", "kate",   "jason",  "ana",    "chris",  "maya",   "alex",
        "rachel", "daniel", "tara", "luke",   "fatima", "kevin",  "isabel", "nathan", "amy",
        "josh",   "elena",  "matt", "yara",   "paul"};
    return list;
}

const QList<const char*>& lastNames()
{
    static const QList<const char*> list = {
        "miller", "garcia",  "nguyen", "smith",  "patel",   "johnson", "rossi",  "kim",
        "brown",  "lopez",   "martin", "walker", "khan",    "silva",   "taylor", "costa",
        "evans",  "moreau",  "wilson", "santos", "clark",   "novak",   "reed",   "ali",
        "hughes", "fischer", "young",  "murphy", "bianchi", "ortiz"};
    return list;
}

const QList<const char*>& cities()
{
    static const QList<const char*> list = {"austin", "miami",   "denver", "london", "toronto",
                                            "sydney", "dallas",  "boston", "atl",    "nyc",
                                            "la",     "chicago", "phx",    "seattle"};
    return list;
}

const QList<const char*>& greetings()
{
    static const QList<const char*> list = {
        "Hey {name}! Thanks for reaching out 🙌 I'm the assistant for Elevate Growth Lab. So I "
        "can point you in the right direction — what kind of business do you run?",
        "Hi {name}, great to hear from you! Before I share anything, tell me a bit about you: "
        "what's your business?",
        "Hey {name} 👋 Glad you found us. Quick question first so I don't waste your time — "
        "what do you do?",
    };
    return list;
}

const QList<const char*>& revenueQuestions()
{
    static const QList<const char*> list = {
        "Nice! And roughly where is monthly revenue at right now? A ballpark is fine.",
        "Love that. What does a typical month look like in revenue? Rough numbers are fine.",
        "Got it. So I can tell whether we're a fit — about how much do you bring in per "
        "month?",
    };
    return list;
}

const QList<const char*>& painQuestions()
{
    static const QList<const char*> list = {
        "Thanks for sharing. What's the one thing holding you back from growing faster?",
        "Helpful, thanks. If you could fix one thing in how you get clients, what would it be?",
        "Got it. What's the biggest headache in your sales process right now?",
    };
    return list;
}

const QList<const char*>& qualifiedReplies()
{
    static const QList<const char*> list = {
        "That makes total sense — {echo}. That's exactly the problem we solve, so I think we "
        "can help.",
        "Really common at your stage: {echo}. Good news: it's very fixable.",
    };
    return list;
}

const QList<const char*>& unqualifiedReplies()
{
    static const QList<const char*> list = {
        "Thanks for being open about it! At {revenue} a month our program would probably be "
        "too early — it pays off once there's steady demand. I'd love to send you our free "
        "growth checklist instead. Want it?",
        "Appreciate the honesty! At {revenue} a month I'd focus on the basics first. We have "
        "a free starter guide that covers exactly that — should I send it over?",
    };
    return list;
}

const QList<const char*>& warmPitches()
{
    static const QList<const char*> list = {
        "Here's what we'd do for you, {name}: we set up an AI assistant that answers every DM "
        "in seconds, qualifies leads and books the good ones straight into your calendar — so "
        "{echo} stops being your problem.\n\nTwo ways to work with us:\n• Option 1 — $297/month "
        "+ a one-time $1,997 setup where we build everything for you\n• Option 2 — $697/month, "
        "no setup fee, cancel anytime\n\nWhich one sounds better for you?",
        "Based on what you told me, the Client Engine Accelerator is a great fit: done-for-you "
        "lead follow-up, DM automation and a booking flow, live in 14 days.\n\nOption 1: "
        "$297/month plus $1,997 one-time setup.\nOption 2: $697/month, nothing upfront.\n\n"
        "Most businesses at your level pick Option 1. Want me to get you started?",
    };
    return list;
}

const QList<const char*>& coldPitches()
{
    static const QList<const char*> list = {
        "Let me explain how this works, {name}. Most owners we work with had the same issue: "
        "{echo}. The Client Engine Accelerator gives you an assistant that replies to every "
        "lead within a minute, asks the right questions and only sends you the ones ready to "
        "buy. One client, a physio clinic, went from 22 to 41 booked sessions a month.\n\n"
        "There are two plans:\n• Option 1 — $297/month + $1,997 one-time setup (we build it "
        "all)\n• Option 2 — $697/month, no setup fee\n\nHappy to answer any questions.",
        "Quick overview, {name}: we build and run a follow-up system so no lead goes "
        "unanswered — which is usually why {echo}. You'd have it running in two weeks.\n\n"
        "Option 1 is $297/month with a one-time $1,997 setup; Option 2 is $697/month with no "
        "setup. Any questions so far?",
    };
    return list;
}

const QList<const char*>& buySignals()
{
    static const QList<const char*> list = {
        "Ok, that makes sense. Let's do it — I'll go with {plan}.",
        "Alright, I'm in. {plan} works for me.",
        "Let's go with {plan} 👍",
        "Fine, you convinced me. Sign me up for {plan}.",
    };
    return list;
}

const QList<const char*>& emailQuestions()
{
    static const QList<const char*> list = {
        "Awesome! What's the best email for your receipt and onboarding details?",
        "Great choice 🙌 Which email should I use for your account?",
    };
    return list;
}

const QList<const char*>& declines()
{
    static const QList<const char*> list = {
        "I think I'll pass for now, thanks though.",
        "Not the right time for me, sorry.",
        "I'll stick with what I'm doing for now.",
    };
    return list;
}

const QList<const char*>& nurtureReplies()
{
    static const QList<const char*> list = {
        "No worries at all — timing matters. I'll check back in a few days, and if anything "
        "changes just reply here.",
        "Totally understand. I'll send you a couple of useful resources in the meantime — no "
        "pressure.",
    };
    return list;
}

const QList<const char*>& closeFollowups()
{
    static const QList<const char*> list = {
        "Hey! Just making sure the checkout link reached you — any questions before you "
        "start?",
        "Quick reminder: your spot in this month's onboarding group is still open. The link "
        "above works for 24 more hours.",
        "Checking in one last time — want me to send a fresh link?",
    };
    return list;
}

const QList<const char*>& nurtureFollowups()
{
    static const QList<const char*> list = {
        "Hey {name}, hope the week is going well! Here's the case study I mentioned: a salon "
        "that doubled rebookings in 60 days.",
        "Hi {name}! We're opening a few spots for next month — want me to hold one for you?",
        "Hey {name}, just checking in. Did the checklist help? Happy to answer anything.",
    };
    return list;
}

const QList<const char*>& paidMessages()
{
    static const QList<const char*> list = {
        "Done! Just paid 🎉",
        "Payment went through 👍",
        "Ok, all paid. What happens next?",
    };
    return list;
}

const QList<const char*>& welcomeMessages()
{
    static const QList<const char*> list = {
        "Payment received — welcome aboard, {name}! 🎉 You'll get your onboarding email at "
        "{email} within the hour, with a link to book your kickoff call.",
        "You're in! Thanks {name}. Check {email} for the onboarding checklist — your kickoff "
        "call is the next step.",
    };
    return list;
}

const QList<DocumentSpec>& documents()
{
    static const QList<DocumentSpec> list = {
        {"Client Engine Accelerator - Sales Pitch.pdf",
         "pdf",
         "pitch",
         R"(["pitch","offer"])",
         {"What we do\n\nThe Client Engine Accelerator gives service businesses an assistant "
          "that answers every DM and lead form within a minute, asks the qualification "
          "questions an experienced salesperson would ask, and books qualified leads straight "
          "into the owner's calendar.",
          "Who it is for\n\nOwners doing at least $10k a month who already get attention from "
          "ads or content but lose leads because replies are slow, follow-up is inconsistent "
          "or the owner is the only person selling.",
          "Warm pitch\n\nWhen a lead is clearly a fit, restate their main pain point in their "
          "own words, show the outcome (more booked calls, fewer no-shows) and present both "
          "options, recommending Option 1 for businesses above $25k a month.",
          "Cold pitch\n\nWhen a lead is unsure, lead with proof: the physio clinic that went "
          "from 22 to 41 booked sessions a month, the salon that doubled rebookings. Explain "
          "how the system works before naming prices.",
          "Options\n\nOption 1: $297 per month plus a one-time $1,997 setup; we build every "
          "automation for you. Option 2: $697 per month with no setup fee, cancel anytime."}},
        {"Objection Handling Guide.docx",
         "docx",
         "objection",
         R"(["price","timing","trust"])",
         {"Price\n\nAcknowledge, then reframe per client: one or two extra clients a month "
          "cover the fee. Offer Option 2 when the upfront cost is the issue. Never discount the "
          "monthly price.",
          "Timing\n\nBusy owners benefit most: setup needs about two hours of their time in "
          "total. Point out that leads slip through precisely when they are busiest.",
          "Trust\n\nShare a case study from the same industry and the 30-day guarantee: if "
          "booked calls do not go up, the setup fee is refunded. They keep everything we built.",
          "Need to think\n\nAsk what they want to be sure about and answer it now. Offer a "
          "short written summary of both options they can share with a partner."}},
        {"FAQ.md",
         "md",
         "faq",
         R"(["faq","support"])",
         {"How long does setup take?\n\nMost clients are live within 14 days. The owner spends "
          "about two hours in total on a kickoff call and a review.",
          "Which platforms do you support?\n\nInstagram DMs, Facebook Messenger and lead forms, "
          "YouTube comments and website chat. Calendars: Google Calendar, Calendly and Acuity.",
          "Can I cancel?\n\nOption 2 can be cancelled anytime. Option 1 has a 3-month minimum "
          "because of the setup work. Refunds follow the 30-day guarantee.",
          "Do I need to change my CRM?\n\nNo. We connect to HubSpot, GoHighLevel, Pipedrive or "
          "a Google Sheet."}},
        {"Pricing and Plans 2025.pdf",
         "pdf",
         "product_info",
         R"(["pricing","plans"])",
         {"Option 1\n\n$297 per month plus a one-time $1,997 setup fee. Includes done-for-you "
          "build, DM and lead-form automation, booking flow, monthly optimisation call.",
          "Option 2\n\n$697 per month, no setup fee, cancel anytime. Includes the same "
          "automation built on our templates and email support.",
          "Payment\n\nPayments are processed by Stripe. Invoices are sent by email; all prices "
          "are in US dollars and exclude tax."}},
        {"Case Studies - Client Wins.pdf",
         "pdf",
         "pitch",
         R"(["case-study","proof"])",
         {"Physio clinic, Denver\n\nFrom 22 to 41 booked sessions a month within 60 days; "
          "reply time to new leads dropped from 9 hours to under a minute.",
          "Hair salon, Miami\n\nRebooking rate doubled after automated follow-ups; no-shows "
          "fell from 30% to 11%.",
          "Online fitness coach\n\nClosed $18k in new coaching packages in the first month "
          "without taking a single sales call personally."}},
        {"Onboarding Overview.txt",
         "txt",
         "product_info",
         R"(["onboarding"])",
         {"Week 1\n\nKickoff call, access to ad accounts and inboxes, review of the current "
          "offer and prices.",
          "Week 2\n\nWe build the assistant, the qualification questions and the booking flow; "
          "the owner reviews test conversations.",
          "Go live\n\nThe assistant starts answering leads. A weekly report shows conversations, "
          "qualified leads and bookings."}},
    };
    return list;
}

} // namespace limitless::demo::DemoCatalog
