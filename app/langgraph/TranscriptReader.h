#pragma once

#include "langgraph/Transcript.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace limitless::langgraph {

// Decodes a LangGraph thread's checkpoint rows into a Transcript. Pure: no database access,
// no exceptions escape, and nothing stored can crash it.
//
// Both serialisers are read: `json` (LangGraph.js and Python before the msgpack switch:
// LangChain constructor objects, role from the class name) and `msgpack` (current Python:
// messages are ext type 5 holding [module, class, fields, method]). Each channel's blob is the
// row whose version the checkpoint itself lists in `channel_versions` (the caller's SQL joins
// it); scalar channels may instead be inline in `checkpoint->'channel_values'` (current Python).
class TranscriptReader {
public:
    // One channel of the chosen checkpoint, joined through its channel_versions.
    struct ChannelBlob {
        QString channel;
        QString version;
        bool rowFound = false; // false: the version is listed but checkpoint_blobs has no row
        QString type;          // json | msgpack | null | empty | bytes …
        QByteArray blob;
    };
    // The newest checkpoint of the thread.
    struct Latest {
        QString checkpointId;
        QByteArray checkpointJson; // checkpoints.checkpoint as text
        QList<ChannelBlob> channels;
    };
    // A checkpoint of the history at which current_stage took a new value, with the stage value
    // and the message counts of it and of its parent (to place the stage change): given as
    // counts (counted by the server) or, where those are -1, as the messages blobs.
    struct HistoryPoint {
        QString checkpointId;
        QDateTime time;
        bool hasInlineStage = false;
        QByteArray inlineStageJson; // channel_values->'current_stage' as JSON text
        QString stageType;          // blob type of current_stage ('' = no row)
        QByteArray stageBlob;
        int messagesCount = -1;       // -1: count messagesBlob instead
        int parentMessagesCount = -1; // -1: count parentMessagesBlob instead (none: 0)
        QString messagesType;         // this checkpoint's messages blob
        QByteArray messagesBlob;
        QString parentMessagesType; // the previous checkpoint's messages blob ('' = none)
        QByteArray parentMessagesBlob;
    };

    static Transcript read(const QString& threadId, const Latest* latest,
                           const QList<HistoryPoint>& history = {});

    // Decodes a `messages` channel value. Returns false (with *error) for a damaged blob.
    static bool decodeMessages(const QString& type, const QByteArray& blob,
                               QList<TranscriptMessage>* messages, QString* error);
    // Decodes any other channel value to a QVariant (null/empty types give a null QVariant;
    // objects become QVariantMap/QVariantList). Returns false for a damaged blob.
    static bool decodeValue(const QString& type, const QByteArray& blob, QVariant* value,
                            QString* error);
    // The number of messages in a `messages` blob without decoding them; -1 if unreadable.
    static int countMessages(const QString& type, const QByteArray& blob);

    // Whether a channel holds graph state worth showing (not LangGraph's internal channels).
    static bool isStateChannel(const QString& channel);
};

} // namespace limitless::langgraph
