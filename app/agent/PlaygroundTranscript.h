#pragma once

#include "agent/ThreadStore.h"
#include "langgraph/Transcript.h"

#include <QList>

namespace limitless::agent {

// The playground's chat as the Conversations page's transcript: the snapshot's messages, and a
// stage separator wherever the stage changed on the branch that leads to the snapshot's
// checkpoint (from `history`; none without it). Times come from the checkpoint that first held
// each message.
langgraph::Transcript playgroundTranscript(const ThreadSnapshot& snapshot,
                                           const QList<CheckpointInfo>& history = {});

// The checkpoints from the root to `checkpointId` (its branch), oldest first; empty when it is
// not in `history`.
QList<CheckpointInfo> branchOf(const QList<CheckpointInfo>& history, const QString& checkpointId);

} // namespace limitless::agent
