#include "demo/DemoBusiness.h"

#include "knowledge/OfflineEmbedder.h"

#include "demo/DemoCatalog.h"
#include "demo/Rng.h"
#include "langgraph/JsonText.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace limitless::demo {

using langgraph::LcMessage;
using langgraph::JsonText::appendString;
using langgraph::JsonText::quoted;
using ChannelWrite = langgraph::CheckpointWriter::ChannelWrite;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const char* const kAlnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Random stream numbers: each part of the business draws from its own stream.
enum Stream : quint64 {
    OwnerStream = 1,
    CampaignStream = 2,
    SlotStream = 3,
    DocumentStream = 4,
    ClickStream = 5,
    ConversationStreamBase = 1000000,
};

QByteArray fill(const char* pattern, std::initializer_list<std::pair<const char*, QByteArray>> vars)
{
    QByteArray out(pattern);
    for (const auto& [key, value] : vars)
        out.replace(key, value);
    return out;
}

QByteArray capitalised(QByteArray word)
{
    if (!word.isEmpty())
        word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
    return word;
}

// Assembles one conversation: messages with their times, the stage marks and the events.
class ConversationBuilder {
public:
    ConversationBuilder(DemoConversation& c, Rng& rng, qint64 start)
        : m_c(c), m_rng(rng), m_t(start)
    {}

    qint64 now() const { return m_t; }
    void human(const QByteArray& text)
    {
        if (!m_c.messages.isEmpty())
            m_t += m_rng.range(25 * kSecond, 5 * kMinute) + m_rng.range(0, 999);
        m_c.messages.append(LcMessage::human(m_rng.uuid4(), text));
    }
    void ai(const QByteArray& text, QList<langgraph::LcToolCall> calls = {})
    {
        m_t += m_rng.range(2 * kSecond, 12 * kSecond) + m_rng.range(0, 999);
        m_c.messages.append(LcMessage::ai(m_rng.uuid4(), text, std::move(calls)));
    }
    void tool(const QByteArray& text, const QByteArray& callId, const QByteArray& toolName)
    {
        m_t += m_rng.range(300, 1500);
        m_c.messages.append(LcMessage::tool(m_rng.uuid4(), text, callId, toolName));
    }
    // A message on a later day (follow-ups).
    void aiAt(qint64 at, const QByteArray& text)
    {
        m_t = at;
        m_c.messages.append(LcMessage::ai(m_rng.uuid4(), text));
    }
    void advance(qint64 ms) { m_t += ms; }
    void event(const char* type, const QByteArray& data)
    {
        DemoEvent e;
        e.id = m_rng.uuid7(m_t);
        e.conversationId = m_c.id;
        e.campaign = m_c.campaign;
        e.type = type;
        e.dataJson = data;
        e.at = m_t;
        m_c.events.append(std::move(e));
    }
    void mark(const char* stage, QList<ChannelWrite> writes)
    {
        m_c.currentStage = stage;
        writes.prepend({"current_stage", quoted(stage)});
        m_c.stages.append({stage, int(m_c.messages.size()), m_t, std::move(writes)});
        m_c.lastMessageAt = m_t;
    }

private:
    DemoConversation& m_c;
    Rng& m_rng;
    qint64 m_t;
};

} // namespace

qint64 DemoBusiness::defaultNow()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

int DemoBusiness::conversationsFor(Scale scale)
{
    return scale == Scale::Large ? 100000 : 240;
}

qint64 DemoBusiness::eventsFor(Scale scale)
{
    return scale == Scale::Large ? 1000000 : 2400;
}

QByteArray DemoBusiness::scoreText(int hundredths)
{
    if (hundredths % 100 == 0)
        return QByteArray::number(hundredths / 100);
    QByteArray s = QByteArray::number(hundredths / 100) + '.' +
                   QByteArray::number(hundredths % 100).rightJustified(2, '0');
    while (s.endsWith('0'))
        s.chop(1);
    return s;
}

