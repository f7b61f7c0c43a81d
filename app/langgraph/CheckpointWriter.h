#pragma once

#include "db/DbError.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <cstdint>

namespace limitless::db {
class PgConnection;
}

namespace limitless::langgraph {

// Builds one thread's checkpoints the way LangGraph.js's PostgresSaver stores them, so that
// LangGraph (JS or Python) reads them back with getTuple()/list() and can continue the thread:
//
// - `checkpoints.checkpoint` is the checkpoint without `channel_values`: {v: 4, id (uuid6), ts,
//   channel_versions (integers), versions_seen}; `metadata` is {source, step, parents: {}}.
// - every channel value is a row in `checkpoint_blobs` of type "json", keyed by the channel's
//   version; a checkpoint finds its values through its own channel_versions.
// - versions are integers: each step's written channels get max(all versions) + 1, as
//   LangGraph's default getNextVersion does.
//
// The writer only produces rows; DemoLoader streams them with COPY, save() inserts them with
// LangGraph's own statements.
class CheckpointWriter {
public:
    struct ChannelWrite {
        QByteArray channel;
        QByteArray json; // the value, serialised (LcMessage::listJson for `messages`)
    };
    struct CheckpointRow {
        QByteArray threadId;
        QByteArray checkpointNs;
        QByteArray checkpointId;
        QByteArray parentCheckpointId; // empty = NULL
        QByteArray checkpoint;         // jsonb text
        QByteArray metadata;           // jsonb text
    };
    struct BlobRow {
        QByteArray threadId;
        QByteArray checkpointNs;
        QByteArray channel;
        QByteArray version;
        QByteArray type; // "json"
        QByteArray blob;
    };
    // One write of a task (checkpoint_writes): the channel values a node produced, stored
    // under the checkpoint the task ran from, as PostgresSaver.putWrites stores them.
    struct WriteRow {
        QByteArray threadId;
        QByteArray checkpointNs;
        QByteArray checkpointId;
        QByteArray taskId;
        int idx = 0;
        QByteArray channel;
        QByteArray type; // "json"
        QByteArray blob;
    };

    // `node` identifies the writer inside the checkpoint ids (see Uuid6).
    CheckpointWriter(QByteArray threadId, const std::array<std::uint8_t, 6>& node,
                     QByteArray checkpointNs = {});

    // Keep only the newest checkpoint and the blob versions it references (no history).
    // Values of channels that a later step overwrites are then never stored, so a caller may
    // pass them empty.
    void setLatestOnly(bool latestOnly) { m_latestOnly = latestOnly; }

    // Continues an existing thread after `parentCheckpointId`, whose checkpoint JSON
    // (channel_versions, versions_seen) is `parentCheckpoint` and whose metadata.step is
    // `parentStep`: the first put() gets that parent and step parentStep + 1, and new versions
    // are max(existing) + 1. Returns false when the parent's versions are not LangGraph.js
    // integers (a thread written by Python's saver): it cannot be continued here.
    // `newestCheckpointId` (default: the parent) is the thread's newest checkpoint: new ids
    // sort after it, so a branch made from an older checkpoint becomes the newest.
    bool continueFrom(const QByteArray& parentCheckpointId, const QByteArray& parentCheckpoint,
                      int parentStep, const QByteArray& newestCheckpointId = {});
    // The step number of the first put() of a new thread (LangGraph's input checkpoint is -1).
    void setFirstStep(int step) { m_step = step; }

    // Records the super-step in which `node` ran and wrote `writes`, finishing at `tsMsecs`.
    // `source` is LangGraph's metadata source ("input", "loop", "update", "fork").
    // `trigger` is the channel whose version the node saw (versions_seen); by default
    // "branch:to:<node>". An empty `node` (the input checkpoint) sees nothing.
    void put(const QByteArray& node, const QByteArray& source, qint64 tsMsecs,
             const QList<ChannelWrite>& writes, const QByteArray& trigger = {});
    // Records the writes of task `taskId` that ran from the newest checkpoint (before the
    // next put()): checkpoint_writes rows with idx 0, 1, ….
    void addTaskWrites(const QByteArray& taskId, const QList<ChannelWrite>& writes);

    int stepCount() const { return m_step; }
    QList<CheckpointRow> checkpointRows() const;
    QList<BlobRow> blobRows() const;
    QList<WriteRow> writeRows() const { return m_writes; }
    // The id of the newest checkpoint (empty before the first put()).
    QByteArray latestCheckpointId() const;

    // Inserts the rows (checkpoint_writes included) with the statements LangGraph.js itself uses
    // (ON CONFLICT as upstream), in one round trip. The caller owns the transaction.
    db::DbError save(db::PgConnection& conn, const QByteArray& schema = "public") const;

private:
    struct Stored {
        QByteArray channel;
        qint64 version = 0;
        QByteArray json;
    };

    QByteArray m_threadId;
    QByteArray m_ns;
    std::array<std::uint8_t, 6> m_node{};
    bool m_latestOnly = false;
    bool m_continued = false;
    int m_step = 0;
    qint64 m_maxVersion = 0;
    qint64 m_lastMsecs = 0;
    int m_nsecs = 0;
    // Insertion-ordered channel versions (checkpoint JSON lists them in first-write order).
    QList<QPair<QByteArray, qint64>> m_versions;
    QList<QPair<QByteArray, QByteArray>> m_versionsSeen; // node → JSON object
    QByteArray m_parentId; // the continued thread's checkpoint (first put()'s parent)
    QList<CheckpointRow> m_checkpoints;
    QList<Stored> m_blobs;
    QList<WriteRow> m_writes;
};

} // namespace limitless::langgraph
