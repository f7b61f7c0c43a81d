#include "DropZone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace limitless::ui {

DropZone::DropZone(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_addFiles(new QPushButton(tr("Add files…"), this)),
      m_addFolder(new QPushButton(tr("Add folder…"), this))
{
    setObjectName(QStringLiteral("dropZone"));
    setAcceptDrops(true);
    setAccessibleName(tr("Drop zone for documents"));
    setAccessibleDescription(
        tr("Drop files or folders here to add them to the agent's knowledge."));
    setProperty("hovering", false);

    m_icon->setPixmap(
        QIcon(QStringLiteral(":/icons/documents.svg")).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_title->setObjectName(QStringLiteral("dropZoneTitle"));
    m_title->setText(tr("Drop files or folders here to add them to the agent's knowledge"));
    QFont f = m_title->font();
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    // Two lines in a narrow window or a long translation, rather than a wider window.
    m_title->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("dropZoneHint"));
    m_hint->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->hide();
    m_addFiles->setObjectName(QStringLiteral("addFiles"));
    m_addFolder->setObjectName(QStringLiteral("addFolder"));
    m_addFiles->setAutoDefault(false);
    m_addFolder->setAutoDefault(false);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_hint);
    text->addWidget(m_progress);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    layout->addWidget(m_addFiles, 0, Qt::AlignVCenter);
    layout->addWidget(m_addFolder, 0, Qt::AlignVCenter);

    connect(m_addFiles, &QPushButton::clicked, this, &DropZone::addFilesRequested);
    connect(m_addFolder, &QPushButton::clicked, this, &DropZone::addFolderRequested);
    updateHint();
}

void DropZone::setMaxUploadMb(int mb)
{
    m_maxMb = mb;
    updateHint();
}

void DropZone::setBlocked(const QString& reason)
{
    m_blockedReason = reason;
    m_addFiles->setEnabled(reason.isEmpty());
    m_addFolder->setEnabled(reason.isEmpty());
    updateHint();
}

QString DropZone::hintText() const
{
    return m_hint->text();
}

void DropZone::updateHint()
{
    if (!m_blockedReason.isEmpty()) {
        m_hint->setText(m_blockedReason);
        return;
    }
    if (m_progress->isVisible())
        return;
    m_hint->setText(tr("PDF, Word (.docx), text and Markdown files up to %1 MB. Folders are "
                       "searched for them; anything else is refused with the reason.")
                        .arg(m_maxMb));
}

void DropZone::setUploadProgress(int done, int total, const QString& currentFile)
{
    if (total <= 0 || (done >= total && currentFile.isEmpty())) {
        m_progress->hide();
        updateHint();
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
    m_hint->setText(tr("Uploading %1 of %2: %3")
                        .arg(done + 1)
                        .arg(total)
                        .arg(QFileInfo(currentFile).fileName()));
}

QStringList DropZone::localPaths(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            out << url.toLocalFile();
    return out;
}

void DropZone::setHovering(bool hovering)
{
    setProperty("hovering", hovering);
    style()->unpolish(this);
    style()->polish(this);
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (isBlocked() || localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setHovering(true);
}

void DropZone::dragMoveEvent(QDragMoveEvent* event)
{
    if (isBlocked() || localPaths(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHovering(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    setHovering(false);
    const QStringList paths = localPaths(event->mimeData());
    if (isBlocked() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit pathsDropped(paths);
}

} // namespace limitless::ui
