#include "FunnelCharts.h"

#include "ChartLegend.h"

#include "Theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace limitless::ui {

CompactUnit compactUnit(double magnitude)
{
    const double m = std::abs(magnitude);
    if (m >= 1e12)
        return {1e12, QCoreApplication::translate("CompactNumber", "T", "trillions")};
    if (m >= 1e9)
        return {1e9, QCoreApplication::translate("CompactNumber", "B", "billions")};
    if (m >= 1e6)
        return {1e6, QCoreApplication::translate("CompactNumber", "M", "millions")};
    if (m >= 1e3)
        return {1e3, QCoreApplication::translate("CompactNumber", "k", "thousands")};
    return {};
}

QString compactNumber(double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    const double a = std::abs(value);
    // Below 1,000 (after rounding to cents): the number itself.
    if (std::round(a * 100) / 100 < 1000) {
        if (std::round(a * 100) == std::round(a) * 100)
            return locale.toString(qint64(std::llround(value)));
        QString text = locale.toString(value, 'f', 2);
        if (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        return text;
    }
    CompactUnit unit = compactUnit(a);
    int decimals = a / unit.divisor < 100 ? 1 : 0;
    double scaled = std::round(a / unit.divisor * std::pow(10, decimals)) / std::pow(10, decimals);
    if (scaled >= 1000 && unit.divisor < 1e12) {
        unit = compactUnit(unit.divisor * 1000);
        decimals = 1;
        scaled = std::round(a / unit.divisor * 10) / 10;
    }
    QString text = locale.toString(scaled, 'f', decimals);
    // "1.0k" is "1k".
    if (decimals > 0 && text.endsWith(locale.decimalPoint() + locale.zeroDigit()))
        text.chop(locale.decimalPoint().size() + locale.zeroDigit().size());
    return (value < 0 ? locale.negativeSign() : QString()) + text + unit.suffix;
}

using analytics::FunnelStage;
using analytics::kStageCount;

namespace {

// One colour per stage, the same in every chart, readable on white and in print.
const QColor kStageColors[kStageCount] = {QColor(0x74, 0x8f, 0xfc), QColor(0x4c, 0x6e, 0xf5),
                                          QColor(0x15, 0xaa, 0xbf), QColor(0x40, 0xc0, 0x57),
                                          QColor(0xfa, 0xb0, 0x05), QColor(0xe6, 0x49, 0x80)};
// The two scopes when comparing, the same in every chart that compares them: A blue, B orange.
const QColor kScopeA(0x4c, 0x6e, 0xf5);
const QColor kScopeB(0xf7, 0x67, 0x07);
// One scope: the objections and the revenue charts have their own colour.
const QColor kObjectionsColor(0xe8, 0x59, 0x0c);
const QColor kRevenueColor(0x2f, 0x9e, 0x44);
const QColor kMuted(0x86, 0x8e, 0x96); // the second scope's dates on the day axes
// Smallest font of the bar value labels (points): thinner bars than that get labels this size.
constexpr qreal kMinLabelPoints = 7.0;

// The chart's surfaces and text in `palette`'s colours (the series keep their hues): what a
// change of scheme redoes on charts already built (setTheme() would also recolour the series).
void styleChart(QChart* chart, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(Theme::mix(base, text, 0.35));
        axis->setGridLineColor(Theme::mix(base, text, 0.12));
        axis->setMinorGridLineColor(Theme::mix(base, text, 0.06));
    }
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelColor(palette.color(QPalette::WindowText));
}

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    // The chart's own background, title, legend and axes in the application's palette (a dark
    // desktop gets a dark chart); the stage colours are set per series and read on either.
    const QPalette palette = QApplication::palette();
    if (Theme::isDark(palette))
        chart->setTheme(QChart::ChartThemeDark);
    styleChart(chart, palette);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not replay animations
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Numbers in the locale's way: "730,260", "1.5M" ("730.260", "1,5M" in German).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    return chart;
}

// The smallest round axis maximum ≥ v and the tick count that steps by round numbers (whole
// numbers for counts): up to 5 by ones, then 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 × 10^k.
std::pair<double, int> niceScale(double v)
{
    if (v <= 0)
        return {1.0, 2};
    if (v <= 5) {
        const int m = int(std::ceil(v - 1e-9));
        return {double(m), m + 1};
    }
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    struct Candidate {
        double m, step;
    };
    static constexpr Candidate candidates[] = {{1, 0.2}, {1.5, 0.5}, {2, 0.5}, {2.5, 0.5}, {3, 0.5},
                                               {4, 1},   {5, 1},     {6, 1},   {8, 2},     {10, 2}};
    for (const Candidate& c : candidates) {
        const bool whole = p >= 10 || c.step >= 1;
        if (whole && c.m * p >= v * (1 - 1e-9))
            return {c.m * p, int(std::lround(c.m / c.step)) + 1};
    }
    return {10 * p, 6};
}

// A value axis the series are plotted against but that is not drawn (the chart shows another,
// with compact labels, over the same range).
QValueAxis* makeDataAxis()
{
    auto* axis = new QValueAxis;
    axis->setVisible(false);
    return axis;
}

// The value axis a chart shows: round ticks with compact labels over the data axis' range (in
// another unit). Qt Charts lays out only axes that a series is attached to: an empty, hidden
// series holds it.
QValueAxis* addTickAxis(QChart* chart, Qt::Alignment alignment)
{
    auto* axis = new QValueAxis;
    chart->addAxis(axis, alignment);
    auto* anchor = new QLineSeries;
    chart->addSeries(anchor);
    anchor->attachAxis(axis);
    for (QLegendMarker* marker : chart->legend()->markers(anchor))
        marker->setVisible(false);
    return axis;
}

// Shows `axis` from 0 to `max` with `count` round ticks, labelled compactly: "15k", "0.2M",
// "40M" (raw numbers below 10,000); changes nothing when it already does.
void setTicks(QValueAxis* axis, double max, int count)
{
    const CompactUnit unit = compactUnit(max >= 1e4 ? max : 0);
    // (Qt Charts localizes only formats with a precision: "%.4g", not "%g".)
    const QString format = QStringLiteral("%.4g") + unit.suffix;
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    const double top = max / unit.divisor;
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
    if (axis->tickCount() != count)
        axis->setTickCount(count);
}

