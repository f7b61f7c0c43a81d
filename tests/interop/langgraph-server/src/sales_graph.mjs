// A small deterministic sales agent for the dashboard's LangGraph-server backend tests: the
// seed's channels, the seed's stages, keyword extraction instead of an LLM, and replies streamed
// word by word through a fake chat model so that the `messages-tuple` stream carries real tokens.
//
//   START → extract ─(conditional on current_stage and the lead's words)→ greeting |
//           qualification | pitch | objection_handling | close | followup → END
//
// - `close` is compiled with interruptBefore: a run that reaches it stops until it is resumed.
// - `extract` raises on the word "explode" (a node failure), and waits a while on the word
//   "slowly" (a run long enough to cancel or to collide with).
import { AIMessageChunk } from "@langchain/core/messages";
import { FakeStreamingChatModel } from "@langchain/core/utils/testing";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";

const value = (fallback) => Annotation({ reducer: (_, b) => b, default: () => fallback });

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  current_stage: value("greeting"),
  qualified: value(false),
  qualification_score: value(0),
  business_type: value(""),
  monthly_revenue: value(""),
  main_pain_point: value(""),
  pitch_delivered: value(false),
  pitch_type: value(""),
  payment_link_sent: value(false),
  payment_completed: value(false),
  preferred_plan: value(""),
  email: value(""),
  followup_count: value(0),
});

const BUSINESSES = ["fitness studio", "dental clinic", "restaurant", "salon", "agency", "gym",
                    "coaching", "ecommerce"];
const BUY = /\b(buy|sign me up|ready|let'?s do it|i'?m in)\b/i;

function lastLeadText(state) {
  for (let i = state.messages.length - 1; i >= 0; --i) {
    const m = state.messages[i];
    const type = typeof m._getType === "function" ? m._getType() : m.type;
    if (type === "human") return typeof m.content === "string" ? m.content : JSON.stringify(m.content);
  }
  return "";
}

// The reply, streamed one word at a time: each word is one `messages` event.
async function speak(text, config) {
  const words = text.split(/(?<= )/);
  const model = new FakeStreamingChatModel({
    chunks: words.map((w) => new AIMessageChunk({ content: w })),
  });
  const message = await model.invoke([], config);
  return message;
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => { clearTimeout(timer); reject(new Error("aborted")); });
  });
}

async function extract(state, config) {
  const text = lastLeadText(state);
  const lower = text.toLowerCase();
  if (lower.includes("explode"))
    throw new Error(`Simulated node failure: the lead said "${text}"`);
  if (lower.includes("slowly"))
    await sleep(6000, config?.signal);
  const update = {};
  const business = BUSINESSES.find((b) => lower.includes(b));
  if (business) update.business_type = business;
  const revenue = lower.match(/(\$?\d[\d,.]*\s?k?)\s*(?:a|per|\/)\s*month/);
  if (revenue) update.monthly_revenue = revenue[1].trim();
  const pain = text.match(/(?:problem is|struggle with|pain is)\s+([^.,!?]+)/i);
  if (pain) update.main_pain_point = pain[1].trim();
  const email = text.match(/[\w.+-]+@[\w-]+\.[\w.]+/);
  if (email) update.email = email[0];
  const plan = lower.match(/\boption ?([12])\b/);
  if (plan) update.preferred_plan = `option${plan[1]}`;
  const known = { ...state, ...update };
  // 0..1, as conversations.qualification_score holds it.
  update.qualification_score = ((known.business_type ? 30 : 0) + (known.monthly_revenue ? 40 : 0) +
                                (known.main_pain_point ? 30 : 0)) / 100;
  return update;
}

function route(state) {
  const text = lastLeadText(state);
  switch (state.current_stage) {
    case "greeting": return "greeting";
    case "qualification": return "qualification";
    case "pitch": return "pitch";
    case "objection_handling": return BUY.test(text) ? "close" : "objection_handling";
    default: return "followup";
  }
}

async function greeting(state, config) {
  return {
    messages: [await speak("Hi! Thanks for reaching out. What kind of business do you run, and " +
                           "what is your monthly revenue?", config)],
    current_stage: "qualification",
  };
}

async function qualification(state, config) {
  const qualified = state.qualification_score >= 0.6;
  if (!qualified) {
    return {
      messages: [await speak("Thanks! Could you tell me your business, your monthly revenue " +
                             "and your biggest problem?", config)],
      qualified: false,
    };
  }
  return {
    messages: [await speak(`Great, a ${state.business_type || "business"} like yours is a good ` +
                           "fit. May I show you how we help?", config)],
    qualified: true,
    current_stage: "pitch",
  };
}

async function pitch(state, config) {
  const warm = state.qualification_score >= 0.8;
  return {
    messages: [await speak(warm ? "You told us about " + (state.main_pain_point || "your goals") +
                                  ": our agent answers every lead in seconds and books them for you."
                                : "Our agent answers every lead in seconds, day and night.",
                           config)],
    pitch_delivered: true,
    pitch_type: warm ? "warm" : "cold",
    current_stage: "objection_handling",
  };
}

async function objection_handling(state, config) {
  return {
    messages: [await speak("I understand. Most owners earn the price back within a month. " +
                           "Shall we start?", config)],
  };
}

async function close(state, config) {
  const plan = state.preferred_plan || "option1";
  return {
    messages: [await speak(`Here is your payment link for ${plan}: ` +
                           `https://pay.example.com/${plan}`, config)],
    payment_link_sent: true,
    preferred_plan: plan,
    current_stage: "close",
  };
}

async function followup(state, config) {
  const paid = /\bpaid\b/i.test(lastLeadText(state));
  return {
    messages: [await speak(paid ? "Payment received, welcome aboard!"
                                : "Just checking in: your payment link is above.", config)],
    followup_count: state.followup_count + 1,
    ...(paid ? { payment_completed: true, current_stage: "complete" } : {}),
  };
}

const stages = ["greeting", "qualification", "pitch", "objection_handling", "close", "followup"];

const builder = new StateGraph(State)
  .addNode("extract", extract)
  .addNode("greeting", greeting)
  .addNode("qualification", qualification)
  .addNode("pitch", pitch)
  .addNode("objection_handling", objection_handling)
  .addNode("close", close)
  .addNode("followup", followup)
  .addEdge(START, "extract")
  .addConditionalEdges("extract", route, stages);
for (const s of stages) builder.addEdge(s, END);

export const graph = builder.compile({ interruptBefore: ["close"] });
