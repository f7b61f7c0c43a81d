#include "FunnelCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace limitless::ui {

using analytics::FunnelStage;
using analytics::kStageCount;

namespace {

// One colour per stage, the same in every chart, readable on white and in print.
const QColor kStageColors[kStageCount] = {QColor(0x74, 0x8f, 0xfc), QColor(0x4c, 0x6e, 0xf5),
                                          QColor(0x15, 0xaa, 0xbf), QColor(0x40, 0xc0, 0x57),
                                          QColor(0xfa, 0xb0, 0x05), QColor(0xe6, 0x49, 0x80)};
const QColor kScopeA(0x4c, 0x6e, 0xf5);
const QColor kScopeB(0xf7, 0x67, 0x07);

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not replay animations
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    return chart;
}

// A round upper bound for an axis (never 0, so an empty chart still has a scale).
double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= v * 1.1)
            return m * p;
    }
    return 10 * p;
}

QString percent(double r)
{
    return r < 0 ? QStringLiteral("–") : QLocale().toString(r * 100.0, 'f', 1) + QLatin1Char('%');
}

// Replaces a bar series' sets when their number changed, else the values in place.
void setBars(QAbstractBarSeries* series, const QList<std::pair<QString, QList<qreal>>>& sets,
             const QList<QColor>& colors)
{
    if (series->count() != sets.size()) {
        series->clear();
        for (int i = 0; i < sets.size(); ++i) {
            auto* set = new QBarSet(sets[i].first);
            set->setColor(colors.value(i, kScopeA));
            set->setBorderColor(colors.value(i, kScopeA));
            series->append(set);
        }
    }
    const QList<QBarSet*> existing = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet* set = existing[i];
        set->setLabel(sets[i].first);
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

} // namespace

FunnelCharts::FunnelCharts(QWidget* parent) : QWidget(parent)
{
    // Funnel: one horizontal bar per stage, top to bottom (two per stage when comparing); the
    // stage axis carries the conversions, where there is room for them.
    {
        QChart* chart = makeChart(tr("Funnel"));
        m_funnel = new QHorizontalBarSeries;
        m_funnel->setLabelsVisible(true);
        m_funnel->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        m_funnel->setLabelsFormat(QStringLiteral("@value"));
        m_funnel->setBarWidth(0.8);
        chart->addSeries(m_funnel);
        m_funnelAxis = new QBarCategoryAxis;
        m_funnelAxis->setTruncateLabels(false);
        m_funnelValues = new QValueAxis;
        m_funnelValues->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(m_funnelAxis, Qt::AlignLeft);
        chart->addAxis(m_funnelValues, Qt::AlignBottom);
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
                    QToolTip::showText(QCursor::pos(), m_funnelTips[side][stage]);
                });
        m_views[FunnelChart] = makeView(chart, this);
    }
    // Events per day per stage.
    {
        QChart* chart = makeChart(tr("Events per day"));
        m_dailyAxis = new QDateTimeAxis;
        m_dailyAxis->setFormat(QStringLiteral("d MMM"));
        m_dailyValues = new QValueAxis;
        m_dailyValues->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(m_dailyAxis, Qt::AlignBottom);
        chart->addAxis(m_dailyValues, Qt::AlignLeft);
        for (int i = 0; i < kStageCount; ++i) {
            auto* line = new QLineSeries;
            line->setName(analytics::stageLabel(FunnelStage(i)));
            QPen pen(kStageColors[i]);
            pen.setWidthF(2.0);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(m_dailyAxis);
            line->attachAxis(m_dailyValues);
            connect(line, &QLineSeries::clicked, this, [this, i](const QPointF& p) {
                // Points sit at local noon; the nearest day is the one clicked.
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC);
                emit dayClicked(i, at.addSecs(12 * 3600).date());
            });
            m_daily.append(line);
        }
        m_views[DailyChart] = makeView(chart, this);
    }
    // Objections per day.
    {
        QChart* chart = makeChart(tr("Objections per day"));
        chart->legend()->hide();
        m_objections = new QBarSeries;
        chart->addSeries(m_objections);
        m_objectionsAxis = new QBarCategoryAxis;
        m_objectionsAxis->setTruncateLabels(false);
        m_objectionsValues = new QValueAxis;
        m_objectionsValues->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(m_objectionsAxis, Qt::AlignBottom);
        chart->addAxis(m_objectionsValues, Qt::AlignLeft);
        m_objections->attachAxis(m_objectionsAxis);
        m_objections->attachAxis(m_objectionsValues);
        connect(m_objections, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
            if (index >= 0 && index < m_objectionDays.size())
                emit objectionDayClicked(m_objectionDays[index]);
        });
        m_views[ObjectionsChart] = makeView(chart, this);
    }
    // Most frequent objection types.
    {
        QChart* chart = makeChart(tr("Most frequent objections"));
        m_types = new QHorizontalBarSeries;
        m_types->setLabelsVisible(true);
        m_types->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(m_types);
        m_typesAxis = new QBarCategoryAxis;
        m_typesAxis->setTruncateLabels(false);
        m_typesValues = new QValueAxis;
        m_typesValues->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(m_typesAxis, Qt::AlignLeft);
        chart->addAxis(m_typesValues, Qt::AlignBottom);
        m_types->attachAxis(m_typesAxis);
        m_types->attachAxis(m_typesValues);
        m_views[ObjectionTypesChart] = makeView(chart, this);
    }
    // Revenue per campaign.
    {
        QChart* chart = makeChart(tr("Revenue per campaign"));
        m_revenue = new QBarSeries;
        m_revenue->setLabelsVisible(true);
        m_revenue->setLabelsFormat(QStringLiteral("@value"));
        m_revenue->setLabelsAngle(-90);
        m_revenue->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        chart->addSeries(m_revenue);
        m_revenueAxis = new QBarCategoryAxis;
        m_revenueAxis->setTruncateLabels(false);
        m_revenueValues = new QValueAxis;
        m_revenueValues->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(m_revenueAxis, Qt::AlignBottom);
        chart->addAxis(m_revenueValues, Qt::AlignLeft);
        m_revenue->attachAxis(m_revenueAxis);
        m_revenue->attachAxis(m_revenueValues);
        m_views[RevenueChart] = makeView(chart, this);
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_views[FunnelChart], 0, 0, 1, 3);
    grid->addWidget(m_views[DailyChart], 0, 3, 1, 3);
    grid->addWidget(m_views[ObjectionsChart], 1, 0, 1, 2);
    grid->addWidget(m_views[ObjectionTypesChart], 1, 2, 1, 2);
    grid->addWidget(m_views[RevenueChart], 1, 4, 1, 2);
}

