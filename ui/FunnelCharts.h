#pragma once

#include "analytics/FunnelReport.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QCategoryAxis;
class QChartView;
class QHorizontalBarSeries;
class QLineSeries;
class QValueAxis;

namespace limitless::ui {

class ChartLegend;

// The unit a compact number of this magnitude is written in: 1 (no suffix) below 1,000, then
// thousands ("k"), millions ("M"), billions ("B") and trillions ("T").
struct CompactUnit {
    double divisor = 1;
    QString suffix;
};
CompactUnit compactUnit(double magnitude);

// A number written short for a chart, the way dashboards do: "999", "1k", "23.9k", "7.9M",
// "-1.5k" (one decimal below 100 of the unit, none above; a trailing zero dropped; rounding up
// to 1,000 of a unit moves to the next: 999,999 is "1M"). Values below 1,000 keep their digits
// (up to two decimals). The decimal separator and minus sign are the locale's.
QString compactNumber(double value, const QLocale& locale = QLocale());

// The funnel page's charts (Qt Charts): the funnel itself, events per day per stage, objections
// per day, the most frequent objection types and revenue per campaign. update() changes the
// existing series in place when the shape is unchanged, so a live update does not rebuild the
// charts (no flicker, no lost hover).
//
// Bar values are written just past the end of each bar, never inside it (a short bar would cut
// them off): the value axis leaves room for the longest label and the label font follows the
// thickness of the bars. The day axes (events and objections per day) label as many days as
// fit (every day, every few days, weekly, monthly), recomputed when the chart is resized.
// When comparing, the daily chart draws the second scope dashed and the objections chart a second
// bar per day; another period is aligned by day of the period and its dates are written (grey)
// under the first scope's. Every chart that compares the scopes draws A in one colour and B in
// another (the same in all of them) and names them "A" and "B" in its legend: the page's header
// says what they are, the tooltips repeat it. The day axes are labelled again only when their
// days, the other period's dates or the chart's geometry changed, not on every update.
class FunnelCharts : public QWidget {
    Q_OBJECT

public:
    enum Id { FunnelChart, DailyChart, ObjectionsChart, ObjectionTypesChart, RevenueChart, Count };

    explicit FunnelCharts(QWidget* parent = nullptr);

    // `labelA`/`labelB` say what each scope is ("A: CODE, 2 May – 31 May"); the tooltips show
    // them when comparing.
    void update(const analytics::FunnelReport& report, const QString& labelA,
                const QString& labelB);
    QChartView* view(Id id) const { return m_views[id]; }
    // The daily chart's legend (its own: it wraps).
    const ChartLegend* dailyLegend() const { return m_dailyLegend; }

signals:
    // A funnel bar: `comparison` = the second scope's bar.
    void stageClicked(bool comparison, int stage);
    // A point of a stage's daily line; `comparison` = the second scope's (dashed) line, `day`
    // then is that scope's date.
    void dayClicked(int stage, QDate day, bool comparison = false);
    // A bar of the objections chart; `comparison` = the second scope's bar, `day` then is that
    // scope's date.
    void objectionDayClicked(QDate day, bool comparison = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFunnel(const analytics::FunnelReport& report, const QString& labelA);
    void updateDaily(const analytics::FunnelReport& report);
    void updateObjections(const analytics::FunnelReport& report);
    void updateRevenue(const analytics::FunnelReport& report, const QString& labelA);
    // Sizes the bar chart's value labels (outside the bar ends) and its value axis to fit
    // them; `relayout` when called because the chart was laid out again.
    void fitBarLabels(Id id, bool relayout = false);
    // Writes the stage or objection names of a horizontal bar chart (FunnelChart,
    // ObjectionTypesChart) onto its category axis, each on as many lines as the view's width asks.
    void setCategoryLabels(Id id);
    // Shows chart `id`'s value axis over 0…max with `ticks` round ticks, or fewer where the
    // plot is too short (or narrow) to label them all; fitTicks() again after a layout.
    void setScale(Id id, double max, int ticks);
    void fitTicks(Id id);
    // Chooses the labelled days of the daily or the objections chart for its current width
    // (nothing to do when neither the days nor the geometry changed since the last time).
    void layoutDayAxis(Id id);
    void showDailyTip(bool comparison, int stage, const QPointF& point, bool on);
    // Shows `text` as the tooltip, headed by the scope's label when comparing.
    void showScopeTip(bool comparison, const QString& text);

    // What a day axis was last labelled for.
    struct DayAxisLayout {
        QList<QDate> days, second;
        qreal width = -1, leftRoom = 0, rightRoom = 0;
        QFont font;
        bool operator==(const DayAxisLayout&) const = default;
    };

    QChartView* m_views[Count] = {};
    QSize m_fittedSize[Count]; // the view's size when fitBarLabels last ran
    // What the bar charts draw, before scaling: per set, its legend name and values; and the
    // set colours. fitBarLabels() writes them into the series, scaled to the unit of the labels.
    QList<std::pair<QString, QList<qreal>>> m_bars[Count];
    QList<QColor> m_barColors[Count];
    // The category names of a horizontal bar chart, each with what follows it on the axis (the
    // funnel's conversions), bottom-up; and the view's size they were wrapped for.
    QList<std::pair<QString, QString>> m_categoryParts[Count];
    QSize m_categorySize[Count];
    // The unit the bar labels are written in: exact ("730,260") or compact ("7.86M").
    struct BarScale {
        double divisor = 1;
        QString suffix;
        int precision = 6;
    };
    BarScale m_barScale[Count];
    // The value axis each chart shows (round ticks, compact labels: "200k", "1.5M"); the series
    // are plotted against a hidden axis of the same range in the unit of their value labels.
    QValueAxis* m_ticks[Count] = {};
    struct Scale {
        double max = 0;
        int ticks = 0; // before thinning to the plot's length
    };
    Scale m_scale[Count];
    QHorizontalBarSeries* m_funnel = nullptr;
    QBarCategoryAxis* m_funnelAxis = nullptr;
    QList<QStringList> m_funnelTips; // per side, per stage: count and conversions
    QValueAxis* m_funnelValues = nullptr;
    QList<QLineSeries*> m_daily;          // first scope, per stage
    QList<QLineSeries*> m_dailyCompare;   // second scope, per stage (dashed)
    ChartLegend* m_dailyLegend = nullptr; // the stages, named once
    QString m_scopes[2];                  // "A: …", "B: …" while comparing (for the tooltips)
    QCategoryAxis* m_dailyAxis = nullptr;
    QValueAxis* m_dailyValues = nullptr;
    QList<QDate> m_dailyDays;        // x = index into these (the first scope's days)
    QList<QDate> m_dailyCompareDays; // the second scope's days, same index = same day of period
    bool m_dailyShifted = false;     // the second scope is another period
    QBarSeries* m_objections = nullptr;
    QCategoryAxis* m_objectionsAxis = nullptr;
    QValueAxis* m_objectionsValues = nullptr;
    QList<QDate> m_objectionDays;        // bar i = this day (the first scope's)
    QList<QDate> m_objectionCompareDays; // the second scope's bar i = this day
    bool m_objectionsShifted = false;    // the second scope is another period
    DayAxisLayout m_dayAxisLayout[2];    // of the daily and the objections chart
    QHorizontalBarSeries* m_types = nullptr;
    QBarCategoryAxis* m_typesAxis = nullptr;
    QValueAxis* m_typesValues = nullptr;
    QBarSeries* m_revenue = nullptr;
    QBarCategoryAxis* m_revenueAxis = nullptr;
    QValueAxis* m_revenueValues = nullptr;
};

} // namespace limitless::ui
