#include "ChatBubbleDelegate.h"

#include "Theme.h"

#include "TranscriptModel.h"
#include "langgraph/Transcript.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

#include <algorithm>

namespace limitless::ui {

using models::TranscriptModel;
using Role = langgraph::TranscriptMessage::Role;

namespace {

// A long word (a checkout URL, say) gets invisible break opportunities after / ? & = . - _ so
// that word wrapping keeps it inside the bubble instead of cutting it off. Only what is painted
// changes; the model's text (and what is copied) stays as stored.
QString breakable(const QString& text)
{
    constexpr int kLongWord = 32; // break after a separator past 10 letters, anywhere past 16
    QString out;
    out.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (const QChar c : text) {
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        if (run >= kLongWord / 3 && QStringLiteral("/?&=.-_#").contains(c)) {
            out += QChar(0x200B); // zero-width space
            run = 0;
        } else if (run >= kLongWord / 2) {
            out += QChar(0x200B);
            run = 0;
        }
    }
    return out;
}

constexpr int OuterMargin = 12; // from the view's edges
constexpr int Padding = 10;     // inside a bubble
constexpr int RowGap = 6;       // between items
constexpr int Radius = 12;
constexpr double MaxBubbleShare = 0.78;

// The bubbles' colours from the view's palette, so that they follow a dark desktop: tints of
// the highlight (the agent) and of amber (tools) over the base colour.
struct Colours {
    explicit Colours(const QPalette& p)
        : base(p.color(QPalette::Base)), text(p.color(QPalette::Text)),
          humanFill(Theme::mix(base, text, 0.07)),
          aiFill(Theme::mix(base, p.color(QPalette::Highlight), 0.2)),
          aiText(Theme::mix(text, p.color(QPalette::Highlight), 0.35)),
          toolFill(Theme::mix(base, Amber, 0.16)), toolBorder(Theme::mix(base, Amber, 0.6)),
          toolHeader(Theme::mix(text, Amber, 0.55)), muted(p.color(QPalette::PlaceholderText)),
          separator(p.color(QPalette::Mid)), stageFill(aiFill),
          stageBorder(Theme::mix(base, p.color(QPalette::Highlight), 0.45)),
          stageText(p.color(QPalette::Link)), calls(p.color(QPalette::Link))
    {}
    static inline const QColor Amber{0xf0, 0xb4, 0x00};
    QColor base, text, humanFill, aiFill, aiText, toolFill, toolBorder, toolHeader, muted,
        separator, stageFill, stageBorder, stageText, calls;
};

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QFont monoFont(const QFont& base)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

struct ChatBubbleDelegate::Layout {
    TranscriptModel::Kind kind = TranscriptModel::Kind::Message;
    Role role = Role::Human;
    QString header;      // tool cards: "Result of send_payment_link"
    QString text;        // the message
    QString calls;       // the AI's tool calls, one per line
    bool rawTool = true; // a tool result shown as stored (JSON: monospace, broken anywhere)
    QString time;
    QRect bubble; // relative to the item's top-left
    QRect headerRect, textRect, callsRect, timeRect;
    int height = 0;
};

ChatBubbleDelegate::ChatBubbleDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view), m_view(view)
{}

int ChatBubbleDelegate::availableWidth(const QStyleOptionViewItem& option) const
{
    const int w = m_view ? m_view->viewport()->width() : option.rect.width();
    return qMax(200, w);
}

ChatBubbleDelegate::Layout ChatBubbleDelegate::layoutFor(const QStyleOptionViewItem& option,
                                                         const QModelIndex& index) const
{
    Layout l;
    l.kind = index.data(TranscriptModel::KindRole).value<TranscriptModel::Kind>();
    const int width = availableWidth(option);
    const QFont base = option.font;
    const QFontMetrics fm(base);
    const QFontMetrics small(smallFont(base));
    const QFontMetrics mono(monoFont(base));
    const int flags = Qt::TextWordWrap;

    if (l.kind == TranscriptModel::Kind::StageChange) {
        const QString when = timeText(index.data(TranscriptModel::TimeRole).toDateTime());
        l.text = when.isEmpty() ? tr("Stage: %1").arg(index.data().toString())
                                : tr("Stage: %1 · %2").arg(index.data().toString(), when);
        l.height = small.height() + 2 * RowGap + 8;
        l.textRect = QRect(0, RowGap, width, l.height - 2 * RowGap);
        return l;
    }
    if (l.kind == TranscriptModel::Kind::Unsupported) {
        l.text = index.data().toString();
        const QRect r = small.boundingRect(QRect(0, 0, width - 2 * OuterMargin, 10000),
                                           flags | Qt::AlignHCenter, l.text);
        l.textRect = QRect(OuterMargin, RowGap, width - 2 * OuterMargin, r.height());
        l.height = r.height() + 2 * RowGap;
        return l;
    }

    l.role = Role(index.data(TranscriptModel::RoleRole).toInt());
    l.text = breakable(index.data().toString());
    l.time = timeText(index.data(TranscriptModel::TimeRole).toDateTime());
    // A message not stored yet says so where its time would be.
    if (index.data(TranscriptModel::PendingRole).toBool())
        l.time = l.role == Role::Ai ? tr("Writing…") : tr("Sent, waiting for the reply");
    // Tool calls and results in words where the tool is known; the JSON is the tooltip.
    const QStringList calls = index.data(TranscriptModel::ToolCallsTextRole).toStringList();
    if (!calls.isEmpty())
        l.calls = breakable(QStringLiteral("→ ") + calls.join(QStringLiteral("\n→ ")));
    if (l.role == Role::Tool) {
        const QString name = index.data(TranscriptModel::NameRole).toString();
        l.header = name.isEmpty() ? tr("Tool result") : tr("Result of %1").arg(name);
        const QString readable = index.data(TranscriptModel::ToolResultTextRole).toString();
        if (!readable.isEmpty()) {
            l.text = breakable(readable);
            l.rawTool = false;
        }
    }

    const int maxBubble = l.role == Role::Tool || l.role == Role::System
                              ? width - 2 * OuterMargin - 24
                              : int((width - 2 * OuterMargin) * MaxBubbleShare);
    const int inner = qMax(80, maxBubble - 2 * Padding);
    const bool rawTool = l.role == Role::Tool && l.rawTool;
    const QFontMetrics& textMetrics = rawTool ? mono : fm;
    // Tool results as stored are often JSON without spaces: let them break anywhere.
    const int textFlags = rawTool ? flags | Qt::TextWrapAnywhere : flags;
    QRect text = l.text.isEmpty()
                     ? QRect()
                     : textMetrics.boundingRect(QRect(0, 0, inner, 100000), textFlags, l.text);
    QRect header = l.header.isEmpty() ? QRect() : small.boundingRect(l.header);
    // Calls read as words (long words already have break points).
    QRect callsRect = l.calls.isEmpty()
                          ? QRect()
                          : small.boundingRect(QRect(0, 0, inner, 100000), flags, l.calls);
    const int contentWidth =
        qMin(inner, std::max({text.width(), header.width(), callsRect.width(), 40}));
    int y = Padding;
    if (!header.isEmpty()) {
        l.headerRect = QRect(Padding, y, contentWidth, header.height());
        y += header.height() + 4;
    }
    if (!text.isEmpty()) {
        l.textRect = QRect(Padding, y, contentWidth, text.height());
        y += text.height();
    }
    if (!callsRect.isEmpty()) {
        y += text.isEmpty() ? 0 : 6;
        l.callsRect = QRect(Padding, y, contentWidth, callsRect.height());
        y += callsRect.height();
    }
    y += Padding;
    const int bubbleWidth = contentWidth + 2 * Padding;
    int x = OuterMargin;
    if (l.role == Role::Ai)
        x = width - OuterMargin - bubbleWidth;
    else if (l.role == Role::System)
        x = (width - bubbleWidth) / 2;
    else if (l.role == Role::Tool)
        x = OuterMargin + 24; // indented under the call it answers
    l.bubble = QRect(x, RowGap, bubbleWidth, y);
    l.headerRect.translate(x, RowGap);
    l.textRect.translate(x, RowGap);
    l.callsRect.translate(x, RowGap);
    l.height = RowGap + y;
    if (!l.time.isEmpty()) {
        const int tw = small.horizontalAdvance(l.time);
        const int tx = l.role == Role::Ai ? l.bubble.right() - tw : l.bubble.left();
        l.timeRect = QRect(tx, l.height + 2, tw, small.height());
        l.height += small.height() + 2;
    }
    l.height += RowGap;
    return l;
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    return {availableWidth(option), layoutFor(option, index).height};
}

void ChatBubbleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    const Layout l = layoutFor(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const QFont small = smallFont(option.font);

    if (l.kind == TranscriptModel::Kind::StageChange) {
        painter->setFont(small);
        const QFontMetrics fm(small);
        const int tw = fm.horizontalAdvance(l.text) + 24;
        const QRect pill((l.textRect.width() - tw) / 2, l.textRect.top(), tw, l.textRect.height());
        const int mid = pill.center().y();
        const Colours c(option.palette);
        painter->setPen(QPen(c.separator, 1));
        painter->drawLine(OuterMargin, mid, pill.left() - 6, mid);
        painter->drawLine(pill.right() + 6, mid, l.textRect.width() - OuterMargin, mid);
        painter->setBrush(c.stageFill);
        painter->setPen(QPen(c.stageBorder, 1));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(c.stageText);
        painter->drawText(pill, Qt::AlignCenter, l.text);
        painter->restore();
        return;
    }
    if (l.kind == TranscriptModel::Kind::Unsupported) {
        painter->setFont(small);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(l.textRect, Qt::AlignHCenter | Qt::TextWordWrap, l.text);
        painter->restore();
        return;
    }

    const Colours c(option.palette);
    QColor fill = c.humanFill, text = c.text, border = Qt::transparent;
    switch (l.role) {
    case Role::Ai:
        fill = c.aiFill;
        text = c.aiText;
        break;
    case Role::Tool:
        fill = c.toolFill;
        border = c.toolBorder;
        break;
    case Role::System:
        fill = c.base;
        border = c.separator;
        text = c.muted;
        break;
    default:
        break;
    }
    if (option.state & QStyle::State_Selected)
        border = option.palette.color(QPalette::Highlight);
    painter->setBrush(fill);
    painter->setPen(border == Qt::transparent ? Qt::NoPen : QPen(border, 1));
    painter->drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5),
                             l.role == Role::Tool ? 6 : Radius, l.role == Role::Tool ? 6 : Radius);
    if (!l.headerRect.isEmpty()) {
        QFont f = small;
        f.setWeight(QFont::DemiBold);
        painter->setFont(f);
        painter->setPen(c.toolHeader);
        painter->drawText(l.headerRect, Qt::AlignLeft | Qt::AlignVCenter, l.header);
    }
    if (!l.textRect.isEmpty()) {
        const bool rawTool = l.role == Role::Tool && l.rawTool;
        painter->setFont(rawTool ? monoFont(option.font) : option.font);
        painter->setPen(text);
        painter->drawText(l.textRect,
                          Qt::AlignLeft | Qt::TextWordWrap | (rawTool ? Qt::TextWrapAnywhere : 0),
                          l.text);
    }
    if (!l.callsRect.isEmpty()) {
        painter->setFont(smallFont(option.font));
        painter->setPen(c.calls);
        painter->drawText(l.callsRect, Qt::AlignLeft | Qt::TextWordWrap, l.calls);
    }
    if (!l.timeRect.isEmpty()) {
        painter->setFont(small);
        painter->setPen(c.muted);
        painter->drawText(l.timeRect, Qt::AlignLeft | Qt::AlignVCenter, l.time);
    }
    painter->restore();
}

} // namespace limitless::ui