DemoBusiness::DemoBusiness(const DemoOptions& options) : m_options(options)
{
    if (m_options.nowMsecs == 0)
        m_options.nowMsecs = defaultNow();
    // Whole UTC days: day 0 starts 90 days before the anchor's day.
    const qint64 anchorDay = m_options.nowMsecs - (m_options.nowMsecs % kDay + kDay) % kDay;
    m_firstDayStart = anchorDay - kDays * kDay;

    Rng rc(Rng::derive(m_options.seed, CampaignStream));
    const auto& specs = DemoCatalog::campaigns();
    QList<QByteArray> codes;
    for (const auto& spec : specs) {
        DemoCampaign c;
        c.id = rc.uuid4();
        do {
            c.code = rc.token(kCodeAlphabet, 6);
        } while (codes.contains(c.code));
        codes.append(c.code);
        c.name = spec.name;
        c.description = spec.description;
        c.platform = spec.platform;
        c.placement = spec.placement;
        c.weight = spec.weight;
        c.firstDay = spec.firstDay;
        c.lastDay = spec.lastDay;
        c.buyBias = spec.buyBias;
        c.active = spec.lastDay >= kDays - 1;
        c.createdAt = dayStart(spec.firstDay) - rc.range(2 * kHour, 30 * kHour);
        c.updatedAt = c.active ? m_options.nowMsecs - rc.range(1 * kHour, 5 * kHour)
                               : dayStart(spec.lastDay + 1) + rc.range(9 * kHour, 18 * kHour);
        m_campaigns.append(c);
    }

    // Traffic grows over the quarter and dips at weekends.
    for (int d = 0; d < kDays; ++d) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(dayStart(d), Qt::UTC).date();
        const bool weekend = date.dayOfWeek() >= 6;
        m_dayWeights.append((60 + d) * (weekend ? 80 : 100));
        QList<int> w;
        for (const DemoCampaign& c : std::as_const(m_campaigns))
            w.append(d >= c.firstDay && d <= c.lastDay ? c.weight : 0);
        m_dayCampaignWeights.append(w);
    }

    Rng rs(Rng::derive(m_options.seed, SlotStream));
    const int n = conversationsFor(m_options.scale);
    m_slots.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int day = rs.weighted(m_dayWeights);
        const int campaign = rs.weighted(m_dayCampaignWeights.at(day));
        // Leads write between 08:00 and 20:30 UTC, so the whole funnel fits in the day.
        const qint64 start =
            dayStart(day) + rs.range(8 * kHour, 20 * kHour + 30 * kMinute) + rs.range(0, 999);
        m_slots.append({start, campaign});
    }
    std::stable_sort(m_slots.begin(), m_slots.end(),
                     [](const Slot& a, const Slot& b) { return a.start < b.start; });
}

qint64 DemoBusiness::dayStart(int day) const
{
    return m_firstDayStart + qint64(day) * kDay;
}

DemoOwner DemoBusiness::owner() const
{
    Rng r(Rng::derive(m_options.seed, OwnerStream));
    DemoOwner o;
    o.id = "owner-001";
    o.email = "jordan@elevategrowthlab.com";
    o.name = "Jordan Hayes";
    o.instagramHandle = "elevategrowthlab";
    o.supabaseUserId = r.uuid4();
    o.createdAt = m_firstDayStart - 30 * kDay + r.range(9 * kHour, 17 * kHour);
    return o;
}

QByteArray DemoBusiness::clickData(int campaign, bool mobile) const
{
    const DemoCampaign& c = m_campaigns.at(campaign);
    QByteArray d = R"({"platform":)" + quoted(c.platform) + R"(,"placement":)" +
                   quoted(c.placement) + R"(,"device":)" +
                   (mobile ? QByteArray(R"("mobile")") : QByteArray(R"("desktop")")) +
                   R"(,"campaign_code":)" + quoted(c.code) + '}';
    return d;
}

