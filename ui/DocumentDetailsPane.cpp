#include "DocumentDetailsPane.h"

#include "DocumentsModel.h"
#include "Theme.h"
#include "knowledge/DocumentService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace limitless::ui {

using knowledge::DocumentRecord;
using models::DocumentsModel;

namespace {

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

DocumentDetailsPane::DocumentDetailsPane(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("documentDetails"));
    setMinimumWidth(300);

    auto* empty = new QLabel(tr("Select a document to see its details, its chunks and what "
                                "processing said about it."),
                             this);
    empty->setObjectName(QStringLiteral("emptyText"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("documentDetailsContent"));
    m_title = wrapped(content, QStringLiteral("detailsTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_subtitle = wrapped(content, QStringLiteral("pageSubtitle"));
    m_status = wrapped(content, QStringLiteral("detailsStatus"));
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("detailsProgress"));
    m_progress->setAccessibleName(tr("Processing progress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_error = wrapped(content, QStringLiteral("detailsError"));
    m_changes = wrapped(content, QStringLiteral("detailsChanges"));
    m_notes = wrapped(content, QStringLiteral("detailsNotes"));
    m_notes->setTextFormat(Qt::RichText);

    m_category = new QComboBox(content);
    m_category->setObjectName(QStringLiteral("documentCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("No category"), QString());
    for (const QString& c : knowledge::documentCategories())
        m_category->addItem(DocumentsModel::categoryLabel(c), c);
    m_tags = new QLineEdit(content);
    m_tags->setObjectName(QStringLiteral("documentTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. pricing, 2025"));
    m_save = new QPushButton(tr("Save"), content);
    m_save->setObjectName(QStringLiteral("saveLabels"));
    m_save->setAutoDefault(false);
    m_save->setToolTip(tr("Save the category and tags (Ctrl+Z undoes it)"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* labels = new QFormLayout;
    labels->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    labels->addRow(tr("&Category"), m_category);
    labels->addRow(tr("&Tags"), m_tags);
    labels->addRow(saveRow);

    m_facts = wrapped(content, QStringLiteral("detailsFacts"));
    m_facts->setTextFormat(Qt::RichText);

    m_chunks = new QPushButton(tr("Show chunks"), content);
    m_chunks->setObjectName(QStringLiteral("showChunks"));
    m_cancel = new QPushButton(tr("Cancel processing"), content);
    m_cancel->setObjectName(QStringLiteral("cancelProcessing"));
    m_retry = new QPushButton(tr("Try again"), content);
    m_retry->setObjectName(QStringLiteral("retryProcessing"));
    m_delete = new QPushButton(tr("Delete…"), content);
    m_delete->setObjectName(QStringLiteral("deleteDocument"));
    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QPushButton* b : {m_chunks, m_cancel, m_retry}) {
        b->setAutoDefault(false);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    m_delete->setAutoDefault(false);
    actions->addWidget(m_delete);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_changes);
    layout->addWidget(m_notes);
    layout->addSpacing(4);
    layout->addLayout(labels);
    layout->addSpacing(4);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("documentDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_category, &QComboBox::currentIndexChanged, this, &DocumentDetailsPane::updateSave);
    connect(m_tags, &QLineEdit::textChanged, this, &DocumentDetailsPane::updateSave);
    connect(m_tags, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!isEdited())
            return;
        emit saveRequested(m_record.id, m_category->currentData().toString(),
                           knowledge::DocumentService::parseTags(m_tags->text()));
    });
    connect(m_chunks, &QPushButton::clicked, this, [this] { emit chunksRequested(m_record.id); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_record.id); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_record.id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_record.id); });
    setRecord({}, -1, {});
}

QString DocumentDetailsPane::changesSentence(const DocumentRecord& d)
{
    if (d.replacesId.isEmpty() && d.version <= 1)
        return {};
    if (d.chunksAdded < 0 || d.chunksRemoved < 0)
        return tr("Version %1 of this document.").arg(d.version);
    if (d.chunksAdded == 0 && d.chunksRemoved == 0)
        return tr("Version %1: the same chunks as the version before.").arg(d.version);
    // Counts after a colon: no plural forms needed in any language.
    return tr("Version %1 against the version before — chunks added: %2, removed: %3.")
        .arg(d.version)
        .arg(d.chunksAdded)
        .arg(d.chunksRemoved);
}

bool DocumentDetailsPane::isEdited() const
{
    if (m_record.id.isEmpty())
        return false;
    const QStringList tags = knowledge::DocumentService::parseTags(m_tags->text());
    return m_category->currentData().toString() != m_record.category || tags != m_record.tags;
}

void DocumentDetailsPane::updateSave()
{
    m_save->setEnabled(isEdited());
}

QString DocumentDetailsPane::notesText() const
{
    return m_notes->isVisible() ? m_notes->text() : QString();
}

QString DocumentDetailsPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString DocumentDetailsPane::changesText() const
{
    return m_changes->isVisible() ? m_changes->text() : QString();
}

void DocumentDetailsPane::setRecord(const DocumentRecord& d, double progress,
                                    const QString& stageLabel)
{
    // Fields the owner is editing (they differ from what was stored) stay as typed while the
    // same document updates live; once saved, they equal the record again and follow it.
    const bool keepEdits = !d.id.isEmpty() && d.id == m_record.id && isEdited();
    m_record = d;
    if (d.id.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QLocale locale;
    m_title->setText(d.filename);
    QStringList sub{d.fileType.toUpper(),
                    locale.formattedDataSize(d.fileSize, 1, QLocale::DataSizeTraditionalFormat),
                    tr("version %1").arg(d.version)};
    if (d.createdAt.isValid())
        sub << tr("uploaded %1")
                   .arg(locale.toString(d.createdAt.toLocalTime(), QLocale::ShortFormat));
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    const bool active =
        d.status == QLatin1String("pending") || d.status == QLatin1String("processing");
    const bool failed = d.status == QLatin1String("failed");
    if (!d.isCurrent())
        m_status->setText(tr("Replaced by a newer version: the agent no longer answers from "
                             "this one."));
    else if (active)
        m_status->setText(d.status == QLatin1String("pending") && progress <= 0
                              ? tr("Waiting to be processed.")
                              : tr("%1 — %2% done.").arg(stageLabel).arg(qRound(progress * 100)));
    else if (failed)
        m_status->setText(tr("Processing failed."));
    else if (d.status == QLatin1String("completed"))
        m_status->setText(tr("Ready: the agent answers from this document (chunks: %1).")
                              .arg(locale.toString(d.totalChunks)));
    else
        m_status->setText(DocumentsModel::statusLabel(d.status));
    m_progress->setVisible(active);
    m_progress->setValue(qRound(qMax(0.0, progress) * 100));

    m_error->setVisible(failed && !d.lastError.isEmpty());
    m_error->setText(d.lastError);
    const QString changes = changesSentence(d);
    m_changes->setVisible(!changes.isEmpty());
    m_changes->setText(changes);
    QStringList notes = d.notes;
    if (d.ocrPages > 0) {
        const QString ocr = tr("Pages recognised by OCR: %1").arg(d.ocrPages);
        bool mentioned = false;
        for (const QString& n : std::as_const(notes))
            mentioned = mentioned || n.contains(QLatin1String("OCR"), Qt::CaseInsensitive);
        if (!mentioned)
            notes.prepend(ocr);
    }
    m_notes->setVisible(!notes.isEmpty());
    QString notesHtml = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">")
                            .arg(escaped(tr("Notes from processing")));
    for (const QString& n : std::as_const(notes))
        notesHtml += QStringLiteral("<li>%1</li>").arg(escaped(n));
    notesHtml += QStringLiteral("</ul>");
    m_notes->setText(notesHtml);

    if (!keepEdits) {
        const QSignalBlocker b1(m_category);
        const QSignalBlocker b2(m_tags);
        const int i = m_category->findData(d.category);
        m_category->setCurrentIndex(i < 0 ? 0 : i);
        m_tags->setText(d.tags.join(QStringLiteral(", ")));
    }
    updateSave();

    QStringList facts;
    auto fact = [&facts](const QString& label, const QString& value) {
        if (!value.isEmpty())
            facts << Theme::adapt(QStringLiteral(
                                      "<tr><td style=\"color:#6c757d; padding-right:10px\">%1</td>"
                                      "<td>%2</td></tr>"))
                         .arg(escaped(label), escaped(value));
    };
    if (d.status == QLatin1String("completed"))
        fact(tr("Chunks"), locale.toString(d.totalChunks));
    if (d.processedAt.isValid())
        fact(tr("Processed"), locale.toString(d.processedAt.toLocalTime(), QLocale::ShortFormat));
    fact(tr("Embedding model"), d.embeddingModel);
    fact(tr("From"), d.sourcePath);
    if (d.attempts > 1)
        fact(tr("Attempts"), locale.toString(d.attempts));
    if (!d.sha256.isEmpty())
        fact(tr("Content hash"), d.sha256.left(12));
    m_facts->setVisible(!facts.isEmpty());
    m_facts->setText(QStringLiteral("<table>%1</table>").arg(facts.join(QString())));

    m_chunks->setEnabled(d.status == QLatin1String("completed"));
    m_cancel->setVisible(active);
    m_retry->setVisible(failed && d.hasIngest);
}

} // namespace limitless::ui
