#include "ChunkViewer.h"

#include "ChunksModel.h"
#include "DocumentsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace limitless::ui {

using models::ChunksModel;
using models::DocumentsModel;

namespace {

// The viewer's document must keep the extracted text's positions: every character counts one,
// and line and paragraph separators become one block break each. A carriage return would be
// dropped or doubled by the text layout, so it is shown as a space of the same length.
QString displayText(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

QString stamp(const knowledge::DocumentRecord& d)
{
    return d.id + QLatin1Char('@') + d.processedAt.toString(Qt::ISODateWithMs) +
           QString::number(d.totalChunks);
}

} // namespace

ChunkViewer::ChunkViewer(db::Database* database, DocumentsModel* documents, QWidget* parent)
    : QWidget(parent), m_documents(documents), m_model(new ChunksModel(database, this)),
      m_document(new QComboBox(this)), m_summary(new QLabel(this)),
      m_content(new QStackedWidget(this)), m_empty(new QLabel(this)), m_view(new QTableView(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("chunkViewer"));
    m_document->setObjectName(QStringLiteral("chunkDocument"));
    m_document->setAccessibleName(tr("Document whose chunks are shown"));
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_document->setMinimumWidth(240);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    auto* label = new QLabel(tr("&Document"), this);
    label->setBuddy(m_document);
    top->addWidget(label);
    top->addWidget(m_document);
    top->addWidget(m_summary, 1);

    m_view->setObjectName(QStringLiteral("chunksView"));
    m_view->setAccessibleName(tr("Chunks"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setStretchLastSection(true);
    h->resizeSection(ChunksModel::IndexColumn, 44);
    h->resizeSection(ChunksModel::PageColumn, 78);
    h->resizeSection(ChunksModel::SectionColumn, 150);
    h->resizeSection(ChunksModel::TokensColumn, 64);

    m_text->setObjectName(QStringLiteral("extractedText"));
    m_text->setAccessibleName(tr("Extracted text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("chunkSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_content->addWidget(split);
    m_content->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);

    connect(m_document, &QComboBox::activated, this,
            [this] { showDocument(m_document->currentData().toString()); });
    connect(m_model, &ChunksModel::loaded, this, &ChunkViewer::onLoaded);
    connect(m_model, &ChunksModel::errorOccurred, this, [this] {
        m_empty->setText(
            tr("The chunks could not be read: %1").arg(m_model->lastError().userMessage()));
        m_content->setCurrentWidget(m_empty);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChunkViewer::highlightCurrent);
    connect(m_documents, &DocumentsModel::refreshed, this, [this] {
        updateDocuments();
        // The document was processed again (new chunk settings, a new version): read again.
        const knowledge::DocumentRecord d = m_documents->recordForId(documentId());
        if (!d.id.isEmpty() && stamp(d) != m_loadedStamp && !m_model->isLoading())
            showDocument(d.id);
    });
    updateDocuments();
    showDocument({});
}

QString ChunkViewer::documentId() const
{
    return m_model->documentId();
}

void ChunkViewer::updateDocuments()
{
    // The current, processed documents, newest first as the list shows them.
    QList<QPair<QString, QString>> items;
    for (int i = 0; i < m_documents->rowCount(); ++i) {
        const knowledge::DocumentRecord& d = m_documents->record(i);
        if (!d.isCurrent() || d.status != QLatin1String("completed"))
            continue;
        items.append(
            {d.version > 1 ? tr("%1 (version %2)").arg(d.filename).arg(d.version) : d.filename,
             d.id});
    }
    QList<QPair<QString, QString>> shown;
    for (int i = 0; i < m_document->count(); ++i)
        shown.append({m_document->itemText(i), m_document->itemData(i).toString()});
    if (shown.size() > 0 && shown.first().second.isEmpty())
        shown.removeFirst();
    if (shown == items)
        return;
    const QSignalBlocker block(m_document);
    m_document->clear();
    if (items.isEmpty() || documentId().isEmpty())
        m_document->addItem(tr("Choose a document"), QString());
    for (const auto& [text, id] : std::as_const(items))
        m_document->addItem(text, id);
    const int current = m_document->findData(documentId());
    m_document->setCurrentIndex(current < 0 ? 0 : current);
}

void ChunkViewer::showDocument(const QString& documentId)
{
    const knowledge::DocumentRecord d = m_documents->recordForId(documentId);
    m_loadedStamp = stamp(d);
    m_text->setExtraSelections({});
    m_text->clear();
    if (documentId == m_model->documentId())
        m_model->reload();
    else
        m_model->setDocumentId(documentId);
    updateDocuments();
    const int current = m_document->findData(documentId);
    if (current >= 0)
        m_document->setCurrentIndex(current);
    if (documentId.isEmpty()) {
        m_summary->clear();
        m_empty->setText(tr("Choose a document to see how it was cut into chunks: each chunk's "
                            "place in the extracted text is highlighted when you select it."));
        m_content->setCurrentWidget(m_empty);
        return;
    }
    m_summary->setText(tr("Reading the chunks…"));
}

void ChunkViewer::onLoaded()
{
    const QString id = documentId();
    if (id.isEmpty())
        return;
    const knowledge::DocumentRecord d = m_documents->recordForId(id);
    const QLocale locale;
    const int n = m_model->rowCount();
    int tokens = 0;
    int ocr = 0;
    for (int i = 0; i < n; ++i) {
        tokens += m_model->chunk(i).tokens;
        ocr += m_model->chunk(i).ocr ? 1 : 0;
    }
    if (n == 0) {
        m_summary->clear();
        m_empty->setText(
            d.status == QLatin1String("failed")
                ? tr("%1 has no chunks: processing failed (%2).").arg(d.filename, d.lastError)
            : d.status == QLatin1String("completed")
                ? tr("%1 has no chunks.").arg(d.filename)
                : tr("%1 has no chunks yet: it is still being processed.").arg(d.filename));
        m_content->setCurrentWidget(m_empty);
        return;
    }
    QString summary =
        tr("Chunks: %1 · tokens: %2").arg(locale.toString(n), locale.toString(tokens));
    if (ocr > 0)
        summary += tr(" · recognised by OCR: %1").arg(locale.toString(ocr));
    if (m_model->extractedText().isEmpty())
        summary += tr(" · the extracted text is not stored in this database");
    m_summary->setText(summary);
    m_text->setPlainText(displayText(m_model->extractedText()));
    m_content->setCurrentIndex(0);
    selectChunk(0);
}

void ChunkViewer::selectChunk(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    highlightCurrent();
}

void ChunkViewer::highlightCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_text->document()->isEmpty()) {
        m_text->setExtraSelections({});
        return;
    }
    const knowledge::Chunk& c = m_model->chunk(current.row());
    const int length = m_text->document()->characterCount() - 1; // without the final separator
    if (c.start < 0 || c.end <= c.start || c.start > length) {
        m_text->setExtraSelections({});
        return;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(c.start));
    cursor.setPosition(int(qMin<qsizetype>(c.end, length)), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(QColor(0xff, 0xe0, 0x66));
    selection.format.setForeground(QColor(0x21, 0x25, 0x29));
    m_text->setExtraSelections({selection});

    // Scroll so that the span's end, then its start, are in view: a short chunk is seen whole,
    // a long one from its beginning.
    QTextCursor at(m_text->document());
    at.setPosition(int(qMin<qsizetype>(c.end, length)));
    m_text->setTextCursor(at);
    m_text->ensureCursorVisible();
    at.setPosition(int(c.start));
    m_text->setTextCursor(at);
    m_text->ensureCursorVisible();
}

QString ChunkViewer::highlightedText() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    if (selections.isEmpty())
        return {};
    QString s = selections.first().cursor.selectedText();
    s.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    s.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return s;
}

} // namespace limitless::ui
