#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace limitless::ui {

// Draws a TranscriptModel as a chat: the lead's messages as bubbles on the left, the agent's on
// the right (with its tool calls listed inside), tool results as compact cards, system messages
// and skipped unsupported messages as quiet centred lines, and a separator where the stage
// changed. Times are shown under a message where the checkpoint history tells them.
class ChatBubbleDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ChatBubbleDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    int availableWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace limitless::ui
