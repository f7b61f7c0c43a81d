#include "maintenance/RetentionJournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace limitless::maintenance {

QString RetentionJournal::phaseName(Phase p)
{
    switch (p) {
    case Phase::Archiving:
        return QStringLiteral("archiving");
    case Phase::Deleting:
        return QStringLiteral("deleting");
    case Phase::Done:
        return QStringLiteral("done");
    }
    return {};
}

bool RetentionJournal::save(QString* error) const
{
    QJsonObject batches;
    QJsonObject deleted;
    for (auto it = batchesDone.begin(); it != batchesDone.end(); ++it)
        batches.insert(it.key(), it.value());
    for (auto it = rowsDeleted.begin(); it != rowsDeleted.end(); ++it)
        deleted.insert(it.key(), it.value());
    const QJsonObject o{
        {QStringLiteral("archive"), archivePath},    {QStringLiteral("owner_id"), ownerId},
        {QStringLiteral("policy"), policy.toJson()}, {QStringLiteral("phase"), phaseName(phase)},
        {QStringLiteral("started_at"), startedAt},   {QStringLiteral("batches_done"), batches},
        {QStringLiteral("rows_deleted"), deleted}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        *error = QCoreApplication::translate("RetentionJournal", "Cannot write the journal %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    return true;
}

bool RetentionJournal::load(const QString& path, RetentionJournal* journal, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("RetentionJournal", "Cannot read the journal %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QString phase = o.value(QStringLiteral("phase")).toString();
    RetentionJournal j;
    j.path = path;
    j.archivePath = o.value(QStringLiteral("archive")).toString();
    j.ownerId = o.value(QStringLiteral("owner_id")).toString();
    j.policy = RetentionPolicy::fromJson(o.value(QStringLiteral("policy")).toObject());
    j.startedAt = o.value(QStringLiteral("started_at")).toString();
    if (phase == QLatin1String("archiving"))
        j.phase = Phase::Archiving;
    else if (phase == QLatin1String("deleting"))
        j.phase = Phase::Deleting;
    else if (phase == QLatin1String("done"))
        j.phase = Phase::Done;
    else {
        *error = QCoreApplication::translate("RetentionJournal",
                                             "%1 is not a retention journal (phase \"%2\").")
                     .arg(path, phase);
        return false;
    }
    if (j.archivePath.isEmpty() || j.ownerId.isEmpty() || !j.policy.asOf.isValid()) {
        *error = QCoreApplication::translate("RetentionJournal", "The journal %1 is incomplete.")
                     .arg(path);
        return false;
    }
    const QJsonObject batches = o.value(QStringLiteral("batches_done")).toObject();
    for (auto it = batches.begin(); it != batches.end(); ++it)
        j.batchesDone.insert(it.key(), it.value().toInt());
    const QJsonObject deleted = o.value(QStringLiteral("rows_deleted")).toObject();
    for (auto it = deleted.begin(); it != deleted.end(); ++it)
        j.rowsDeleted.insert(it.key(), it.value().toInteger());
    *journal = j;
    return true;
}

} // namespace limitless::maintenance
