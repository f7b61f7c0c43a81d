#pragma once

#include "langgraph/LcMessage.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace limitless::agent {

// One chunk that retrieval gave the agent in a turn, with its scores (recorded in the turn's
// state so the playground can show why the agent said what it said).
struct RetrievedChunk {
    QString chunkId;
    QString documentId;
    QString filename;
    QString category;
    int chunkIndex = 0;
    int page = -1;
    QString text;
    double fusedScore = 0;
    double similarity = 0;
    int vectorRank = 0; // 1-based, 0 = not among the vector candidates
    int textRank = 0;   // 1-based, 0 = the words did not match

    bool operator==(const RetrievedChunk&) const = default;
};

// The graph's state: the conversation's messages plus the seed's `conversations` columns, each
// one LangGraph channel of the same name, and the chunks retrieved in the last turn (channel
// `retrieved_chunks`).
struct AgentState {
    QList<langgraph::LcMessage> messages;
    QString currentStage; // greeting | qualification | pitch | objection_handling | close |
                          // complete | nurture
    bool qualified = false;
    double qualificationScore = 0; // 0..1, as conversations.qualification_score holds it (0.82)
    QString businessType;
    QString monthlyRevenue;
    QString mainPainPoint;
    bool pitchDelivered = false;
    QString pitchType; // warm | cold
    bool paymentLinkSent = false;
    bool paymentCompleted = false;
    QString preferredPlan; // option1 | option2
    QString email;
    int followupCount = 0;
    QList<RetrievedChunk> retrievedChunks;
};

} // namespace limitless::agent

Q_DECLARE_METATYPE(limitless::agent::RetrievedChunk)
Q_DECLARE_METATYPE(limitless::agent::AgentState)