DemoConversation DemoBusiness::conversation(int index) const
{
    namespace C = DemoCatalog;
    const Slot& slot = m_slots.at(index);
    Rng r(Rng::derive(m_options.seed, ConversationStreamBase + quint64(index)));
    DemoConversation c;
    c.campaign = slot.campaign;
    c.id = r.uuid7(slot.start);
    c.createdAt = slot.start;
    r.fill(c.checkpointNode.data(), 6);
    const DemoCampaign& campaign = m_campaigns.at(slot.campaign);
    const C::CampaignSpec& spec = C::campaigns().at(slot.campaign);

    // Who the lead is.
    const QByteArray first = r.pick(C::firstNames());
    const QByteArray last = r.pick(C::lastNames());
    const C::BusinessSpec& business = r.pick(C::businesses());
    const QByteArray word = business.handleWord;
    const QByteArray city = r.pick(C::cities());
    switch (r.below(5)) {
    case 0:
        c.instagramHandle = first + '.' + word;
        break;
    case 1:
        c.instagramHandle = first + '_' + last;
        break;
    case 2:
        c.instagramHandle = first + word + city;
        break;
    case 3:
        c.instagramHandle = "the" + word + first;
        break;
    default:
        c.instagramHandle = first + '.' + last + '.' + word;
        break;
    }
    if (r.chance(400))
        c.instagramHandle += QByteArray::number(r.range(1, 99));
    QByteArray email;
    switch (r.below(3)) {
    case 0:
        email = first + '.' + last + "@gmail.com";
        break;
    case 1:
        email = first + '@' + word + city + ".com";
        break;
    default:
        email = "hello@" + first + word + ".co";
        break;
    }
    const QByteArray name = capitalised(first);

    ConversationBuilder b(c, r, slot.start);

    // The click that brought the lead, shortly before the first message (same day: the first
    // message is at 08:00 or later).
    {
        DemoEvent click;
        click.at = slot.start - r.range(20 * kSecond, 8 * kMinute);
        click.id = r.uuid7(click.at);
        click.campaign = slot.campaign;
        click.type = "campaign_click";
        click.dataJson = clickData(slot.campaign, r.chance(850));
        c.events.append(std::move(click));
    }

    static const QList<const char*> openers = {
        "Hey! Saw {hook} 👀", "Hi, I saw {hook}. How does this work?",
        "Hello! I came across {hook} and wanted to learn more.",
        "hey, is this still available? saw {hook}"};
    b.human(fill(r.pick(openers), {{"{hook}", QByteArray(spec.hook)}}));
    b.event("conversation_started", R"({"instagram_handle":)" + quoted(c.instagramHandle) +
                                        R"(,"campaign_code":)" + quoted(campaign.code) +
                                        R"(,"platform":)" + quoted(campaign.platform) + '}');
    b.ai(fill(r.pick(C::greetings()), {{"{name}", name}}));
    b.mark("greeting", {{"qualified", "false"},
                        {"qualification_score", "0"},
                        {"pitch_delivered", "false"},
                        {"payment_link_sent", "false"},
                        {"payment_completed", "false"},
                        {"followup_count", "0"}});

    auto followups = [&](const QList<const char*>& texts, int wanted) {
        qint64 at = b.now();
        int done = 0;
        for (int k = 0; k < wanted; ++k) {
            at += r.range(2, 4) * kDay + r.range(-3 * kHour, 3 * kHour);
            if (at >= m_options.nowMsecs - kMinute)
                break;
            b.aiAt(at, fill(texts.at(k % texts.size()), {{"{name}", name}}));
            ++done;
        }
        c.followupCount = done;
    };
    auto finish = [&]() -> DemoConversation&& {
        c.lastMessageAt = b.now();
        return std::move(c);
    };
    auto nurture = [&](QList<ChannelWrite> writes) {
        c.completedAt = b.now();
        followups(C::nurtureFollowups(), int(r.range(0, 3)));
        writes.append(ChannelWrite{"followup_count", QByteArray::number(c.followupCount)});
        b.mark("nurture", std::move(writes));
    };

    if (!r.chance(880))
        return finish(); // never answered the greeting

    // Qualification.
    c.businessType = business.label;
    QByteArray businessAnswer = business.answer;
    if (r.chance(500))
        businessAnswer += " in " + capitalised(city);
    b.human(businessAnswer + '.');
    b.ai(r.pick(C::revenueQuestions()));
    if (r.chance(80)) {
        c.qualificationScore = 20;
        b.mark("qualification", {{"business_type", quoted(c.businessType)},
                                 {"qualification_score", scoreText(c.qualificationScore)}});
        return finish();
    }
    QList<int> bandWeights;
    for (const auto& band : C::revenueBands())
        bandWeights.append(band.weight);
    const int bandIndex = r.weighted(bandWeights);
    const C::RevenueBand& band = C::revenueBands().at(bandIndex);
    c.monthlyRevenue = band.label;
    b.human(QByteArray(band.answer) + '.');
    b.ai(r.pick(C::painQuestions()));
    if (r.chance(70)) {
        c.qualificationScore = band.scoreBase / 2;
        b.mark("qualification", {{"business_type", quoted(c.businessType)},
                                 {"monthly_revenue", quoted(c.monthlyRevenue)},
                                 {"qualification_score", scoreText(c.qualificationScore)}});
        return finish();
    }
    const C::PainSpec& pain = r.pick(C::pains());
    c.mainPainPoint = pain.label;
    b.human(pain.answer);
    int score = int(std::clamp<qint64>(band.scoreBase + r.range(-8, 10), 5, 98));
    c.qualified = bandIndex >= 2 || (bandIndex == 1 && r.chance(500));
    if (c.qualified && score < 60)
        score = 60 + int(r.range(0, 8));
    if (!c.qualified && score >= 60)
        score = 40 + int(r.range(0, 15));
    c.qualificationScore = score;
    QList<ChannelWrite> qualificationWrites = {{"business_type", quoted(c.businessType)},
                                               {"monthly_revenue", quoted(c.monthlyRevenue)},
                                               {"main_pain_point", quoted(c.mainPainPoint)},
                                               {"qualification_score", scoreText(score)}};

    if (!c.qualified) {
        b.ai(fill(r.pick(C::unqualifiedReplies()), {{"{revenue}", c.monthlyRevenue}}));
        b.mark("qualification", qualificationWrites);
        QList<ChannelWrite> writes;
        if (r.chance(400)) {
            c.email = email;
            b.human("Sure, send it over! " + email);
            b.ai("Done — the checklist is on its way to " + email +
                 ". I'll check in now and then; reply here whenever you're ready.");
            writes.append(ChannelWrite{"email", quoted(c.email)});
        } else {
            b.human("Ok thanks!");
            b.ai("You're welcome! Here it is: https://elevategrowthlab.com/checklist — I'll "
                 "check in from time to time.");
        }
        nurture(std::move(writes));
        return finish();
    }

    b.ai(fill(r.pick(C::qualifiedReplies()), {{"{echo}", QByteArray(pain.echo)}}));
    b.event("qualified", R"({"score":)" + scoreText(score) + R"(,"monthly_revenue":)" +
                             quoted(c.monthlyRevenue) + R"(,"business_type":)" +
                             quoted(c.businessType) + '}');
    qualificationWrites.append(ChannelWrite{"qualified", "true"});
    b.mark("qualification", qualificationWrites);

    // Pitch.
    c.pitchType = score >= 75 ? "warm" : "cold";
    c.pitchDelivered = true;
    b.ai(fill(r.pick(c.pitchType == "warm" ? C::warmPitches() : C::coldPitches()),
              {{"{name}", name}, {"{echo}", QByteArray(pain.echo)}}));
    b.event("pitch_delivered", R"({"pitch_type":)" + quoted(c.pitchType) + '}');
    b.mark("pitch", {{"pitch_delivered", "true"}, {"pitch_type", quoted(c.pitchType)}});
    if (r.chance(150))
        return finish(); // read the pitch, no answer yet

    // Objections.
    const int objectionCount = r.weighted({30, 45, 25});
    QList<int> raised;
    for (int k = 0; k < objectionCount; ++k) {
        int type = int(r.below(quint64(C::objections().size())));
        while (raised.contains(type))
            type = (type + 1) % int(C::objections().size());
        raised.append(type);
        const C::ObjectionSpec& objection = C::objections().at(type);
        b.human(r.pick(objection.lead));
        b.event("objection_raised", R"({"objection_type":)" + quoted(objection.type) + '}');
        b.ai(r.pick(objection.reply));
        if (r.chance(120)) {
            b.mark("objection_handling", {});
            return finish(); // thinking it over
        }
    }
    if (objectionCount > 0)
        b.mark("objection_handling", {});

    const bool warm = c.pitchType == "warm";
    const int buy =
        std::clamp((warm ? 740 : 560) + campaign.buyBias - 40 * objectionCount, 50, 950);
    if (!r.chance(buy)) {
        b.human(r.pick(C::declines()));
        b.ai(r.pick(C::nurtureReplies()));
        nurture({});
        return finish();
    }

    // Close.
    const bool option1 = r.chance(warm ? 550 : 400);
    c.preferredPlan = option1 ? "option1" : "option2";
    b.human(fill(r.pick(C::buySignals()), {{"{plan}", option1 ? "Option 1" : "Option 2"}}));
    b.ai(r.pick(C::emailQuestions()));
    c.email = email;
    b.human(r.chance(500) ? email : "Sure: " + email);
    const QByteArray session = "cs_test_" + r.token(kAlnum, 58);
    const QByteArray callId = "call_" + r.token(kAlnum, 24);
    const qint64 monthly = option1 ? kOption1Monthly : kOption2Monthly;
    const qint64 onetime = option1 ? kOption1Onetime : -1;
    QByteArray args = R"({"plan":)" + quoted(c.preferredPlan) + R"(,"email":)" + quoted(email) +
                      R"(,"amount_monthly":)" + QByteArray::number(monthly);
    if (onetime >= 0)
        args += R"(,"amount_onetime":)" + QByteArray::number(onetime);
    args += R"(,"currency":"usd","instagram_handle":)" + quoted(c.instagramHandle) + '}';
    b.ai("Perfect — creating your secure checkout link now.",
         {langgraph::LcToolCall{"send_payment_link", args, callId}});
    const QByteArray url = "https://checkout.stripe.com/c/pay/" + session;
    b.tool(R"({"status":"created","stripe_session_id":)" + quoted(session) + R"(,"url":)" +
               quoted(url) + '}',
           callId, "send_payment_link");
    const qint64 linkAt = b.now();
    b.ai("Here's your secure checkout link: " + url +
         "\n\nIt takes about two minutes. As soon as it's done I'll send your onboarding "
         "details.");
    c.paymentLinkSent = true;

    DemoPayment& p = c.payment;
    p.id = r.uuid7(linkAt);
    p.conversationId = c.id;
    p.campaign = c.campaign;
    p.instagramHandle = c.instagramHandle;
    p.email = email;
    p.stripeSessionId = session;
    p.plan = c.preferredPlan;
    p.amountMonthly = monthly;
    p.amountOnetime = onetime;
    p.createdAt = linkAt;

    QList<ChannelWrite> closeWrites = {{"preferred_plan", quoted(c.preferredPlan)},
                                       {"email", quoted(email)},
                                       {"payment_link_sent", "true"}};
    if (r.chance(700)) {
        b.mark("close", closeWrites);
        b.advance(r.range(2 * kMinute, 25 * kMinute));
        const qint64 paidAt = b.now();
        c.paymentCompleted = true;
        b.event("payment_completed",
                R"({"plan":)" + quoted(c.preferredPlan) + R"(,"amount":)" +
                    QByteArray::number(monthly + std::max<qint64>(onetime, 0)) +
                    R"(,"amount_monthly":)" + QByteArray::number(monthly) +
                    (onetime >= 0 ? R"(,"amount_onetime":)" + QByteArray::number(onetime)
                                  : QByteArray()) +
                    R"(,"currency":"usd","stripe_session_id":)" + quoted(session) + '}');
        b.human(r.pick(C::paidMessages()));
        b.ai(fill(r.pick(C::welcomeMessages()), {{"{name}", name}, {"{email}", email}}));
        c.completedAt = b.now();
        b.mark("complete", {{"payment_completed", "true"}});
        c.hasPayment = true;
        p.status = r.chance(30) ? "refunded" : "completed";
        p.completedAt = paidAt;
        p.stripeCustomerId = "cus_" + r.token(kAlnum, 14);
        p.stripeSubscriptionId = "sub_" + r.token(kAlnum, 24);
        return finish();
    }
    // Link sent, not paid: an abandoned or declined checkout, or none opened at all.
    const int outcome = r.weighted({45, 25, 30});
    if (outcome == 0) {
        c.hasPayment = true;
        p.status = "pending";
    } else if (outcome == 1) {
        c.hasPayment = true;
        p.status = "failed";
        p.stripeCustomerId = "cus_" + r.token(kAlnum, 14);
    }
    followups(C::closeFollowups(), int(r.range(0, 2)));
    closeWrites.append(ChannelWrite{"followup_count", QByteArray::number(c.followupCount)});
    b.mark("close", closeWrites);
    return finish();
}

