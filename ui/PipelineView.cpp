#include "PipelineView.h"

#include "Theme.h"

#include "ModelRoles.h"
#include "PipelineModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace limitless::ui {

using models::PipelineModel;

namespace {

// A card: handle on the first line, campaign · business · last message on the second, and a
// small dot for paid (green) or qualified (blue).
class CardDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics fm(option.font);
        return {160, 2 * fm.height() + 24};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(4.5, 3.5, -4.5, -3.5);
        const bool selected = option.state & QStyle::State_Selected;
        // The application's palette, not the option's: the page's style rules make the list's
        // own Base transparent, which would paint the cards black.
        const QPalette pal = QApplication::palette(option.widget);
        const QColor base = pal.color(QPalette::Base), accent = pal.color(QPalette::Highlight);
        p->setPen(QPen(selected ? accent : pal.color(QPalette::Mid), 1));
        p->setBrush(selected ? Theme::mix(base, accent, 0.15) : base);
        p->drawRoundedRect(card, 6, 6);
        const QFontMetrics fm(option.font);
        const QRect text = card.toRect().adjusted(10, 6, -22, -6);
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(
            QRect(text.left(), text.top(), text.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        p->setFont(small);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(
            QRect(text.left(), text.top() + fm.height() + 2, text.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(index.data(PipelineModel::SubtitleRole).toString(),
                                           Qt::ElideRight, text.width()));
        const bool paid = index.data(PipelineModel::PaidRole).toBool();
        const bool qualified = index.data(PipelineModel::QualifiedRole).toBool();
        if (paid || qualified) {
            p->setPen(Qt::NoPen);
            p->setBrush(paid ? QColor(0x2f, 0x9e, 0x44) : QColor(0x4c, 0x6e, 0xf5));
            p->drawEllipse(QPointF(card.right() - 12, card.top() + 12), 4, 4);
        }
        p->restore();
    }
};

} // namespace

PipelineView::PipelineView(PipelineModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    auto* strip = new QWidget(this);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    for (int s = 0; s < model->rowCount(); ++s) {
        auto* column = new QWidget(strip);
        column->setObjectName(QStringLiteral("pipelineColumn"));
        column->setAttribute(Qt::WA_StyledBackground);
        column->setMinimumWidth(170);
        auto* title = new QLabel(column);
        title->setObjectName(QStringLiteral("pipelineTitle"));
        // Long stage names ("Objection handling") wrap instead of being cut.
        title->setWordWrap(true);
        auto* count = new QLabel(column);
        count->setObjectName(QStringLiteral("pipelineCount"));
        auto* head = new QHBoxLayout;
        head->setContentsMargins(10, 8, 10, 4);
        head->addWidget(title, 1);
        head->addWidget(count);
        auto* list = new QListView(column);
        list->setObjectName(QStringLiteral("pipelineCards"));
        list->setModel(model);
        list->setRootIndex(model->index(s, 0));
        list->setItemDelegate(new CardDelegate(list));
        list->setFrameShape(QFrame::NoFrame);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setAccessibleName(model->index(s, 0).data().toString());
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 4);
        layout->setSpacing(0);
        layout->addLayout(head);
        layout->addWidget(list, 1);
        row->addWidget(column, 1);
        m_columns << list;
        m_titles << title;
        m_counts << count;
        connect(list, &QListView::clicked, this, [this](const QModelIndex& index) {
            emit conversationActivated(index.data(models::IdRole).toString());
        });
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(model, &QAbstractItemModel::dataChanged, this, &PipelineView::updateHeaders);
    connect(model, &PipelineModel::refreshed, this, &PipelineView::updateHeaders);
    updateHeaders();
}

QString PipelineView::headerText(int stage) const
{
    return m_titles.at(stage)->text() + QLatin1Char(' ') + m_counts.at(stage)->text();
}

void PipelineView::updateHeaders()
{
    const QLocale locale;
    for (int s = 0; s < m_titles.size(); ++s) {
        const QModelIndex i = m_model->index(s, 0);
        QLabel* title = m_titles.at(s);
        QLabel* count = m_counts.at(s);
        title->setText(i.data().toString());
        count->setText(locale.toString(i.data(PipelineModel::CountRole).toLongLong()));
        // A title wraps between words, but one long word ("Einwandbehandlung") cannot: the
        // column is at least as wide as the title's longest word beside the count.
        QFont bold = title->font();
        bold.setWeight(QFont::DemiBold);
        const QFontMetrics fm(bold);
        int word = 0;
        for (const QString& w : title->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, fm.horizontalAdvance(w));
        const int needed = word + count->sizeHint().width() + 20 + 6 + 4;
        title->parentWidget()->setMinimumWidth(std::max(170, needed));
    }
}

} // namespace limitless::ui
