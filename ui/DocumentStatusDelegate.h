#pragma once

#include <QStyledItemDelegate>

namespace limitless::ui {

// Draws a document's status cell: while it is queued or being processed, the stage and a
// progress bar with a small cancel button at the right; otherwise the status word (a failure in
// red, its reason in the tool tip). Clicking the cancel button emits cancelRequested().
class DocumentStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit DocumentStatusDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where the cancel button of a cell at `cell` is (for tests and hit-testing).
    static QRect cancelRect(const QRect& cell);

signals:
    void cancelRequested(const QString& documentId);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace limitless::ui
