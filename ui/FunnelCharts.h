#pragma once

#include "analytics/FunnelReport.h"

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QCategoryAxis;
class QChartView;
class QHorizontalBarSeries;
class QLineSeries;
class QValueAxis;

namespace limitless::ui {

// The funnel page's charts (Qt Charts): the funnel itself, events per day per stage, objections
// per day, the most frequent objection types and revenue per campaign. update() changes the
// existing series in place when the shape is unchanged, so a live update does not rebuild the
// charts (no flicker, no lost hover).
//
// Bar values are written just past the end of each bar, never inside it (a short bar would cut
// them off): the value axis leaves room for the longest label and the label font follows the
// thickness of the bars. The day axes (events and objections per day) label as many days as
// fit (every day, every few days, weekly, monthly), recomputed when the chart is resized.
// When comparing, the daily chart draws the second scope dashed; another period is aligned by
// day of the period and its dates are written (grey) under the first scope's.
class FunnelCharts : public QWidget {
    Q_OBJECT

public:
    enum Id { FunnelChart, DailyChart, ObjectionsChart, ObjectionTypesChart, RevenueChart, Count };

    explicit FunnelCharts(QWidget* parent = nullptr);

    void update(const analytics::FunnelReport& report, const QString& labelA,
                const QString& labelB);
    QChartView* view(Id id) const { return m_views[id]; }

signals:
    // A funnel bar: `comparison` = the second scope's bar.
    void stageClicked(bool comparison, int stage);
    // A point of a stage's daily line; `comparison` = the second scope's (dashed) line, `day`
    // then is that scope's date.
    void dayClicked(int stage, QDate day, bool comparison = false);
    void objectionDayClicked(QDate day);

private:
    void updateFunnel(const analytics::FunnelReport& report, const QString& labelA,
                      const QString& labelB);
    void updateDaily(const analytics::FunnelReport& report, const QString& labelA,
                     const QString& labelB);
    void updateObjections(const analytics::FunnelReport& report);
    void updateRevenue(const analytics::FunnelReport& report, const QString& labelA,
                       const QString& labelB);
    // Sizes the bar chart's value labels (outside the bar ends) and its value axis to fit
    // them; `relayout` when called because the chart was laid out again.
    void fitBarLabels(Id id, bool relayout = false);
    // Chooses the labelled days of the daily or the objections chart for its current width.
    void layoutDayAxis(Id id);
    void showDailyTip(bool comparison, int stage, const QPointF& point, bool on);

    QChartView* m_views[Count] = {};
    QSize m_fittedSize[Count]; // the view's size when fitBarLabels last ran
    QHorizontalBarSeries* m_funnel = nullptr;
    QBarCategoryAxis* m_funnelAxis = nullptr;
    QList<QStringList> m_funnelTips; // per side, per stage: count and conversions
    QValueAxis* m_funnelValues = nullptr;
    QList<QLineSeries*> m_daily;        // first scope, per stage
    QList<QLineSeries*> m_dailyCompare; // second scope, per stage (dashed)
    QString m_dailyScopes[2];           // "A: …", "B: …" while comparing (for the tooltips)
    QCategoryAxis* m_dailyAxis = nullptr;
    QValueAxis* m_dailyValues = nullptr;
    QList<QDate> m_dailyDays;        // x = index into these (the first scope's days)
    QList<QDate> m_dailyCompareDays; // the second scope's days, same index = same day of period
    bool m_dailyShifted = false;     // the second scope is another period
    QBarSeries* m_objections = nullptr;
    QCategoryAxis* m_objectionsAxis = nullptr;
    QValueAxis* m_objectionsValues = nullptr;
    QList<QDate> m_objectionDays;
    QHorizontalBarSeries* m_types = nullptr;
    QBarCategoryAxis* m_typesAxis = nullptr;
    QValueAxis* m_typesValues = nullptr;
    QBarSeries* m_revenue = nullptr;
    QBarCategoryAxis* m_revenueAxis = nullptr;
    QValueAxis* m_revenueValues = nullptr;
};

} // namespace limitless::ui