// How many of `count` ticks over 0…max (leaving ticks out evenly) `chart` can label whole. Qt
// Charts gives each label of an axis the axis' length divided by the number of labels, less
// 4 px of padding on either side, and cuts a label taller (beside an upright axis) or wider
// (under a flat one) than that to "...". The length it divides is the chart's content: from its
// top margin to the bottom of the axes (its legend below excluded) for an upright axis, and its
// width within the margins for a flat one. A label's box is the text and a 2 px margin around it.
// Never fewer than two ticks (0 and max).
int ticksThatFit(const QChart* chart, const QValueAxis* axis, double max, int count)
{
    const CompactUnit unit = compactUnit(max >= 1e4 ? max : 0);
    const QFontMetricsF fm(axis->labelsFont());
    const QMargins margins = chart->margins();
    qreal length, extent;
    if (axis->orientation() == Qt::Vertical) {
        QLegend* legend = chart->legend();
        const bool below = legend->isVisible() && legend->isAttachedToChart() &&
                           legend->alignment() == Qt::AlignBottom;
        length =
            chart->size().height() - margins.bottom() - (below ? legend->geometry().height() : 0);
        extent = fm.height() + 4;
    } else {
        // The widest label is the longest number ("1,000", "20k").
        const QString widest = QLocale().toString(max / unit.divisor, 'g', 4) + unit.suffix;
        length = chart->size().width() - margins.left() - margins.right();
        extent = fm.horizontalAdvance(widest) + 4;
    }
    const int room = int(length / (extent + 8));
    const int intervals = count - 1;
    for (int k = 1; k < intervals; ++k) {
        if (intervals % k == 0 && intervals / k + 1 <= room)
            return intervals / k + 1;
    }
    return std::min(count, 2);
}

void setRange(QValueAxis* axis, double max)
{
    if (axis->min() != 0 || axis->max() != max)
        axis->setRange(0, max);
}

QString percent(double r)
{
    return r < 0 ? QStringLiteral("–") : QLocale().toString(r * 100.0, 'f', 1) + QLatin1Char('%');
}

// Replaces a bar series' sets when their number changed, else the values in place. Changes a
// set's label or colour only when it differs (a new label lays the legend out again).
void setBars(QAbstractBarSeries* series, const QList<std::pair<QString, QList<qreal>>>& sets,
             const QList<QColor>& colors)
{
    if (series->count() != sets.size()) {
        series->clear();
        for (int i = 0; i < sets.size(); ++i)
            series->append(new QBarSet(sets[i].first));
    }
    const QList<QBarSet*> existing = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet* set = existing[i];
        if (set->label() != sets[i].first)
            set->setLabel(sets[i].first);
        const QColor color = colors.value(i, kScopeA);
        if (set->color() != color)
            set->setColor(color);
        if (set->borderColor() != color)
            set->setBorderColor(color);
        const QList<qreal>& values = sets[i].second;
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
        } else {
            for (int k = 0; k < values.size(); ++k) {
                if (set->at(k) != values[k])
                    set->replace(k, values[k]);
            }
        }
    }
}

QChartView* makeView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    return view;
}

// The labels of a day axis: a category axis over day indexes (day i's bar or point sits at i,
// the axis runs from -0.5 to n - 0.5) whose categories end at the labelled days, so that each
// label stands under its day.
struct DayLabels {
    QList<int> indexes;
    QStringList labels;
    QList<qreal> widths; // of the widest line, in pixels
};

