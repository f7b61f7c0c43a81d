#pragma once

#include "analytics/FunnelReport.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QDateTimeAxis;
class QLineSeries;
class QHorizontalBarSeries;

namespace limitless::ui {

// The funnel page's charts (Qt Charts): the funnel itself, events per day per stage, objections
// per day, the most frequent objection types and revenue per campaign. update() changes the
// existing series in place when the shape is unchanged, so a live update does not rebuild the
// charts (no flicker, no lost hover).
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
    // A point of a stage's daily line (first scope).
    void dayClicked(int stage, QDate day);
    void objectionDayClicked(QDate day);

private:
    void updateFunnel(const analytics::FunnelReport& report, const QString& labelA,
                      const QString& labelB);
    void updateDaily(const analytics::FunnelReport& report);
    void updateObjections(const analytics::FunnelReport& report);
    void updateRevenue(const analytics::FunnelReport& report, const QString& labelA,
                       const QString& labelB);

    QChartView* m_views[Count] = {};
    QHorizontalBarSeries* m_funnel = nullptr;
    QBarCategoryAxis* m_funnelAxis = nullptr;
    QList<QStringList> m_funnelTips; // per side, per stage: count and conversions
    QValueAxis* m_funnelValues = nullptr;
    QList<QLineSeries*> m_daily;
    QDateTimeAxis* m_dailyAxis = nullptr;
    QValueAxis* m_dailyValues = nullptr;
    QBarSeries* m_objections = nullptr;
    QBarCategoryAxis* m_objectionsAxis = nullptr;
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