QList<DemoEvent> DemoBusiness::extraClicks(qint64 count) const
{
    Rng r(Rng::derive(m_options.seed, ClickStream));
    struct Pending {
        qint64 at;
        int campaign;
        bool mobile;
    };
    std::vector<Pending> pending;
    pending.reserve(size_t(std::max<qint64>(count, 0)));
    for (qint64 i = 0; i < count; ++i) {
        const int day = r.weighted(m_dayWeights);
        const int campaign = r.weighted(m_dayCampaignWeights.at(day));
        // Ad clicks happen around the clock, more in the daytime.
        const qint64 at = dayStart(day) + (r.chance(800) ? r.range(7 * kHour, 23 * kHour)
                                                         : r.range(0, 24 * kHour - 1));
        pending.push_back({at, campaign, r.chance(850)});
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.at < b.at; });
    QList<DemoEvent> out;
    out.reserve(qsizetype(pending.size()));
    for (const Pending& p : pending) {
        DemoEvent e;
        e.id = r.uuid7(p.at);
        e.campaign = p.campaign;
        e.type = "campaign_click";
        e.dataJson = clickData(p.campaign, p.mobile);
        e.at = p.at;
        out.append(std::move(e));
    }
    return out;
}

langgraph::CheckpointWriter DemoBusiness::checkpoints(const DemoConversation& c,
                                                      bool latestOnly) const
{
    langgraph::CheckpointWriter writer(c.id, c.checkpointNode);
    writer.setLatestOnly(latestOnly);
    QList<QByteArray> serialised;
    serialised.reserve(c.messages.size());
    for (const LcMessage& m : c.messages)
        serialised.append(m.toJson());
    for (qsizetype i = 0; i < c.stages.size(); ++i) {
        const DemoStageMark& mark = c.stages.at(i);
        const bool last = i == c.stages.size() - 1;
        QList<ChannelWrite> writes;
        writes.reserve(mark.writes.size() + 1);
        writes.append(ChannelWrite{
            "messages", latestOnly && !last
                            ? QByteArray()
                            : LcMessage::listJson(serialised.mid(0, mark.messageCount))});
        writes += mark.writes;
        writer.put(mark.stage, "loop", mark.at, writes);
    }
    return writer;
}