// Chooses the labelled days of `days` on an axis: every day, every 2nd or 3rd day (ending on the
// last), every week or two (on the locale's first day of the week) or the first of every 1, 2,
// 3, 6 or 12 months, whichever is the densest that leaves a gap between neighbours. `plotWidth`
// is the width the days are spread over, `leftRoom`/`rightRoom` how far a label may reach past
// the plot's ends. `second`, when not empty, are the dates of another period at the same
// index: written under the first, in grey. Never returns no label.
DayLabels dayAxisLabels(const QList<QDate>& days, const QList<QDate>& second, qreal plotWidth,
                        qreal leftRoom, qreal rightRoom, const QFont& font)
{
    const int n = int(days.size());
    if (n == 0)
        return {};
    const QLocale locale;
    const QFontMetricsF fm(font);
    auto dayFormat = [](const QList<QDate>& d) {
        return !d.isEmpty() && d.first().addYears(1) <= d.last() ? QStringLiteral("d MMM yy")
                                                                 : QStringLiteral("d MMM");
    };
    const QString firstFormat = dayFormat(days);
    const QString secondFormat = dayFormat(second);
    const bool overAYear = days.first().addYears(1) <= days.last();
    const bool years = days.first().year() != days.last().year();
    const qreal slot = plotWidth / n;
    const qreal gap = 0.6 * fm.height();

    // Adds day i as `text` unless it would reach out of the axis (Qt Charts hides such a
    // label, or it runs into the value axis) or repeat another label.
    auto add = [&](DayLabels& l, int i, const QString& text, bool anyway) {
        qreal width = fm.horizontalAdvance(text);
        QString label = text.toHtmlEscaped();
        if (i < second.size()) {
            const QString other = locale.toString(second[i], secondFormat);
            width = std::max(width, fm.horizontalAdvance(other));
            label += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                         .arg(kMuted.name(), other.toHtmlEscaped());
        }
        const qreal x = (i + 0.5) * slot;
        if (!anyway && (x - width / 2 < -leftRoom || x + width / 2 > plotWidth + rightRoom ||
                        l.labels.contains(label)))
            return;
        l.indexes << i;
        l.labels << label;
        l.widths << width;
    };
    auto apart = [&](const DayLabels& l) {
        for (int k = 1; k < l.indexes.size(); ++k) {
            if ((l.indexes[k] - l.indexes[k - 1]) * slot <
                (l.widths[k] + l.widths[k - 1]) / 2 + gap)
                return false;
        }
        return true;
    };

    struct Step {
        int days, months;
    };
    static constexpr Step steps[] = {{1, 0}, {2, 0}, {3, 0}, {7, 0}, {14, 0},
                                     {0, 1}, {0, 2}, {0, 3}, {0, 6}, {0, 12}};
    DayLabels sparsest;
    for (const Step& s : steps) {
        DayLabels candidate;
        if (s.months == 0 && s.days < 7) {
            for (int i = (n - 1) % s.days; i < n; i += s.days)
                add(candidate, i, locale.toString(days[i], firstFormat), false);
        } else if (s.months == 0) {
            QList<int> weekStarts;
            for (int i = 0; i < n; ++i) {
                if (days[i].dayOfWeek() == locale.firstDayOfWeek())
                    weekStarts << i;
            }
            const int every = s.days / 7;
            for (int k = 0; k < weekStarts.size(); ++k) {
                const int i = weekStarts[k];
                if ((weekStarts.size() - 1 - k) % every == 0)
                    add(candidate, i, locale.toString(days[i], firstFormat), false);
            }
        } else {
            for (int i = 0; i < n; ++i) {
                const QDate d = days[i];
                if (d.day() != 1 || (d.year() * 12 + d.month() - 1) % s.months != 0)
                    continue;
                const bool withYear =
                    overAYear || (years && (candidate.indexes.isEmpty() || d.month() == 1));
                add(candidate, i,
                    locale.toString(d,
                                    withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")),
                    false);
            }
        }
        if (candidate.indexes.isEmpty())
            continue;
        if (apart(candidate))
            return candidate;
        sparsest = candidate;
    }
    if (sparsest.indexes.isEmpty()) {
        // Not even one label fits beside the ends: name the middle day.
        DayLabels middle;
        add(middle, n / 2, locale.toString(days[n / 2], firstFormat), true);
        return middle;
    }
    // A tiny chart over years: keep every other label until they stand apart.
    while (!apart(sparsest)) {
        DayLabels fewer;
        for (int k = int(sparsest.indexes.size()) - 1; k >= 0; k -= 2) {
            fewer.indexes.prepend(sparsest.indexes[k]);
            fewer.labels.prepend(sparsest.labels[k]);
            fewer.widths.prepend(sparsest.widths[k]);
        }
        sparsest = fewer;
    }
    return sparsest;
}

// Sets a day axis to `days` days with these labels (only when they changed: a relabelled axis
// lays the chart out again).
void setDayAxis(QCategoryAxis* axis, int days, const DayLabels& labels)
{
    const qreal max = std::max(days, 1) - 0.5;
    if (axis->min() != -0.5 || axis->max() != max)
        axis->setRange(-0.5, max);
    QList<qreal> ends;
    for (const QString& label : axis->categoriesLabels())
        ends << axis->endValue(label);
    QList<qreal> wanted;
    for (int i : labels.indexes)
        wanted << qreal(i);
    if (axis->categoriesLabels() == labels.labels && ends == wanted)
        return;
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(-0.5);
    for (int k = 0; k < labels.indexes.size(); ++k)
        axis->append(labels.labels[k], labels.indexes[k]);
}

QCategoryAxis* makeDayAxis()
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Qt Charts would cut each label to the axis width / (labels + 1); ours are spaced apart.
    axis->setTruncateLabels(false);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, 0.5);
    return axis;
}

// `text` in at most `lines` lines of at most `room` pixels, broken between words; what does not
// fit ends the last line with "…". A single word too long for a line stays whole (and is cut
// only if it is the last line's).
QStringList wrapWords(const QString& text, const QFontMetricsF& fm, qreal room, int lines)
{
    QStringList out;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype w = 0;
    for (; w < words.size(); ++w) {
        const QString& word = words[w];
        if (!out.isEmpty() && fm.horizontalAdvance(out.last() + QLatin1Char(' ') + word) <= room)
            out.last() += QLatin1Char(' ') + word;
        else if (out.size() < lines)
            out << word;
        else
            break;
    }
    if (out.isEmpty())
        return {text};
    if (w < words.size() || fm.horizontalAdvance(out.last()) > room) {
        QString last = out.last();
        for (qsizetype k = w; k < words.size(); ++k)
            last += QLatin1Char(' ') + words[k];
        out.last() = fm.elidedText(last, Qt::ElideRight, room);
    }
    return out;
}

} // namespace

