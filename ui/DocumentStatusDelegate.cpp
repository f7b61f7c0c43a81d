#include "DocumentStatusDelegate.h"

#include "Theme.h"

#include "DocumentsModel.h"
#include "ModelRoles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace limitless::ui {

using models::DocumentsModel;

namespace {
constexpr int CancelSize = 16;
constexpr int Margin = 6;
} // namespace

DocumentStatusDelegate::DocumentStatusDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QRect DocumentStatusDelegate::cancelRect(const QRect& cell)
{
    return QRect(cell.right() - Margin - CancelSize + 1, cell.center().y() - CancelSize / 2,
                 CancelSize, CancelSize);
}

QSize DocumentStatusDelegate::sizeHint(const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    // Room for the longest stage beside the cancel button; the bar shows how far it is.
    s.setWidth(qMax(s.width(), option.fontMetrics.horizontalAdvance(
                                   DocumentsModel::stageLabel(QStringLiteral("extract"))) +
                                   CancelSize + 3 * Margin));
    return s;
}

void DocumentStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    if (!index.data(DocumentsModel::ActiveRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background and selection as any cell, then the stage and the bar over it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The stage alone: the bar below says how far it is (the tool tip and the accessible text
    // keep the percentage).
    const QString text = index.data(DocumentsModel::StageLabelRole).toString();
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect cell = option.rect;
    const QRect cancel = cancelRect(cell);
    const double progress = qBound(0.0, index.data(DocumentsModel::ProgressRole).toDouble(), 1.0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const int barHeight = 4;
    const QRect textRect(cell.left() + Margin, cell.top() + 2,
                         cancel.left() - cell.left() - 2 * Margin, cell.height() - barHeight - 6);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));

    const QRectF track(textRect.left(), cell.bottom() - barHeight - 4, textRect.width(), barHeight);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 2, 2);
    const QPalette& pal = option.palette;
    painter->fillPath(trackPath,
                      Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
    if (progress > 0) {
        QPainterPath fill;
        fill.addRoundedRect(
            QRectF(track.left(), track.top(), track.width() * progress, track.height()), 2, 2);
        painter->fillPath(fill, pal.color(QPalette::Highlight));
    }

    // The cancel button: a light circle with a cross.
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.1));
    painter->drawEllipse(cancel);
    painter->setPen(
        QPen(Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.25), 1.5));
    const QRectF cross = QRectF(cancel).adjusted(5, 5, -5, -5);
    painter->drawLine(cross.topLeft(), cross.bottomRight());
    painter->drawLine(cross.topRight(), cross.bottomLeft());
    painter->restore();
}

bool DocumentStatusDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                         const QStyleOptionViewItem& option,
                                         const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        index.data(DocumentsModel::ActiveRole).toBool()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            cancelRect(option.rect).contains(mouse->position().toPoint())) {
            emit cancelRequested(index.data(models::IdRole).toString());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace limitless::ui