QList<DemoDocument> DemoBusiness::documents() const
{
    Rng r(Rng::derive(m_options.seed, DocumentStream));
    QList<DemoDocument> out;
    const QByteArray bucket = "elevate-growth-lab-docs";
    for (const auto& spec : DemoCatalog::documents()) {
        DemoDocument d;
        d.id = r.uuid4();
        d.filename = spec.filename;
        d.fileType = spec.fileType;
        d.category = spec.category;
        d.tagsJson = spec.tagsJson;
        d.storageBucket = bucket;
        d.storageUrl = "https://storage.googleapis.com/" + bucket + "/documents/" + d.id + '/' +
                       QUrl::toPercentEncoding(QString::fromUtf8(spec.filename));
        d.createdAt = m_firstDayStart - r.range(1, 25) * kDay + r.range(9 * kHour, 18 * kHour);
        d.processedAt = d.createdAt + r.range(20 * kSecond, 3 * kMinute);
        qint64 textBytes = 0;
        int offset = 0;
        for (int i = 0; i < spec.chunks.size(); ++i) {
            DemoChunk chunk;
            chunk.id = r.uuid4();
            chunk.index = i;
            chunk.text = spec.chunks.at(i);
            const QByteArray section = chunk.text.left(chunk.text.indexOf('\n'));
            chunk.metadataJson = "{";
            if (d.fileType == "pdf")
                chunk.metadataJson += R"("page":)" + QByteArray::number(i + 1) + ',';
            chunk.metadataJson += R"("section":)" + quoted(section) + R"(,"start_char":)" +
                                  QByteArray::number(offset) + R"(,"end_char":)" +
                                  QByteArray::number(offset + chunk.text.size()) + '}';
            offset += int(chunk.text.size()) + 2;
            textBytes += chunk.text.size();
            // The offline embedder's vectors: searches embed the question the same way.
            chunk.embedding = knowledge::OfflineEmbedder::embedOne(QString::fromUtf8(chunk.text));
            d.chunks.append(std::move(chunk));
        }
        // Office and PDF files are much larger than their text.
        const qint64 factor = d.fileType == "pdf" ? 38 : d.fileType == "docx" ? 12 : 1;
        d.fileSize = textBytes * factor + (factor > 1 ? r.range(8000, 60000) : 0);
        out.append(std::move(d));
    }
    return out;
}

} // namespace limitless::demo
