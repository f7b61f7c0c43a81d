#pragma once

#include "maintenance/RetentionPolicy.h"

#include <QHash>
#include <QString>

namespace limitless::maintenance {

// The progress record of one retention run, kept as `<archive>.journal.json` next to the
// archive (docs/maintenance.md says why there and not in the database): the policy, the
// phase, and per table how many delete batches have committed. Saved atomically after every
// batch; a run that stops (cancelled, crashed, connection lost) resumes from it. Replaying a
// batch whose commit the journal missed deletes nothing twice: deletes go by primary key.
struct RetentionJournal {
    enum class Phase { Archiving, Deleting, Done };

    QString path;        // the journal file
    QString archivePath; // the archive it belongs to
    QString ownerId;
    RetentionPolicy policy;
    Phase phase = Phase::Archiving;
    QHash<QString, int> batchesDone;    // per table
    QHash<QString, qint64> rowsDeleted; // per table
    QString startedAt;

    bool save(QString* error) const;
    static bool load(const QString& path, RetentionJournal* journal, QString* error);
    static QString pathFor(const QString& archivePath)
    {
        return archivePath + QStringLiteral(".journal.json");
    }
    static QString phaseName(Phase p);
};

} // namespace limitless::maintenance
