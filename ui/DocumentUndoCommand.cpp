#include "DocumentUndoCommand.h"

#include <QCoreApplication>

namespace limitless::ui {

DocumentUndoCommand::DocumentUndoCommand(knowledge::DocumentService* service, Report report,
                                         QString documentId, const QString& filename, Labels before,
                                         Labels after)
    : m_service(service), m_report(std::move(report)), m_id(std::move(documentId)),
      m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("DocumentUndoCommand", "Edit category and tags of %1")
                .arg(filename));
}

void DocumentUndoCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    write(m_after);
}

void DocumentUndoCommand::undo()
{
    write(m_before);
}

void DocumentUndoCommand::write(const Labels& labels)
{
    if (!m_service)
        return;
    // The service is the callback's context: the command may be deleted (stack cleared) before
    // the answer arrives, so the callback captures values, never `this`.
    const Report report = m_report;
    m_service->setCategoryAndTags(m_id, labels.category, labels.tags, m_service,
                                  [report](const db::DbError& e) {
                                      if (report)
                                          report(e);
                                  });
}

} // namespace limitless::ui