FunnelCharts::FunnelCharts(QWidget* parent) : QWidget(parent)
{
    // Funnel: one horizontal bar per stage, top to bottom (two per stage when comparing); the
    // stage axis carries the conversions, where there is room for them.
    {
        QChart* chart = makeChart(tr("Funnel"));
        m_funnel = new QHorizontalBarSeries;
        m_funnel->setLabelsVisible(true);
        m_funnel->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_funnel->setLabelsFormat(QStringLiteral("@value"));
        m_funnel->setBarWidth(0.8);
        chart->addSeries(m_funnel);
        m_funnelAxis = new QBarCategoryAxis;
        m_funnelAxis->setTruncateLabels(false);
        m_funnelValues = makeDataAxis();
        chart->addAxis(m_funnelAxis, Qt::AlignLeft);
        chart->addAxis(m_funnelValues, Qt::AlignBottom);
        m_ticks[FunnelChart] = addTickAxis(chart, Qt::AlignBottom);
        m_funnel->attachAxis(m_funnelAxis);
        m_funnel->attachAxis(m_funnelValues);
        // Categories are listed bottom-up: index i is stage kStageCount - 1 - i.
        connect(m_funnel, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet* set) {
            emit stageClicked(m_funnel->barSets().indexOf(set) == 1, kStageCount - 1 - index);
        });
        connect(m_funnel, &QHorizontalBarSeries::hovered, this,
                [this](bool on, int index, QBarSet* set) {
                    const int side = m_funnel->barSets().indexOf(set);
                    const int stage = kStageCount - 1 - index;
                    if (!on || side < 0 || stage < 0 || stage >= kStageCount ||
                        side >= m_funnelTips.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    showScopeTip(side == 1, m_funnelTips[side][stage]);
                });
        connect(
            chart, &QChart::plotAreaChanged, this,
            [this] {
                fitBarLabels(FunnelChart, true);
                fitTicks(FunnelChart);
            },
            Qt::QueuedConnection);
        m_views[FunnelChart] = makeView(chart, this);
    }
    // Events per day per stage: x is the index of the day in the period, so that another
    // period can be drawn over the same days. The second scope's lines are dashed; the legend
    // names the stages once, the title says which scope is which (a legend entry per scope
    // does not fit beside six stages).
    {
        QChart* chart = makeChart(tr("Events per day"));
        m_dailyAxis = makeDayAxis();
        m_dailyValues = makeDataAxis();
        chart->addAxis(m_dailyAxis, Qt::AlignBottom);
        chart->addAxis(m_dailyValues, Qt::AlignLeft);
        m_ticks[DailyChart] = addTickAxis(chart, Qt::AlignLeft);
        for (const bool comparison : {false, true}) {
            for (int i = 0; i < kStageCount; ++i) {
                auto* line = new QLineSeries;
                line->setName(analytics::stageLabel(FunnelStage(i)));
                QPen pen(kStageColors[i]);
                pen.setWidthF(comparison ? 1.6 : 2.0);
                if (comparison)
                    pen.setDashPattern({3.0, 2.0});
                line->setPen(pen);
                chart->addSeries(line);
                line->attachAxis(m_dailyAxis);
                line->attachAxis(m_dailyValues);
                connect(line, &QLineSeries::clicked, this, [this, i, comparison](const QPointF& p) {
                    const QList<QDate>& days = comparison ? m_dailyCompareDays : m_dailyDays;
                    const int index = int(std::lround(p.x()));
                    if (index >= 0 && index < days.size())
                        emit dayClicked(i, days[index], comparison);
                });
                connect(line, &QLineSeries::hovered, this,
                        [this, i, comparison](const QPointF& p, bool on) {
                            showDailyTip(comparison, i, p, on);
                        });
                (comparison ? m_dailyCompare : m_daily).append(line);
            }
        }
        // The stages' names under the plot, in as many rows as the width asks (Qt Charts'
        // legend would cut "Zahlungslink gesendet" short beside the plot of a narrow chart).
        chart->legend()->hide();
        m_dailyLegend = new ChartLegend(chart);
        QList<ChartLegend::Entry> entries;
        for (int i = 0; i < kStageCount; ++i)
            entries.append({analytics::stageLabel(FunnelStage(i)), kStageColors[i]});
        m_dailyLegend->setEntries(entries);
        connect(
            chart, &QChart::plotAreaChanged, this,
            [this] {
                m_dailyLegend->fit();
                fitTicks(DailyChart);
                layoutDayAxis(DailyChart);
            },
            Qt::QueuedConnection);
        m_views[DailyChart] = makeView(chart, this);
    }
    // Objections per day: one bar per day, two (A, B) when comparing; x is the index of the day
    // in the period, as in the daily chart.
    {
        QChart* chart = makeChart(tr("Objections per day"));
        chart->legend()->hide();
        m_objections = new QBarSeries;
        m_objections->setBarWidth(0.7);
        chart->addSeries(m_objections);
        m_objectionsAxis = makeDayAxis();
        m_objectionsAxis->setGridLineVisible(false); // a line through every labelled bar
        m_objectionsValues = makeDataAxis();
        chart->addAxis(m_objectionsAxis, Qt::AlignBottom);
        chart->addAxis(m_objectionsValues, Qt::AlignLeft);
        m_ticks[ObjectionsChart] = addTickAxis(chart, Qt::AlignLeft);
        m_objections->attachAxis(m_objectionsAxis);
        m_objections->attachAxis(m_objectionsValues);
        connect(m_objections, &QBarSeries::clicked, this, [this](int index, QBarSet* set) {
            const bool comparison = m_objections->barSets().indexOf(set) == 1;
            const QList<QDate>& days = comparison ? m_objectionCompareDays : m_objectionDays;
            if (index >= 0 && index < days.size())
                emit objectionDayClicked(days[index], comparison);
        });
        connect(m_objections, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet* set) {
            const bool comparison = m_objections->barSets().indexOf(set) == 1;
            const QList<QDate>& days = comparison ? m_objectionCompareDays : m_objectionDays;
            if (!on || index < 0 || index >= days.size() || index >= set->count()) {
                QToolTip::hideText();
                return;
            }
            showScopeTip(comparison,
                         tr("%1: %n objection(s)\nClick to open these conversations", nullptr,
                            int(set->at(index)))
                             .arg(QLocale().toString(days[index], QLocale::LongFormat)));
        });
        connect(
            chart, &QChart::plotAreaChanged, this,
            [this] {
                fitTicks(ObjectionsChart);
                layoutDayAxis(ObjectionsChart);
            },
            Qt::QueuedConnection);
        m_views[ObjectionsChart] = makeView(chart, this);
    }
    // Most frequent objection types.
    {
        QChart* chart = makeChart(tr("Most frequent objections"));
        m_types = new QHorizontalBarSeries;
        m_types->setLabelsVisible(true);
        m_types->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_types->setLabelsFormat(QStringLiteral("@value"));
        m_types->setBarWidth(0.8);
        chart->addSeries(m_types);
        m_typesAxis = new QBarCategoryAxis;
        m_typesAxis->setTruncateLabels(false);
        m_typesValues = makeDataAxis();
        chart->addAxis(m_typesAxis, Qt::AlignLeft);
        chart->addAxis(m_typesValues, Qt::AlignBottom);
        m_ticks[ObjectionTypesChart] = addTickAxis(chart, Qt::AlignBottom);
        m_types->attachAxis(m_typesAxis);
        m_types->attachAxis(m_typesValues);
        connect(
            chart, &QChart::plotAreaChanged, this,
            [this] {
                fitBarLabels(ObjectionTypesChart, true);
                fitTicks(ObjectionTypesChart);
            },
            Qt::QueuedConnection);
        m_views[ObjectionTypesChart] = makeView(chart, this);
    }
    // Revenue per campaign.
    {
        QChart* chart = makeChart(tr("Revenue per campaign"));
        m_revenue = new QBarSeries;
        m_revenue->setLabelsVisible(true);
        m_revenue->setLabelsFormat(QStringLiteral("@value"));
        m_revenue->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        m_revenue->setLabelsAngle(-90);
        chart->addSeries(m_revenue);
        m_revenueAxis = new QBarCategoryAxis;
        m_revenueAxis->setTruncateLabels(false);
        m_revenueValues = makeDataAxis();
        chart->addAxis(m_revenueAxis, Qt::AlignBottom);
        chart->addAxis(m_revenueValues, Qt::AlignLeft);
        m_ticks[RevenueChart] = addTickAxis(chart, Qt::AlignLeft);
        m_revenue->attachAxis(m_revenueAxis);
        m_revenue->attachAxis(m_revenueValues);
        connect(
            chart, &QChart::plotAreaChanged, this,
            [this] {
                fitBarLabels(RevenueChart, true);
                fitTicks(RevenueChart);
            },
            Qt::QueuedConnection);
        m_views[RevenueChart] = makeView(chart, this);
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    // Twelve equal columns. The two charts whose names stand on a vertical axis get the larger
    // share: Qt Charts gives the axes at most 40 % of a chart's width, and German stage and
    // objection names ("Zahlungslink gesendet 42,6 % · 3,6 %") need it.
    for (int c = 0; c < 12; ++c)
        grid->setColumnStretch(c, 1);
    grid->addWidget(m_views[FunnelChart], 0, 0, 1, 7);
    grid->addWidget(m_views[DailyChart], 0, 7, 1, 5);
    grid->addWidget(m_views[ObjectionsChart], 1, 0, 1, 4);
    grid->addWidget(m_views[ObjectionTypesChart], 1, 4, 1, 5);
    grid->addWidget(m_views[RevenueChart], 1, 9, 1, 3);
}

