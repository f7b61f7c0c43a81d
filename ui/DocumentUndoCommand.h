#pragma once

#include "knowledge/DocumentService.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace limitless::ui {

// One undoable change of a document's category and tags on the Documents page's QUndoStack.
// Like the campaigns' commands it is pushed only once its write has succeeded (the first redo()
// does nothing); later undo() and redo() each write through DocumentService and report the
// outcome. When such a write fails, the page clears the stack: the database is the truth.
class DocumentUndoCommand : public QUndoCommand {
public:
    struct Labels {
        QString category;
        QStringList tags;
        bool operator==(const Labels&) const = default;
    };
    using Report = std::function<void(const db::DbError& error)>;

    DocumentUndoCommand(knowledge::DocumentService* service, Report report, QString documentId,
                        const QString& filename, Labels before, Labels after);

    void redo() override;
    void undo() override;

    QString documentId() const { return m_id; }

private:
    void write(const Labels& labels);

    QPointer<knowledge::DocumentService> m_service;
    Report m_report;
    QString m_id;
    Labels m_before;
    Labels m_after;
    bool m_skipRedo = true;
};

} // namespace limitless::ui
