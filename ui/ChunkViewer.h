#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class ChunksModel;
class DocumentsModel;
} // namespace limitless::models

namespace limitless::ui {

// The chunk viewer: one document's chunks in order (page, section, OCR, tokens) on one side and
// the text extraction produced on the other, with the selected chunk's [start, end) span
// highlighted and scrolled into view. Shows why the agent quotes what it quotes.
class ChunkViewer : public QWidget {
    Q_OBJECT

public:
    ChunkViewer(db::Database* database, models::DocumentsModel* documents,
                QWidget* parent = nullptr);

    models::ChunksModel* model() const { return m_model; }
    QTableView* chunksView() const { return m_view; }
    QPlainTextEdit* textView() const { return m_text; }
    QComboBox* documentChooser() const { return m_document; }
    QString documentId() const;
    // The highlighted span's text (paragraph breaks as '\n'), empty when nothing is highlighted.
    QString highlightedText() const;

public slots:
    void showDocument(const QString& documentId);
    void selectChunk(int row);

private:
    void updateDocuments();
    void onLoaded();
    void highlightCurrent();

    models::DocumentsModel* m_documents;
    models::ChunksModel* m_model;
    QComboBox* m_document;
    QLabel* m_summary;
    QStackedWidget* m_content;
    QLabel* m_empty;
    QTableView* m_view;
    QPlainTextEdit* m_text;
    QString m_loadedStamp; // what the loaded chunks belong to (id + processed time)
};

} // namespace limitless::ui