void FunnelCharts::update(const analytics::FunnelReport& report, const QString& labelA,
                          const QString& labelB)
{
    updateFunnel(report, labelA, labelB);
    updateDaily(report);
    updateObjections(report);
    updateRevenue(report, labelA, labelB);
}

void FunnelCharts::updateFunnel(const analytics::FunnelReport& report, const QString& labelA,
                                const QString& labelB)
{
    QStringList categories;
    const analytics::FunnelSeries& a = report.primary;
    for (int i = kStageCount - 1; i >= 0; --i) {
        const auto st = FunnelStage(i);
        // One line per stage: its name and, for the first scope, the conversion from the stage
        // before and from the top; the tooltip and the table under the charts have both sides.
        QString text = analytics::stageLabel(st);
        if (i > 0 && !report.comparison)
            text += QStringLiteral("   ") +
                    tr("%1 · %2").arg(percent(a.fromPrevious(st)), percent(a.fromTop(st)));
        categories << text;
    }
    QList<std::pair<QString, QList<qreal>>> sets;
    double top = 0;
    auto values = [&](const analytics::FunnelSeries& s) {
        QList<qreal> v;
        for (int i = kStageCount - 1; i >= 0; --i) {
            v << qreal(s.totals[i]);
            top = std::max(top, double(s.totals[i]));
        }
        return v;
    };
    sets.append({labelA, values(a)});
    if (report.comparison)
        sets.append({labelB, values(*report.comparison)});
    if (m_funnelAxis->categories() != categories) {
        m_funnelAxis->clear();
        m_funnelAxis->append(categories);
    }
    setBars(m_funnel, sets, {kScopeA, kScopeB});
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
    m_funnelValues->setRange(0, niceMax(top));
    m_funnelValues->applyNiceNumbers();
    m_views[FunnelChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

void FunnelCharts::updateDaily(const analytics::FunnelReport& report)
{
    const analytics::FunnelSeries& s = report.primary;
    const QTimeZone zone = report.request.zone();
    double top = 0;
    for (int i = 0; i < kStageCount; ++i) {
        QList<QPointF> points;
        points.reserve(s.daily.size());
        for (auto it = s.daily.cbegin(); it != s.daily.cend(); ++it) {
            // Noon of the local day, so a DST change never moves a point to another day.
            const qint64 x = QDateTime(it.key(), QTime(12, 0), zone).toMSecsSinceEpoch();
            points.append(QPointF(qreal(x), qreal(it.value()[i])));
            top = std::max(top, double(it.value()[i]));
        }
        m_daily[i]->replace(points);
    }
    if (!s.daily.isEmpty()) {
        m_dailyAxis->setRange(QDateTime(s.daily.firstKey(), QTime(0, 0), zone),
                              QDateTime(s.daily.lastKey(), QTime(23, 59), zone));
        m_dailyAxis->setTickCount(std::clamp(int(s.daily.size()), 2, 7));
    }
    m_dailyValues->setRange(0, niceMax(top));
    m_dailyValues->applyNiceNumbers();
}

void FunnelCharts::updateObjections(const analytics::FunnelReport& report)
{
    const analytics::FunnelSeries& s = report.primary;
    QStringList days;
    QList<qreal> perDay;
    double top = 0;
    m_objectionDays.clear();
    // One bar per day; the axis names the day of the month for up to two weeks, and for longer
    // periods only the range, in the axis title (thirty labels do not fit).
    const bool longPeriod = s.objectionsDaily.size() > 14;
    for (auto it = s.objectionsDaily.cbegin(); it != s.objectionsDaily.cend(); ++it) {
        m_objectionDays.append(it.key());
        days << (longPeriod ? it.key().toString(Qt::ISODate) : QString::number(it.key().day()));
        perDay << qreal(it.value());
        top = std::max(top, double(it.value()));
    }
    if (m_objectionsAxis->categories() != days) {
        m_objectionsAxis->clear();
        m_objectionsAxis->append(days);
    }
    setBars(m_objections, {{tr("Objections"), perDay}}, {QColor(0xe8, 0x59, 0x0c)});
    m_objectionsValues->setRange(0, niceMax(top));
    m_objectionsValues->applyNiceNumbers();
    m_objectionsAxis->setLabelsVisible(!longPeriod);
    QFont small = m_objectionsAxis->labelsFont();
    small.setPointSizeF(std::max(6.0, QFont().pointSizeF() * 0.75));
    m_objectionsAxis->setLabelsFont(small);
    m_views[ObjectionsChart]->chart()->setTitle(
        s.objectionsDaily.isEmpty() || !longPeriod
            ? tr("Objections per day")
            : tr("Objections per day, %1 – %2")
                  .arg(QLocale().toString(s.objectionsDaily.firstKey(), QStringLiteral("d MMM")),
                       QLocale().toString(s.objectionsDaily.lastKey(), QStringLiteral("d MMM"))));

    // Top types, most frequent at the top (a horizontal category axis lists bottom-up).
    QList<QPair<QString, qint64>> types = s.topObjections().mid(0, 8);
    std::reverse(types.begin(), types.end());
    QStringList names;
    QList<qreal> countsA, countsB;
    double topTypes = 0;
    for (const auto& [name, n] : types) {
        names << (name.isEmpty() ? tr("(not given)") : name);
        countsA << qreal(n);
        topTypes = std::max(topTypes, double(n));
        if (report.comparison) {
            const qint64 b = report.comparison->objectionTypes.value(name);
            countsB << qreal(b);
            topTypes = std::max(topTypes, double(b));
        }
    }
    if (m_typesAxis->categories() != names) {
        m_typesAxis->clear();
        m_typesAxis->append(names);
    }
    QList<std::pair<QString, QList<qreal>>> sets{{tr("A"), countsA}};
    if (report.comparison)
        sets.append({tr("B"), countsB});
    setBars(m_types, sets, {QColor(0xe8, 0x59, 0x0c), kScopeB});
    m_typesValues->setRange(0, niceMax(topTypes));
    m_typesValues->applyNiceNumbers();
    m_views[ObjectionTypesChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

void FunnelCharts::updateRevenue(const analytics::FunnelReport& report, const QString& labelA,
                                 const QString& labelB)
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
    QList<std::pair<QString, QList<qreal>>> sets{{labelA, amounts(report.primary)}};
    if (report.comparison)
        sets.append({labelB, amounts(*report.comparison)});
    QStringList names;
    for (const QString& id : ids) {
        const analytics::FunnelCampaign* c = report.campaign(id);
        names << (c ? c->code : id);
    }
    double top = 0;
    for (const auto& set : sets) {
        for (qreal v : set.second)
            top = std::max(top, double(v));
    }
    if (m_revenueAxis->categories() != names) {
        m_revenueAxis->clear();
        m_revenueAxis->append(names);
    }
    setBars(m_revenue, sets, {QColor(0x2f, 0x9e, 0x44), kScopeB});
    m_revenueValues->setRange(0, niceMax(top));
    m_revenueValues->applyNiceNumbers();
    m_revenueValues->setTitleText(currencies.join(QStringLiteral(", ")));
    m_views[RevenueChart]->chart()->legend()->setVisible(report.comparison.has_value());
}

} // namespace limitless::ui
