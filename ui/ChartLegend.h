#pragma once

#include <QColor>
#include <QList>
#include <QMargins>
#include <QObject>
#include <QSizeF>
#include <QString>

class QChart;
class QGraphicsRectItem;
class QGraphicsTextItem;

namespace limitless::ui {

// A chart's legend that wraps: its entries (a colour and a name) in as many rows under the plot
// as the chart's width asks, each name whole, the rows centred. Qt Charts' own legend keeps one
// row under the plot or one column beside it (given at most about 40 % of the chart's width) and
// shortens an entry that does not fit to "...". The entries are items of the chart's scene, so an
// exported chart (PNG, SVG) shows them. The chart's own legend should be hidden; this one takes
// its font and label colour (and follows changes to them). It belongs to the chart.
class ChartLegend : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QString name;
        QColor color;
        bool operator==(const Entry&) const = default;
    };

    explicit ChartLegend(QChart* chart);

    // Replaces the entries (nothing happens when they are the same), then fits.
    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }
    // Lays the entries out across the chart's current width and reserves their rows under the
    // plot (the chart's bottom margin grows by their height). Does nothing when neither the
    // chart's size nor the entries changed since the last time: call it whenever the chart was laid
    // out.
    void fit();
    // The names as drawn, each one text item.
    QList<QGraphicsTextItem*> labels() const;

private:
    void restyle();

    QChart* m_chart;
    QMargins m_base; // the chart's margins without the legend's rows
    QGraphicsRectItem* m_root = nullptr;
    QList<Entry> m_entries;
    QList<std::pair<QGraphicsRectItem*, QGraphicsTextItem*>> m_items;
    QSizeF m_fittedSize; // the chart's size at the last fit()
};

} // namespace limitless::ui
