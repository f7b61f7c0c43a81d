#pragma once

#include "KnowledgeSettingsDialog.h"
#include "knowledge/Ingest.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace limitless::auth {
class KeychainStore;
class SecretStore;
} // namespace limitless::auth

namespace limitless::db {
class Database;
}

namespace limitless::knowledge {
class DocumentService;
class IngestQueue;
class RetrievalBench;
} // namespace limitless::knowledge

namespace limitless::models {
class DocumentsFilterModel;
class DocumentsModel;
} // namespace limitless::models

namespace limitless::ui {

class Banner;
class ChunkViewer;
class DocumentDetailsPane;
class DocumentStatusDelegate;
class DropZone;

class RetrievalBenchPanel;

// The Documents page: the agent's knowledge base. The owner drops files and folders (or adds
// them with dialogs), sees each refusal with its reason, answers the duplicate question per
// file, and watches documents go through extract → chunk → embed → store live, cancelling any
// of them. The list filters by status, category and text; the detail pane shows notes, errors
// and what changed on a new version, and edits category and tags (undoable with Ctrl+Z).
// Further tabs hold the chunk viewer and the retrieval test bench with saved test questions.
//
// Uploads and processing run on the ingest queue's thread, searches on the bench's; the GUI
// thread only reads through Database asynchronously. Without the knowledge-base additions the
// page still lists documents and says that uploads need `limitless migrate`.
class DocumentsPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Documents, Chunks, TestBench };
    Q_ENUM(Tab)

    // `secrets` null = the OS keychain.
    explicit DocumentsPage(db::Database* database, auth::SecretStore* secrets = nullptr,
                           QWidget* parent = nullptr);
    ~DocumentsPage() override;

    models::DocumentsModel* model() const { return m_model; }
    models::DocumentsFilterModel* proxy() const { return m_proxy; }
    knowledge::IngestQueue* ingestQueue() const { return m_queue; }
    knowledge::RetrievalBench* bench() const { return m_bench; }
    QTableView* view() const { return m_view; }
    DropZone* dropZone() const { return m_dropZone; }
    DocumentDetailsPane* detailsPane() const { return m_details; }
    DocumentStatusDelegate* statusDelegate() const { return m_statusDelegate; }
    ChunkViewer* chunkViewer() const { return m_chunks; }
    RetrievalBenchPanel* benchPanel() const { return m_benchPanel; }
    Banner* banner() const { return m_banner; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* undoAction() const { return m_undoAction; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* categoryFilter() const { return m_categoryFilter; }
    QLineEdit* textFilter() const { return m_textFilter; }
    QCheckBox* showReplacedBox() const { return m_showReplaced; }
    QPushButton* reprocessButton() const { return m_reprocess; }
    QPushButton* pauseButton() const { return m_pause; }
    KnowledgeSettingsDialog* settingsDialog() const { return m_settingsDialog; }

    // Per-file messages shown under the drop zone (refusals, failures, watched-folder changes).
    QStringList activityMessages() const;
    // Files waiting for the duplicate answer, and documents waiting for a password.
    QStringList duplicateQuestions() const;
    QStringList passwordQuestions() const;
    // Answers the duplicate question shown for `path` as its buttons do.
    void answerDuplicate(const QString& path, knowledge::DuplicatePolicy policy);
    // Gives the password asked for `documentId`, as the row's Open button does.
    void answerPassword(const QString& documentId, const QString& password);
    bool isShowingTable() const;
    // The line beside the title: counts, how many are being processed, paused.
    QString subtitleText() const;
    QString emptyStateTitle() const;
    // The category and tag fields for new uploads.
    QComboBox* uploadCategoryBox() const { return m_uploadCategory; }
    QLineEdit* uploadTagsEdit() const { return m_uploadTags; }

public slots:
    void showTab(limitless::ui::DocumentsPage::Tab tab);
    // Adds files and folders as a drop does (with the category and tags chosen for uploads).
    void addPaths(const QStringList& paths);
    void addFiles();
    void addFolder();
    void selectDocument(const QString& documentId);
    QString selectedDocumentId() const;
    void cancelDocument(const QString& documentId);
    void deleteSelected();
    void reprocessAll();
    void togglePause();
    void showSettings();
    void clearFilters();
    void clearActivity();
    void refresh();
    // Sign-out: forget the undo history and messages of this account.
    void resetSession();

private:
    QWidget* buildHeader();
    QWidget* buildDocumentsTab();
    QWidget* buildEmptyState();
    void addActivity(const QString& text, bool error);
    void reportWatchedChanges();
    void fitActivity();
    void askDuplicate(const QString& path, const QList<knowledge::DocumentRecord>& duplicates);
    void askPassword(const QString& documentId, const QString& filename);
    void removeQuestion(const QString& key);
    void saveLabels(const QString& id, const QString& category, const QStringList& tags);
    void updateView();
    void updateDetails();
    void updateAvailability();
    void updateReprocess();
    void fitColumns();

    db::Database* m_db;
    std::unique_ptr<auth::KeychainStore> m_keychain;
    auth::SecretStore* m_secrets;
    models::DocumentsModel* m_model;
    models::DocumentsFilterModel* m_proxy;
    knowledge::IngestQueue* m_queue;
    knowledge::RetrievalBench* m_bench;
    knowledge::DocumentService* m_service;
    QUndoStack* m_undo;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;

    QLabel* m_subtitle = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_reprocess = nullptr;
    QProgressBar* m_reprocessProgress = nullptr;
    QLabel* m_reprocessLabel = nullptr;
    QPushButton* m_settings = nullptr;
    QToolButton* m_refresh = nullptr;
    Banner* m_banner;
    QTabWidget* m_tabs = nullptr;
    DropZone* m_dropZone = nullptr;
    QComboBox* m_uploadCategory = nullptr;
    QLineEdit* m_uploadTags = nullptr;
    QListWidget* m_activity = nullptr;
    QPushButton* m_clearActivity = nullptr;
    QWidget* m_activityBox = nullptr;
    QVBoxLayout* m_questionsLayout = nullptr;
    QHash<QString, QWidget*> m_questions; // "dup:<path>" / "pw:<id>" → its row
    QSet<QString> m_askedPasswords;
    QLineEdit* m_textFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QCheckBox* m_showReplaced = nullptr;
    QStackedWidget* m_content = nullptr;
    QTableView* m_view = nullptr;
    DocumentStatusDelegate* m_statusDelegate = nullptr;
    DocumentDetailsPane* m_details = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAction = nullptr;
    ChunkViewer* m_chunks = nullptr;
    RetrievalBenchPanel* m_benchPanel = nullptr;
    QPointer<KnowledgeSettingsDialog> m_settingsDialog;
    QHash<QString, QDateTime> m_reprocessing; // queued again → processed_at before
    QSet<QString> m_reprocessDone;
    QSet<QString> m_reprocessActive; // seen queued or processing since

    QSet<QString> m_watchedIds; // new versions from the watched folder, until processed
    enum class BannerAction { Refresh, Settings, Reprocess };
    BannerAction m_bannerAction = BannerAction::Refresh;
    QString m_blockedShown; // why uploads are blocked, as the banner says it
    bool m_showingLoadError = false;
    bool m_columnsFitted = false;
};

} // namespace limitless::ui
