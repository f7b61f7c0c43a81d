#pragma once

#include "knowledge/KnowledgeStore.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace limitless::ui {

// The selected document in detail beside the Documents list: what it is, how far processing
// is, why it failed, the extraction's notes ("3 pages recognised by OCR"), what changed against
// the version it replaced, and the category and tags to edit. Buttons ask the page to show the
// chunks, cancel, try again or delete.
class DocumentDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit DocumentDetailsPane(QWidget* parent = nullptr);

    // Shows `record` (an empty id shows the "nothing selected" note). While the owner edits the
    // category or tags of the same document, live updates leave those fields alone.
    void setRecord(const knowledge::DocumentRecord& record, double progress,
                   const QString& stageLabel);
    QString documentId() const { return m_record.id; }

    QComboBox* categoryBox() const { return m_category; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* chunksButton() const { return m_chunks; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* deleteButton() const { return m_delete; }
    QString notesText() const;
    QString errorText() const;
    QString changesText() const;

    // "What changed" for a new version: "3 chunks added, 1 removed against version 1."
    static QString changesSentence(const knowledge::DocumentRecord& record);

signals:
    void saveRequested(const QString& documentId, const QString& category, const QStringList& tags);
    void chunksRequested(const QString& documentId);
    void cancelRequested(const QString& documentId);
    void retryRequested(const QString& documentId);
    void deleteRequested(const QString& documentId);

private:
    bool isEdited() const;
    void updateSave();

    knowledge::DocumentRecord m_record;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_error;
    QLabel* m_changes;
    QLabel* m_notes;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QPushButton* m_save;
    QLabel* m_facts;
    QPushButton* m_chunks;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_delete;
};

} // namespace limitless::ui
