#pragma once

#include "agent/AgentState.h"
#include "langgraph/CheckpointWriter.h"
#include "langgraph/Transcript.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace limitless::agent {

// The state's LangGraph channels: one per `conversations` column (same name), `messages` and
// `retrieved_chunks`, each serialised as LangGraph.js stores a `json` blob.
class StateChannels {
    Q_DECLARE_TR_FUNCTIONS(StateChannels)

public:
    // The channel names, `messages` first.
    static QStringList names();
    // Every channel of `state`, serialised.
    static QList<langgraph::CheckpointWriter::ChannelWrite> all(const AgentState& state);
    // The channels whose value differs between `before` and `after`.
    static QList<langgraph::CheckpointWriter::ChannelWrite> changed(const AgentState& before,
                                                                    const AgentState& after);
    static QByteArray valueJson(const AgentState& state, const QString& channel);
    static QByteArray chunksJson(const QList<RetrievedChunk>& chunks);

    // The state from decoded channels (TranscriptReader's messages and values).
    static AgentState fromDecoded(const QList<langgraph::TranscriptMessage>& messages,
                                  const QVariantMap& values);
    static langgraph::LcMessage toLcMessage(const langgraph::TranscriptMessage& message);
    // Sets the channel `field` from a JSON-like value ("qualified" → bool, …); false for an
    // unknown field or a value of the wrong type (with *error).
    static bool setField(AgentState& state, const QString& field, const QVariant& value,
                         QString* error);

    // For the command line and the inspector: the conversation columns and the chunks.
    static QJsonObject toJson(const AgentState& state);
};

} // namespace limitless::agent
