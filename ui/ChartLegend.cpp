#include "ChartLegend.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPen>
#include <QTextDocument>

#include <algorithm>

namespace limitless::ui {

ChartLegend::ChartLegend(QChart* chart)
    : QObject(chart), m_chart(chart), m_base(chart->margins()), m_root(new QGraphicsRectItem(chart))
{
    m_root->setPen(Qt::NoPen);
    m_root->setBrush(Qt::NoBrush);
    m_root->setZValue(10); // over the chart's background
    QObject::connect(chart->legend(), &QLegend::labelColorChanged, this, [this] { restyle(); });
    QObject::connect(chart->legend(), &QLegend::fontChanged, this, [this] {
        restyle();
        m_fittedSize = {};
        fit();
    });
}

void ChartLegend::setEntries(const QList<Entry>& entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    while (m_items.size() > m_entries.size()) {
        delete m_items.takeLast().first; // its label with it (a child)
    }
    while (m_items.size() < m_entries.size()) {
        auto* marker = new QGraphicsRectItem(m_root);
        marker->setPen(Qt::NoPen);
        auto* label = new QGraphicsTextItem(marker);
        label->document()->setDocumentMargin(0);
        m_items.append({marker, label});
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        m_items[i].first->setBrush(m_entries[i].color);
        m_items[i].second->setPlainText(m_entries[i].name);
    }
    restyle();
    m_fittedSize = {};
    fit();
}

QList<QGraphicsTextItem*> ChartLegend::labels() const
{
    QList<QGraphicsTextItem*> out;
    for (const auto& item : m_items)
        out << item.second;
    return out;
}

void ChartLegend::restyle()
{
    const QFont font = m_chart->legend()->font();
    const QColor color = m_chart->legend()->labelColor();
    for (const auto& item : std::as_const(m_items)) {
        if (item.second->font() != font)
            item.second->setFont(font);
        if (item.second->defaultTextColor() != color)
            item.second->setDefaultTextColor(color);
    }
}

void ChartLegend::fit()
{
    const QSizeF size = m_chart->size();
    const qreal width = size.width() - m_base.left() - m_base.right();
    if (width <= 0 || size == m_fittedSize)
        return;
    m_fittedSize = size;
    const QFontMetricsF fm(m_chart->legend()->font());
    const qreal box = std::round(fm.height() * 0.6); // the colour's square
    const qreal toText = std::round(fm.height() * 0.35);
    const qreal between = std::round(fm.height() * 1.2); // from one entry to the next
    const qreal gap = std::round(fm.height() * 0.25);    // from one row to the next
    // Each entry as wide as its name asks.
    struct Placed {
        qreal width, height;
    };
    QList<Placed> sizes;
    qreal widest = 0;
    for (const auto& [marker, label] : std::as_const(m_items)) {
        const QRectF text = label->boundingRect();
        sizes.append({box + toText + text.width(), std::max(text.height(), box)});
        widest = std::max(widest, sizes.last().width);
    }
    // A chart narrower than a name is one not laid out yet (a chart view is wider): no rows.
    // Reserving one row per entry there would raise the chart's minimum height for good (a
    // chart view never lowers its minimum size).
    m_root->setVisible(width >= widest);
    if (width < widest) {
        if (m_chart->margins() != m_base)
            m_chart->setMargins(m_base);
        return;
    }
    // Rows filled from the left up to `limit`: each row's last entry.
    auto rowEnds = [&](qreal limit) {
        QList<int> ends;
        qreal x = -between;
        for (int i = 0; i < sizes.size(); ++i) {
            if (x > 0 && x + between + sizes[i].width > limit) {
                ends << i - 1;
                x = -between;
            }
            x += between + sizes[i].width;
        }
        ends << int(sizes.size()) - 1;
        return ends;
    };
    // As few rows as the width allows, as even as they can be ("Klicks Gespräche Qualifiziert"
    // over "Pitch präsentiert Zahlungslink gesendet Bezahlt", not five over one): the narrowest
    // limit that needs no more rows.
    const qsizetype rows = rowEnds(width).size();
    qreal lo = widest, hi = width;
    while (hi - lo > 1) {
        const qreal mid = (lo + hi) / 2;
        (rowEnds(mid).size() > rows ? lo : hi) = mid;
    }
    // Each row centred.
    qreal y = 0;
    int first = 0;
    for (const int last : rowEnds(hi)) {
        qreal rowWidth = -between, rowHeight = 0;
        for (int i = first; i <= last; ++i) {
            rowWidth += between + sizes[i].width;
            rowHeight = std::max(rowHeight, sizes[i].height);
        }
        qreal x = std::round((width - rowWidth) / 2);
        for (int i = first; i <= last; ++i) {
            auto [marker, label] = m_items[i];
            marker->setRect(0, 0, box, box);
            // The square beside the name, centred on its line.
            marker->setPos(x, y + std::round((fm.height() - box) / 2));
            label->setPos(box + toText, -std::round((fm.height() - box) / 2));
            x += sizes[i].width + between;
        }
        y += rowHeight + gap;
        first = last + 1;
    }
    // The rows and a gap above them (between the axis' labels and the first row).
    const qreal height = m_items.isEmpty() ? 0 : y;
    QMargins margins = m_base;
    margins.setBottom(m_base.bottom() + int(std::ceil(height)));
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    m_root->setPos(m_base.left(), size.height() - m_base.bottom() - height + gap);
}

} // namespace limitless::ui