void FunnelCharts::changeEvent(QEvent* event)
{
    // A change of scheme while the page is open: the charts' surfaces, axes and labels follow.
    if (event->type() == QEvent::PaletteChange)
        for (QChartView* view : m_views)
            if (view && view->chart()) {
                styleChart(view->chart(), palette());
                view->viewport()->update();
            }
    QWidget::changeEvent(event);
}

void FunnelCharts::update(const analytics::FunnelReport& report, const QString& labelA,
                          const QString& labelB)
{
    m_scopes[0] = report.comparison ? labelA : QString();
    m_scopes[1] = report.comparison ? labelB : QString();
    updateFunnel(report, labelA);
    updateDaily(report);
    updateObjections(report);
    updateRevenue(report, labelA);
}

void FunnelCharts::showScopeTip(bool comparison, const QString& text)
{
    const QString& scope = m_scopes[comparison ? 1 : 0];
    QToolTip::showText(QCursor::pos(), scope.isEmpty() ? text : scope + QLatin1Char('\n') + text);
}

void FunnelCharts::updateFunnel(const analytics::FunnelReport& report, const QString& labelA)
{
    QList<std::pair<QString, QString>> categories;
    const analytics::FunnelSeries& a = report.primary;
    for (int i = kStageCount - 1; i >= 0; --i) {
        const auto st = FunnelStage(i);
        // Per stage: its name and, for the first scope, the conversion from the stage before and
        // from the top; the tooltip and the table under the charts have both sides.
        QString conversions;
        if (i > 0 && !report.comparison)
            conversions = tr("%1 · %2").arg(percent(a.fromPrevious(st)), percent(a.fromTop(st)));
        categories.append({analytics::stageLabel(st), conversions});
    }
    QList<std::pair<QString, QList<qreal>>> sets;
    auto values = [&](const analytics::FunnelSeries& s) {
        QList<qreal> v;
        for (int i = kStageCount - 1; i >= 0; --i)
            v << qreal(s.totals[i]);
        return v;
    };
    // The legend (only when comparing) says "A" and "B": the page's header says what they are,
    // and a legend does not wrap.
    sets.append({report.comparison ? tr("A") : labelA, values(a)});
    if (report.comparison)
        sets.append({tr("B"), values(*report.comparison)});
    m_categoryParts[FunnelChart] = categories;
    setCategoryLabels(FunnelChart);
    m_bars[FunnelChart] = sets;
    m_barColors[FunnelChart] = {kScopeA, kScopeB};
    // Two bars a stage take a little more of the stage's height: their value labels sit side by
    // side across them and need a line of the smallest label font each.
    const qreal barWidth = report.comparison ? 0.9 : 0.8;
    if (m_funnel->barWidth() != barWidth)
        m_funnel->setBarWidth(barWidth);
    m_funnelTips.clear();
    for (const analytics::FunnelSeries* s :
         {&a, report.comparison ? &*report.comparison : nullptr}) {
        if (!s)
            continue;
        QStringList tips;
        for (int i = 0; i < kStageCount; ++i) {
            const auto st = FunnelStage(i);
            tips << tr("%1: %2\n%3 of the stage before, %4 of clicks\nClick to open these "
                       "conversations")
                        .arg(analytics::stageLabel(st), QLocale().toString(s->count(st)),
                             percent(s->fromPrevious(st)), percent(s->fromTop(st)));
        }
        m_funnelTips.append(tips);
    }
    fitBarLabels(FunnelChart);
    m_views[FunnelChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

void FunnelCharts::setCategoryLabels(Id id)
{
    QBarCategoryAxis* axis = id == FunnelChart ? m_funnelAxis : m_typesAxis;
    const QList<std::pair<QString, QString>>& parts = m_categoryParts[id];
    const int width = m_views[id]->width();
    m_categorySize[id] = m_views[id]->size();
    const QFontMetricsF fm(axis->labelsFont());
    // Qt Charts gives a side axis at most about 40 % of the chart's width, draws a longer label
    // past the chart's edge (its shortening to "…" is off: it would cut every name) and hides a
    // label taller than its row. So a label takes the lines its row has room for: the name and
    // the conversions on one line, else on two, else the name alone (the conversions are in the
    // tooltip and the table), else the name over several lines, shortened only if even those do
    // not hold it.
    const qreal room = std::max(width * 0.36 - fm.height(), fm.averageCharWidth() * 8);
    // A row's height: from the plot once it is laid out, else estimated (title, value axis).
    const QRectF plot = m_views[id]->chart()->plotArea();
    const qreal plotHeight =
        plot.height() > 0 ? plot.height() : m_views[id]->height() - 5.5 * fm.height() - 20;
    const qreal rowHeight = plotHeight / std::max<qsizetype>(1, parts.size());
    const int lines = std::clamp(int((rowHeight - 6) / fm.lineSpacing()), 1, 3);
    QStringList labels;
    const auto fits = [&](const QString& line) { return fm.horizontalAdvance(line) <= room; };
    for (const auto& [name, tail] : parts) {
        const QString line = tail.isEmpty() ? name : name + QStringLiteral("   ") + tail;
        QStringList text;
        if (fits(line))
            text = {line};
        else if (!tail.isEmpty() && lines >= 2 && fits(name) && fits(tail))
            text = {name, tail};
        else
            text = wrapWords(name, fm, room, lines);
        for (QString& line : text)
            line = line.toHtmlEscaped();
        labels << text.join(QStringLiteral("<br>"));
    }
    if (axis->categories() != labels) {
        axis->clear();
        axis->append(labels);
    }
}

void FunnelCharts::fitBarLabels(Id id, bool relayout)
{
    if ((id == FunnelChart || id == ObjectionTypesChart) &&
        m_views[id]->size() != m_categorySize[id])
        setCategoryLabels(id);
    QAbstractBarSeries* series = m_revenue;
    QValueAxis* values = m_revenueValues;
    if (id == FunnelChart) {
        series = m_funnel;
        values = m_funnelValues;
    } else if (id == ObjectionTypesChart) {
        series = m_types;
        values = m_typesValues;
    }
    QChart* chart = m_views[id]->chart();
    // A new scale can move the plot's edges (longer tick labels) and so ask for another scale:
    // after a layout of the same view, the scale only grows and the labels keep their unit, so
    // that the chart settles; new data or a new size of the view start afresh.
    const bool growOnly = relayout && m_views[id]->size() == m_fittedSize[id];
    m_fittedSize[id] = m_views[id]->size();
    const QList<std::pair<QString, QList<qreal>>>& bars = m_bars[id];
    double top = 0;
    int categories = 0;
    for (const auto& set : bars) {
        categories = std::max(categories, int(set.second.size()));
        for (const qreal v : set.second)
            top = std::max(top, double(v));
    }
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    const QRectF plot = chart->plotArea();
    const qreal length = horizontal ? plot.width() : plot.height(); // along the values
    const qreal across = horizontal ? plot.height() : plot.width();
    const qreal thickness = categories > 0 && !bars.isEmpty()
                                ? across / categories * series->barWidth() / bars.size()
                                : across;
    // Labels side by side across the bars must not run into each other: the font follows the
    // thickness of a bar. Labels of upright bars lie on their side (several campaigns, each
    // with two scopes, leave a bar no wider than a word; and Qt Charts keeps a label's old
    // rotation when its angle goes back to 0).
    QFont labelFont = font();
    for (qreal pt = labelFont.pointSizeF(); pt > kMinLabelPoints; pt -= 0.5) {
        labelFont.setPointSizeF(pt);
        if (QFontMetricsF(labelFont).capHeight() + 2 <= thickness)
            break;
    }
    const QFontMetricsF fm(labelFont);
    const QLocale locale = chart->locale();

    // Room along the values: a bar of value v ends at v / max × length and its label takes
    // its text (as Qt Charts writes it: "@value" with `precision` significant digits), Qt's
    // offset and margins beyond that; the smallest max that fits them all.
    auto needed = [&](const BarScale& scale) {
        double n = top;
        if (length <= 40)
            return n;
        for (const auto& set : bars) {
            for (const qreal v : set.second) {
                if (v <= 0)
                    continue;
                const QString text =
                    locale.toString(v / scale.divisor, 'g', scale.precision) + scale.suffix;
                const qreal extent = fm.horizontalAdvance(text) + 8;
                const qreal room = length - extent;
                n = std::max(n, room > length / 5 ? v * length / room : v * 5);
            }
        }
        return n;
    };
    // Exact numbers with the locale's digit grouping ("730,260") when they are below a million
    // and fit without squeezing the bars; else three significant digits of the largest value's
    // unit ("7.86M", "58.8k").
    BarScale scale = m_barScale[id];
    if (!growOnly) {
        const BarScale exact{1, QString(), top < 1 ? 1 : int(std::floor(std::log10(top))) + 1};
        const CompactUnit unit = compactUnit(top);
        // One label format serves every bar: a bar below the unit would read "0.697k" with three
        // digits; two keep it short ("0.7k") at the cost of the last digit of the largest.
        double smallest = top;
        for (const auto& set : bars)
            for (const qreal v : set.second)
                if (v > 0)
                    smallest = std::min(smallest, double(v));
        const BarScale compact{unit.divisor, unit.suffix, smallest < unit.divisor ? 2 : 3};
        scale = top < 1000 || (top < 1e6 && needed(exact) <= top * 1.6) ? exact : compact;
    }
    const double fitted = needed(scale);
    m_barScale[id] = scale;
    QList<std::pair<QString, QList<qreal>>> scaled = bars;
    if (scale.divisor != 1) {
        for (auto& set : scaled) {
            for (qreal& v : set.second)
                v /= scale.divisor;
        }
    }
    setBars(series, scaled, m_barColors[id]);
    const QString format = QStringLiteral("@value") + scale.suffix;
    if (series->labelsFormat() != format)
        series->setLabelsFormat(format);
    if (series->labelsPrecision() != scale.precision)
        series->setLabelsPrecision(scale.precision);

    const qreal angle = horizontal ? 0 : -90;
    // The names under upright bars stand on their side when they do not fit next to each
    // other (upright, not slanted: Qt Charts hides the outer names when their box is wider than
    // the bar's category).
    const QList<QAbstractAxis*> nameAxes = chart->axes(Qt::Horizontal, series);
    auto* names = horizontal ? nullptr : qobject_cast<QBarCategoryAxis*>(nameAxes.value(0));
    if (names && categories > 0) {
        const QFontMetricsF nf(names->labelsFont());
        qreal widest = 0;
        for (const QString& name : names->categories())
            widest = std::max(widest, nf.horizontalAdvance(name));
        const int turn = widest + nf.height() > across / categories ? -90 : 0;
        if (names->labelsAngle() != turn)
            names->setLabelsAngle(turn);
    }
    if (series->labelsAngle() != angle)
        series->setLabelsAngle(angle);
    const QColor color = palette().color(QPalette::WindowText);
    for (QBarSet* set : series->barSets()) {
        if (set->labelFont() != labelFont)
            set->setLabelFont(labelFont);
        if (set->labelColor() != color)
            set->setLabelColor(color);
    }

    const auto [max, ticks] = niceScale(fitted);
    if (growOnly && values->min() == 0 && values->max() * scale.divisor >= max * (1 - 1e-9))
        return;
    setRange(values, max / scale.divisor);
    setScale(id, max, ticks);
}

void FunnelCharts::updateDaily(const analytics::FunnelReport& report)
{
    const analytics::FunnelSeries& a = report.primary;
    const analytics::FunnelSeries* b = report.comparison ? &*report.comparison : nullptr;
    m_dailyDays = a.daily.keys();
    m_dailyCompareDays = b ? b->daily.keys() : QList<QDate>();
    // Another period is drawn over the first one's days: day 1 over day 1, and so on.
    m_dailyShifted = b && !m_dailyCompareDays.isEmpty() && !m_dailyDays.isEmpty() &&
                     m_dailyCompareDays.first() != m_dailyDays.first();
    double top = 0;
    for (const bool comparison : {false, true}) {
        const analytics::FunnelSeries* s = comparison ? b : &a;
        for (int i = 0; i < kStageCount; ++i) {
            QLineSeries* line = (comparison ? m_dailyCompare : m_daily)[i];
            QList<QPointF> points;
            if (s) {
                points.reserve(s->daily.size());
                int x = 0;
                for (auto it = s->daily.cbegin(); it != s->daily.cend(); ++it, ++x) {
                    points.append(QPointF(x, qreal(it.value()[i])));
                    top = std::max(top, double(it.value()[i]));
                }
            }
            if (line->points() != points)
                line->replace(points);
            line->setVisible(s != nullptr);
            line->setPointsVisible(points.size() == 1); // one day: a dot, no line
        }
    }
    // A new title lays the chart out again, even when it is the same.
    // Short enough for the chart's narrowest width (a longer one was cut off); the full
    // explanation is the chart's tooltip.
    const QString title = !b               ? tr("Events per day")
                          : m_dailyShifted ? tr("Events per day of period: A solid, B dashed")
                                           : tr("Events per day: A solid, B dashed");
    const QString explanation =
        m_dailyShifted ? tr("A solid, B dashed, aligned by day of period; B's dates are in grey "
                            "under A's.")
                       : QString();
    if (m_views[DailyChart]->chart()->title() != title)
        m_views[DailyChart]->chart()->setTitle(title);
    if (m_views[DailyChart]->toolTip() != explanation)
        m_views[DailyChart]->setToolTip(explanation);
    const auto [max, ticks] = niceScale(top * 1.05);
    setRange(m_dailyValues, max);
    setScale(DailyChart, max, ticks);
    m_dailyLegend->fit();
    layoutDayAxis(DailyChart);
}

void FunnelCharts::setScale(Id id, double max, int ticks)
{
    m_scale[id] = {max, ticks};
    fitTicks(id);
}

void FunnelCharts::fitTicks(Id id)
{
    const auto [max, ticks] = m_scale[id];
    if (ticks == 0)
        return;
    setTicks(m_ticks[id], max, ticksThatFit(m_views[id]->chart(), m_ticks[id], max, ticks));
}

void FunnelCharts::layoutDayAxis(Id id)
{
    const bool daily = id == DailyChart;
    QCategoryAxis* axis = daily ? m_dailyAxis : m_objectionsAxis;
    DayAxisLayout layout;
    layout.days = daily ? m_dailyDays : m_objectionDays;
    const QList<QDate>& compareDays = daily ? m_dailyCompareDays : m_objectionCompareDays;
    // The other period's dates, when it is drawn on these days (and as many of them as there
    // are days of the first; a longer other period continues the first's calendar).
    if (daily ? m_dailyShifted : m_objectionsShifted)
        layout.second = compareDays;
    while (!layout.days.isEmpty() && layout.days.size() < compareDays.size())
        layout.days << layout.days.last().addDays(1);
    while (!layout.second.isEmpty() && layout.second.size() < layout.days.size())
        layout.second << layout.second.last().addDays(1);
    QChart* chart = m_views[id]->chart();
    const QRectF plot = chart->plotArea();
    // Labels may reach into the margins beside the plot: half of the value axis' side (its
    // lowest label sits there), all of the other side.
    layout.width = plot.width();
    layout.leftRoom = (plot.left() - chart->margins().left()) / 2;
    layout.rightRoom = chart->size().width() - chart->margins().right() - plot.right() - 2;
    layout.font = axis->labelsFont();
    // Live updates mostly change counts, not days: then the labels stay as they are.
    DayAxisLayout& last = m_dayAxisLayout[daily ? 0 : 1];
    if (layout == last)
        return;
    const DayLabels labels = layout.width > 0
                                 ? dayAxisLabels(layout.days, layout.second, layout.width,
                                                 layout.leftRoom, layout.rightRoom, layout.font)
                                 : DayLabels();
    setDayAxis(axis, int(layout.days.size()), labels);
    last = std::move(layout);
}

void FunnelCharts::showDailyTip(bool comparison, int stage, const QPointF& point, bool on)
{
    const QList<QDate>& days = comparison ? m_dailyCompareDays : m_dailyDays;
    const QList<QLineSeries*>& lines = comparison ? m_dailyCompare : m_daily;
    const int index = int(std::lround(point.x()));
    if (!on || index < 0 || index >= days.size() || index >= lines[stage]->count()) {
        QToolTip::hideText();
        return;
    }
    showScopeTip(comparison, tr("%1, %2: %3")
                                     .arg(analytics::stageLabel(FunnelStage(stage)),
                                          QLocale().toString(days[index], QLocale::LongFormat),
                                          QLocale().toString(qint64(lines[stage]->at(index).y()))) +
                                 QLatin1Char('\n') + tr("Click to open these conversations"));
}

void FunnelCharts::updateObjections(const analytics::FunnelReport& report)
{
    const analytics::FunnelSeries& s = report.primary;
    const analytics::FunnelSeries* b = report.comparison ? &*report.comparison : nullptr;
    double top = 0;
    // One bar per day (A and B side by side when comparing, B's day i beside A's day i); the
    // axis names as many days as fit (layoutDayAxis).
    auto perDay = [&top](const analytics::FunnelSeries& series, QList<QDate>& days) {
        QList<qreal> counts;
        counts.reserve(series.objectionsDaily.size());
        days.clear();
        for (auto it = series.objectionsDaily.cbegin(); it != series.objectionsDaily.cend(); ++it) {
            days.append(it.key());
            counts << qreal(it.value());
            top = std::max(top, double(it.value()));
        }
        return counts;
    };
    QList<std::pair<QString, QList<qreal>>> bars;
    if (b) {
        bars.append({tr("A"), perDay(s, m_objectionDays)});
        bars.append({tr("B"), perDay(*b, m_objectionCompareDays)});
    } else {
        bars.append({tr("Objections"), perDay(s, m_objectionDays)});
        m_objectionCompareDays.clear();
    }
    m_objectionsShifted = b && !m_objectionCompareDays.isEmpty() && !m_objectionDays.isEmpty() &&
                          m_objectionCompareDays.first() != m_objectionDays.first();
    QChart* chart = m_views[ObjectionsChart]->chart();
    // Two bars a day take a little more of the day's width.
    const qreal barWidth = b ? 0.8 : 0.7;
    if (m_objections->barWidth() != barWidth)
        m_objections->setBarWidth(barWidth);
    setBars(m_objections, bars,
            b ? QList<QColor>{kScopeA, kScopeB} : QList<QColor>{kObjectionsColor});
    const QString title = m_objectionsShifted ? tr("Objections per day (B's dates in grey)")
                                              : tr("Objections per day");
    if (chart->title() != title)
        chart->setTitle(title);
    chart->legend()->setVisible(b != nullptr);
    const auto [max, ticks] = niceScale(top * 1.05);
    setRange(m_objectionsValues, max);
    setScale(ObjectionsChart, max, ticks);
    layoutDayAxis(ObjectionsChart);

    // Top types, most frequent at the top (a horizontal category axis lists bottom-up).
    QList<QPair<QString, qint64>> types = s.topObjections().mid(0, 8);
    std::reverse(types.begin(), types.end());
    QList<std::pair<QString, QString>> names;
    QList<qreal> countsA, countsB;
    for (const auto& [name, n] : types) {
        names.append({analytics::objectionLabel(name), QString()});
        countsA << qreal(n);
        if (report.comparison)
            countsB << qreal(report.comparison->objectionTypes.value(name));
    }
    m_categoryParts[ObjectionTypesChart] = names;
    setCategoryLabels(ObjectionTypesChart);
    QList<std::pair<QString, QList<qreal>>> sets{{tr("A"), countsA}};
    if (report.comparison)
        sets.append({tr("B"), countsB});
    m_bars[ObjectionTypesChart] = sets;
    m_barColors[ObjectionTypesChart] =
        report.comparison ? QList<QColor>{kScopeA, kScopeB} : QList<QColor>{kObjectionsColor};
    fitBarLabels(ObjectionTypesChart);
    m_views[ObjectionTypesChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

void FunnelCharts::updateRevenue(const analytics::FunnelReport& report, const QString& labelA)
{
    // Campaigns by revenue of the first scope; amounts in the currency's main unit.
    QStringList ids;
    for (const analytics::FunnelRevenue& r : report.primary.revenue) {
        if (!ids.contains(r.campaignId))
            ids << r.campaignId;
    }
    if (report.comparison) {
        for (const analytics::FunnelRevenue& r : report.comparison->revenue) {
            if (!ids.contains(r.campaignId))
                ids << r.campaignId;
        }
    }
    QStringList currencies;
    auto amounts = [&](const analytics::FunnelSeries& s) {
        QList<qreal> v(ids.size(), 0.0);
        for (const analytics::FunnelRevenue& r : s.revenue) {
            v[ids.indexOf(r.campaignId)] += qreal(r.cents) / 100.0;
            if (!currencies.contains(r.currency.toUpper()))
                currencies << r.currency.toUpper();
        }
        return v;
    };
    // Short legend names, as in the other charts (the page's header says what A and B are).
    QList<std::pair<QString, QList<qreal>>> sets{
        {report.comparison ? tr("A") : labelA, amounts(report.primary)}};
    if (report.comparison)
        sets.append({tr("B"), amounts(*report.comparison)});
    QStringList names;
    for (const QString& id : ids) {
        const analytics::FunnelCampaign* c = report.campaign(id);
        names << (c ? c->code : id);
    }
    if (m_revenueAxis->categories() != names) {
        m_revenueAxis->clear();
        m_revenueAxis->append(names);
    }
    m_bars[RevenueChart] = sets;
    m_barColors[RevenueChart] =
        report.comparison ? QList<QColor>{kScopeA, kScopeB} : QList<QColor>{kRevenueColor};
    fitBarLabels(RevenueChart);
    const QString currency = currencies.join(QStringLiteral(", "));
    if (m_ticks[RevenueChart]->titleText() != currency)
        m_ticks[RevenueChart]->setTitleText(currency);
    m_views[RevenueChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

} // namespace limitless::ui
