#include "TextFit.h"

#include "ElidedLabel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <algorithm>

namespace limitless::test {

namespace {

// Allowance for rounding between the style's rectangles and the font's advances.
constexpr int Slack = 1;

QString nameOf(const QWidget* w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    if (!w->accessibleName().isEmpty())
        return QStringLiteral("\"%1\"").arg(w->accessibleName());
    return QString::fromLatin1(w->metaObject()->className());
}

QString describe(const QWidget* w, const QWidget* root)
{
    QStringList path;
    for (const QWidget* p = w; p && p != root->parentWidget(); p = p->parentWidget()) {
        // Unnamed containers add nothing but length.
        if (p != w && p->objectName().isEmpty() && p->accessibleName().isEmpty())
            continue;
        path.prepend(nameOf(p));
    }
    return path.join(QLatin1Char('/'));
}

// The widest line of `text` (mnemonic ampersands removed, "&&" kept as one).
int textWidth(const QFontMetrics& fm, QString text, bool mnemonic)
{
    if (mnemonic) {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

QString clean(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('&'));
}

QString offence(const QWidget* w, const QWidget* root, const QString& text, int needs, int has)
{
    return QStringLiteral("%1: \"%2\" needs %3 px, has %4")
        .arg(describe(w, root), clean(text))
        .arg(needs)
        .arg(has);
}

// The width a button gives its text: the style's contents rectangle, less the icon.
int buttonRoom(QAbstractButton* b)
{
    QStyle* style = b->style();
    const int iconRoom = b->icon().isNull() ? 0 : b->iconSize().width() + 4;
    if (auto* push = qobject_cast<QPushButton*>(b)) {
        QStyleOptionButton opt;
        opt.initFrom(push);
        opt.text = push->text();
        opt.icon = push->icon();
        opt.iconSize = push->iconSize();
        if (push->isDefault())
            opt.features |= QStyleOptionButton::DefaultButton;
        if (push->menu())
            opt.features |= QStyleOptionButton::HasMenu;
        if (push->isFlat())
            opt.features |= QStyleOptionButton::Flat;
        const QRect contents = style->subElementRect(QStyle::SE_PushButtonContents, &opt, push);
        int room = contents.width() - iconRoom;
        if (push->menu())
            room -= style->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, push);
        return room;
    }
    if (qobject_cast<QCheckBox*>(b) || qobject_cast<QRadioButton*>(b)) {
        QStyleOptionButton opt;
        opt.initFrom(b);
        opt.text = b->text();
        const bool check = qobject_cast<QCheckBox*>(b) != nullptr;
        const QRect contents = style->subElementRect(
            check ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents, &opt, b);
        return contents.width() - iconRoom;
    }
    // Tool buttons and others: the contents' width is the size hint's less the text.
    const int text = textWidth(b->fontMetrics(), b->text(), true);
    return b->width() - (b->sizeHint().width() - text);
}

void checkButton(QAbstractButton* b, const QWidget* root, QStringList& out)
{
    if (b->text().trimmed().isEmpty())
        return;
    if (auto* tool = qobject_cast<QToolButton*>(b);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    const int needs = textWidth(b->fontMetrics(), b->text(), true);
    const int has = buttonRoom(b);
    if (needs > has + Slack)
        out << offence(b, root, b->text(), needs, has);
}

void checkLabel(QLabel* l, const QWidget* root, QStringList& out)
{
    // Shortened on purpose, with the whole text as tooltip: fits by construction.
    if (qobject_cast<ui::ElidedLabel*>(l))
        return;
    if (l->text().trimmed().isEmpty() || !l->pixmap().isNull())
        return;
    const bool rich = l->textFormat() == Qt::RichText ||
                      (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
    int needs = 0;
    QString plain = l->text();
    if (rich && l->wordWrap())
        return; // wraps rich text as it likes: not measured
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(l->font());
        doc.setDocumentMargin(0);
        doc.setHtml(l->text());
        needs = qCeil(doc.idealWidth());
        plain = doc.toPlainText();
    } else if (l->wordWrap()) {
        // A wrapping label breaks between words, never inside one: its longest word must fit.
        for (const QString& word :
             l->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            needs = std::max(needs, textWidth(l->fontMetrics(), word, l->buddy() != nullptr));
    } else {
        // A label with a buddy shows its mnemonic underlined, not as an ampersand.
        needs = textWidth(l->fontMetrics(), l->text(), l->buddy() != nullptr);
        if (l->buddy())
            plain.remove(QLatin1Char('&'));
    }
    int has = l->contentsRect().width() - 2 * l->margin();
    if (l->indent() > 0)
        has -= l->indent();
    if (needs > has + Slack)
        out << offence(l, root, plain, needs, has);
}

void checkHeader(QHeaderView* header, const QWidget* root, QStringList& out)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    QStyle* style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    // The theme's section rule draws titles at weight 600 (ui/Theme.cpp); the widget's own font
    // does not say so.
    QFont font = header->font();
    font.setWeight(qMax(font.weight(), QFont::DemiBold));
    const QFontMetrics fm(font);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text =
            header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.trimmed().isEmpty())
            continue;
        // A section scrolled out of the viewport is read when scrolled to; measure it anyway.
        int needs = textWidth(fm, text, false) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            needs += arrow + margin;
        const int has = header->sectionSize(logical);
        if (needs > has + Slack) {
            const auto* view = qobject_cast<const QAbstractItemView*>(header->parentWidget());
            const QWidget* owner = view ? static_cast<const QWidget*>(view) : header;
            out << QStringLiteral("%1 column %2: \"%3\" needs %4 px, has %5")
                       .arg(describe(owner, root))
                       .arg(logical)
                       .arg(clean(text))
                       .arg(needs)
                       .arg(has);
        }
    }
}

// A chart's texts (axis labels, titles, legend entries, value labels) are graphics items: one
// that reaches past the view's edge loses its first or last letters without any "...".
void checkScene(QGraphicsView* view, const QWidget* root, QStringList& out)
{
    if (!view->scene())
        return;
    const QRect shown = view->viewport()->rect();
    QStringList drawn;
    for (QGraphicsItem* item : view->scene()->items()) {
        auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible() || text->toPlainText().trimmed().isEmpty())
            continue;
        drawn << text->toPlainText();
        // Qt Charts cuts a label that has no room (an axis' number, a legend entry) to "...".
        if (text->toPlainText().endsWith(QLatin1String("..."))) {
            auto* chartView = qobject_cast<QChartView*>(view);
            const QString chart =
                chartView && chartView->chart()
                    ? QStringLiteral(" chart \"%1\":").arg(clean(chartView->chart()->title()))
                    : QString();
            out << QStringLiteral("%1%2 text \"%3\" is cut short")
                       .arg(describe(view, root), chart, clean(text->toPlainText()));
        }
        // The ink, not the item's box: its document margin may reach past the edge harmlessly.
        const qreal margin = text->document()->documentMargin();
        const QRectF ink = text->boundingRect().adjusted(margin, margin, -margin, -margin);
        const QRect at = view->mapFromScene(text->mapToScene(ink)).boundingRect();
        if (shown.adjusted(-Slack, -Slack, Slack, Slack).contains(at))
            continue;
        out << QStringLiteral("%1 text \"%2\" lies at x %3…%4, y %5…%6 of a %7×%8 view")
                   .arg(describe(view, root), clean(text->toPlainText()))
                   .arg(at.left())
                   .arg(at.right())
                   .arg(at.top())
                   .arg(at.bottom())
                   .arg(shown.width())
                   .arg(shown.height());
    }
    // A chart's category names, each drawn whole: Qt Charts hides an axis label that would
    // overlap its neighbour.
    auto* chartView = qobject_cast<QChartView*>(view);
    if (!chartView || !chartView->chart())
        return;
    QChart* chart = chartView->chart();
    QStringList names;
    for (QAbstractAxis* axis : chart->axes()) {
        if (!axis->isVisible() || !axis->labelsVisible())
            continue;
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            names << bars->categories();
        else if (auto* days = qobject_cast<QCategoryAxis*>(axis))
            names << days->categoriesLabels();
    }
    for (const QString& name : std::as_const(names)) {
        const QString plain = QTextDocumentFragment::fromHtml(name).toPlainText();
        if (!plain.trimmed().isEmpty() && !drawn.contains(plain))
            out << QStringLiteral("%1 chart \"%2\": \"%3\" is not drawn whole")
                       .arg(describe(view, root), clean(chart->title()), clean(plain));
    }
}

} // namespace

QStringList clippedTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        // What shows of a scroll area (a header) is its viewport: the frame itself is covered.
        auto* area = qobject_cast<QAbstractScrollArea*>(w);
        if ((area ? area->viewport() : w)->visibleRegion().isEmpty())
            continue;
        // Qt's own parts of composite widgets (a spin box's line edit, a tab bar's arrows).
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            checkButton(b, root, out);
        else if (auto* l = qobject_cast<QLabel*>(w))
            checkLabel(l, root, out);
        else if (auto* h = qobject_cast<QHeaderView*>(w))
            checkHeader(h, root, out);
        else if (auto* v = qobject_cast<QGraphicsView*>(w))
            checkScene(v, root, out);
    }
    out.removeDuplicates();
    return out;
}

} // namespace limitless::test
