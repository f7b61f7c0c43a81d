#pragma once

#include <QFrame>

class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;

namespace limitless::ui {

// Where the owner drops files and folders to add them to the agent's knowledge, with "Add
// files…" and "Add folder…" for those who prefer a dialog. Accepts local files and folders
// from a drag's URLs; says what it takes and, while uploading, how far the batch is.
class DropZone : public QFrame {
    Q_OBJECT

public:
    explicit DropZone(QWidget* parent = nullptr);

    // The upload limit shown in the hint.
    void setMaxUploadMb(int mb);
    // Refuses drops and says why (e.g. the database lacks the knowledge-base additions).
    void setBlocked(const QString& reason);
    bool isBlocked() const { return !m_blockedReason.isEmpty(); }
    // Upload progress of the current batch; `total` 0 hides it.
    void setUploadProgress(int done, int total, const QString& currentFile);

    QPushButton* addFilesButton() const { return m_addFiles; }
    QPushButton* addFolderButton() const { return m_addFolder; }
    QString hintText() const;

    // The local files and folders a drag carries (other URLs are ignored).
    static QStringList localPaths(const QMimeData* mime);

signals:
    void pathsDropped(const QStringList& paths);
    void addFilesRequested();
    void addFolderRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHovering(bool hovering);
    void updateHint();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_hint;
    QProgressBar* m_progress;
    QPushButton* m_addFiles;
    QPushButton* m_addFolder;
    QString m_blockedReason;
    int m_maxMb = 50;
};

} // namespace limitless::ui
