// The Funnel page offscreen at 1280×800 and at 1064×800 (its width inside the main window, beside
// the navigation) on the demo business: single and comparison mode show
// the numbers FunnelQuery computes, drill-through asks for exactly the counted conversations,
// exports write PNG, SVG and CSV; every bar label and legend entry is drawn whole, the day axes
// name some days for any period, the daily and the objections charts draw both scopes when
// comparing (a B bar opens B's day), and every chart that compares the scopes draws A and B in
// the same two colours; the charts write big numbers short ("7.9M"). Screenshots go to
// <build>/screenshots/ for review.
#include "DemoDatabase.h"
#include "FunnelFixture.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include "Banner.h"
#include "ChartLegend.h"
#include "FunnelCharts.h"
#include "FunnelModel.h"
#include "FunnelPage.h"
#include "Theme.h"
#include "analytics/FunnelQuery.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <memory>
#include <vector>

using namespace limitless;
using analytics::FunnelStage;
using analytics::kStageCount;
using ui::ChartLegend;
using ui::FunnelCharts;
using ui::FunnelPage;

namespace {

bool waitLoaded(models::FunnelModel& m)
{
    return QTest::qWaitFor([&] { return m.isLoaded() && !m.isLoading(); }, 15000);
}

analytics::FunnelReport recount(db::PgConnection& conn, const analytics::FunnelRequest& r)
{
    db::DbError e;
    const auto report = analytics::FunnelQuery::parse(
        r, conn.execPipeline(analytics::FunnelQuery::statements(r)), &e);
    INFO(e.toString().toStdString());
    REQUIRE(report);
    return *report;
}

bool waitPeriod(FunnelPage& page, QDate from)
{
    return QTest::qWaitFor(
        [&] {
            return !page.model()->isLoading() && page.model()->report().primary.scope.from == from;
        },
        15000);
}

// The daily chart's own legend: the six stages in their colours, each name whole, inside the
// chart, under the plot and its day labels, no two overlapping.
void checkDailyLegend(FunnelPage& page)
{
    QChartView* view = page.charts()->view(FunnelCharts::DailyChart);
    QChart* chart = view->chart();
    const ChartLegend* legend = page.charts()->dailyLegend();
    REQUIRE(legend);
    CHECK_FALSE(chart->legend()->isVisible()); // Qt Charts' own would cut names short
    const QList<QGraphicsTextItem*> labels = legend->labels();
    REQUIRE(labels.size() == kStageCount);
    // The ink of a text item, in scene coordinates.
    auto ink = [](QGraphicsTextItem* text) {
        const qreal margin = text->document()->documentMargin();
        return text->mapRectToScene(
            text->boundingRect().adjusted(margin, margin, -margin, -margin));
    };
    const QRectF whole = chart->mapRectToScene(QRectF(QPointF(0, 0), chart->size()));
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    QList<QRectF> boxes;
    for (int i = 0; i < kStageCount; ++i) {
        QGraphicsTextItem* label = labels[i];
        INFO("legend entry " << label->toPlainText().toStdString());
        CHECK(label->toPlainText() == analytics::stageLabel(FunnelStage(i)));
        CHECK(legend->entries()[i].name == label->toPlainText());
        CHECK(label->isVisible());
        const QRectF box = ink(label);
        CHECK(whole.contains(box));
        CHECK(box.top() >= plot.bottom());
        for (const QRectF& other : std::as_const(boxes))
            CHECK_FALSE(other.intersects(box));
        boxes << box;
    }
    for (QGraphicsItem* item : view->scene()->items()) {
        auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible() || labels.contains(text) ||
            text->toPlainText().trimmed().isEmpty())
            continue;
        INFO("chart text " << text->toPlainText().toStdString());
        for (const QRectF& box : std::as_const(boxes))
            CHECK_FALSE(ink(text).intersects(box));
    }
}

// What the charts draw, checked on the scene: every value label of a bar lies inside the plot
// (the bar series clips its labels there, so one sticking out is cut off) and off every bar (a
// label half in a short bar, half beside it, is unreadable) and other labels, every axis has
// labels, and each day axis names at least one day, each label drawn whole (Qt Charts shortens
// a label that has no room to "...", and hides it when it leaves the axis); so is every entry of
// a visible legend (legends do not wrap: a long entry is cut with "..."). Value axes never write
// more than four digits (bigger numbers as "200k", "1.5M").
void checkCharts(FunnelPage& page)
{
    // A bar's value: "730,260", "58.8k", "7.86M" (in the locale's digits).
    static const QRegularExpression value(
        QStringLiteral("^[-\\x{2212}]?\\d[\\d.,'\\s\\x{a0}\\x{202f}]*[kMBT]?$"));
    QTest::qWait(300); // the charts refit their labels after each layout (queued)
    for (int id = 0; id < FunnelCharts::Count; ++id) {
        QChartView* view = page.charts()->view(FunnelCharts::Id(id));
        QChart* chart = view->chart();
        INFO("chart " << chart->title().toStdString());
        QStringList drawn;
        QList<QRectF> inks; // of the value labels, in their series' coordinates
        int barLabels = 0;
        for (QGraphicsItem* item : view->scene()->items()) {
            auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            drawn << text->toPlainText();
            QGraphicsItem* parent = text->parentItem();
            const bool number = value.match(text->toPlainText()).hasMatch();
            if (!number || !parent || !(parent->flags() & QGraphicsItem::ItemClipsChildrenToShape))
                continue;
            ++barLabels;
            // The ink of the digits: the label's box is taller than a thin bar.
            const QFontMetricsF fm(text->font());
            const qreal margin = text->document()->documentMargin();
            const QRectF ink =
                fm.tightBoundingRect(text->toPlainText()).translated(margin, margin + fm.ascent());
            const QRectF label = text->mapRectToParent(ink);
            INFO("label " << text->toPlainText().toStdString());
            CHECK(parent->boundingRect().adjusted(-1, -1, 1, 1).contains(label));
            // Off the bars: when comparing, the two bars of a stage are thinner than a line of
            // text, so a label may graze the edge of its neighbour; no more.
            for (QGraphicsItem* sibling : parent->childItems()) {
                auto* bar = qgraphicsitem_cast<QGraphicsRectItem*>(sibling);
                if (bar && bar->isVisible())
                    CHECK_FALSE(bar->mapRectToParent(bar->rect())
                                    .adjusted(2.5, 2.5, -2.5, -2.5)
                                    .intersects(label));
            }
            for (const QRectF& other : inks)
                CHECK_FALSE(other.intersects(label));
            inks << label;
        }
        bool bars = false;
        for (QAbstractSeries* series : chart->series()) {
            auto* barSeries = qobject_cast<QAbstractBarSeries*>(series);
            if (barSeries && barSeries->isLabelsVisible() && barSeries->count() > 0)
                bars = true;
        }
        if (bars)
            CHECK(barLabels > 0);
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* values = qobject_cast<QValueAxis*>(axis)) {
                if (!values->isVisible()) {
                    // The series' own axis: another value axis along it shows the scale.
                    bool shown = false;
                    for (QAbstractAxis* other : chart->axes(axis->orientation()))
                        shown = shown || (other->isVisible() && qobject_cast<QValueAxis*>(other));
                    CHECK(shown);
                    continue;
                }
                INFO("value axis " << values->labelFormat().toStdString());
                CHECK(values->max() < 10000);
            }
            CHECK(axis->isVisible());
            CHECK(axis->labelsVisible());
            if (auto* days = qobject_cast<QCategoryAxis*>(axis)) {
                const QStringList labels = days->categoriesLabels();
                CHECK(!labels.isEmpty());
                for (const QString& label : labels) {
                    const QString plain = QTextDocumentFragment::fromHtml(label).toPlainText();
                    INFO("day label " << plain.toStdString());
                    CHECK(!plain.trimmed().isEmpty());
                    CHECK(drawn.contains(plain));
                }
            } else if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                for (const QString& name : categories->categories()) {
                    INFO("category " << name.toStdString());
                    CHECK(!name.trimmed().isEmpty());
                    CHECK(drawn.contains(QTextDocumentFragment::fromHtml(name).toPlainText()));
                }
            }
        }
        if (chart->legend()->isVisible()) {
            for (QLegendMarker* marker : chart->legend()->markers()) {
                if (!marker->isVisible())
                    continue;
                INFO("legend entry " << marker->label().toStdString());
                CHECK(drawn.contains(marker->label()));
            }
        }
        if (id == FunnelCharts::DailyChart)
            checkDailyLegend(page);
    }
}

// Counts the layout requests posted to the objects it watches.
class LayoutRequests : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

// A live refresh with the same figures (the page refreshes several times a second while events
// stream in) changes nothing on the charts: no axis relabelled or rescaled, no bar set renamed
// or given new values, no chart or legend laid out again.
void checkQuietRefresh(FunnelPage& page)
{
    QTest::qWait(300); // the queued refits after the last layout
    LayoutRequests layouts;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    QStringList names;
    auto spy = [&](auto* object, auto signal, const QString& name) {
        spies.push_back(std::make_unique<QSignalSpy>(object, signal));
        names << name;
    };
    for (int id = 0; id < FunnelCharts::Count; ++id) {
        QChart* chart = page.charts()->view(FunnelCharts::Id(id))->chart();
        chart->installEventFilter(&layouts);
        chart->legend()->installEventFilter(&layouts);
        const QString title = chart->title();
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* days = qobject_cast<QCategoryAxis*>(axis))
                spy(days, &QCategoryAxis::categoriesChanged, title + QStringLiteral(": days"));
            else if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                spy(categories, &QBarCategoryAxis::categoriesChanged,
                    title + QStringLiteral(": categories"));
            else if (auto* values = qobject_cast<QValueAxis*>(axis))
                spy(values, &QValueAxis::rangeChanged, title + QStringLiteral(": values"));
        }
        for (QAbstractSeries* series : chart->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets()) {
                    spy(set, &QBarSet::labelChanged, title + QStringLiteral(": set label"));
                    spy(set, &QBarSet::valueChanged, title + QStringLiteral(": set values"));
                }
            }
        }
    }
    for (int k = 0; k < 3; ++k) {
        emit page.model()->reportChanged();
        QCoreApplication::processEvents();
    }
    QTest::qWait(100);
    CHECK(layouts.count == 0);
    for (size_t k = 0; k < spies.size(); ++k) {
        INFO(names[int(k)].toStdString());
        CHECK(spies[k]->isEmpty());
    }
    for (int id = 0; id < FunnelCharts::Count; ++id) {
        QChart* chart = page.charts()->view(FunnelCharts::Id(id))->chart();
        chart->removeEventFilter(&layouts);
        chart->legend()->removeEventFilter(&layouts);
    }
}

QAbstractBarSeries* barSeries(FunnelPage& page, FunnelCharts::Id id)
{
    // The one bar series (beside the hidden, empty series that holds the shown value axis).
    QList<QAbstractBarSeries*> bars;
    for (QAbstractSeries* series : page.charts()->view(id)->chart()->series()) {
        if (auto* b = qobject_cast<QAbstractBarSeries*>(series))
            bars << b;
        else
            CHECK(qobject_cast<QLineSeries*>(series)->count() == 0);
    }
    REQUIRE(bars.size() == 1);
    return bars.first();
}

// The objections chart: one bar set per scope (A, then B when comparing), day i of the scope's
// period at i, with the scope's count of that day.
void checkObjectionBars(FunnelPage& page, const analytics::FunnelReport& r)
{
    const QList<QBarSet*> sets = barSeries(page, FunnelCharts::ObjectionsChart)->barSets();
    REQUIRE(sets.size() == (r.comparison ? 2 : 1));
    for (int k = 0; k < sets.size(); ++k) {
        const analytics::FunnelSeries& s = k == 0 ? r.primary : *r.comparison;
        INFO("scope " << k);
        REQUIRE(sets[k]->count() == s.objectionsDaily.size());
        int i = 0;
        for (auto it = s.objectionsDaily.cbegin(); it != s.objectionsDaily.cend(); ++it, ++i)
            CHECK(sets[k]->at(i) == qreal(it.value()));
    }
    CHECK(page.charts()->view(FunnelCharts::ObjectionsChart)->chart()->legend()->isVisible() ==
          r.comparison.has_value());
}

// Every chart that compares the scopes (all but the daily one, whose lines keep the stage
// colours, B dashed) draws A in one colour and B in another, the same in all of them, two
// colours far apart on the colour wheel; their legends say "A" and "B".
void checkScopeColours(FunnelPage& page)
{
    QColor a, b;
    for (const FunnelCharts::Id id :
         {FunnelCharts::FunnelChart, FunnelCharts::ObjectionsChart,
          FunnelCharts::ObjectionTypesChart, FunnelCharts::RevenueChart}) {
        QChart* chart = page.charts()->view(id)->chart();
        INFO("chart " << chart->title().toStdString());
        const QList<QBarSet*> sets = barSeries(page, id)->barSets();
        REQUIRE(sets.size() == 2);
        if (!a.isValid()) {
            a = sets[0]->color();
            b = sets[1]->color();
        }
        CHECK(sets[0]->color() == a);
        CHECK(sets[0]->borderColor() == a);
        CHECK(sets[1]->color() == b);
        CHECK(sets[1]->borderColor() == b);
        CHECK(sets[0]->label() == QStringLiteral("A"));
        CHECK(sets[1]->label() == QStringLiteral("B"));
        CHECK(chart->legend()->isVisible());
    }
    const int hues = std::abs(a.hslHue() - b.hslHue());
    CHECK(std::min(hues, 360 - hues) >= 90);
}

// Clicks the middle of bar `index` of set `set` of an upright bar series, as a user would.
void clickBar(QChartView* view, QAbstractBarSeries* series, int set, int index)
{
    const qreal width = series->barWidth();
    const qreal x = index - width / 2 + (set + 0.5) * width / series->count();
    const qreal y = series->barSets()[set]->at(index) / 2;
    QChart* chart = view->chart();
    const QPoint at =
        view->mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(x, y), series)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

// A click on B's bar of its busiest day in the objections chart opens the conversations with an
// objection on B's date, of B's campaign: exactly the objections that bar counts.
void checkObjectionClick(FunnelPage& page, db::PgConnection& conn)
{
    const analytics::FunnelReport& r = page.model()->report();
    REQUIRE(r.comparison);
    int index = -1;
    QDate day;
    qint64 count = 0;
    int i = 0;
    for (auto it = r.comparison->objectionsDaily.cbegin();
         it != r.comparison->objectionsDaily.cend(); ++it, ++i) {
        if (it.value() > count) {
            index = i;
            day = it.key();
            count = it.value();
        }
    }
    REQUIRE(index >= 0);
    INFO("B's day " << day.toString(Qt::ISODate).toStdString());
    QSignalSpy clicked(page.charts(), &FunnelCharts::objectionDayClicked);
    QSignalSpy asked(&page, &FunnelPage::conversationsRequested);
    clickBar(page.charts()->view(FunnelCharts::ObjectionsChart),
             barSeries(page, FunnelCharts::ObjectionsChart), 1, index);
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.at(0).at(0).toDate() == day);
    CHECK(clicked.at(0).at(1).toBool());
    REQUIRE(asked.count() == 1);
    const auto f = asked.at(0).at(0).value<conversations::ConversationFilter>();
    CHECK(f.eventType == QStringLiteral("objection_raised"));
    CHECK(f.campaignIds == page.model()->request().comparison->campaignIds);
    // The demo's days are in Berlin's summer time (UTC+2).
    CHECK(f.eventFrom == QDateTime(day.addDays(-1), QTime(22, 0), Qt::UTC));
    CHECK(f.eventTo == QDateTime(day, QTime(22, 0), Qt::UTC));
    REQUIRE(f.campaignIds.size() == 1);
    const db::QueryResult n =
        conn.exec(QStringLiteral("select count(*) from analytics_events where event_type = $1 "
                                 "and created_at >= $2 and created_at < $3 and campaign_id = $4"),
                  {f.eventType, f.eventFrom, f.eventTo, f.campaignIds.first()});
    CHECK(n.scalar().toLongLong() == count);
}

QCategoryAxis* dayAxis(FunnelPage& page, FunnelCharts::Id id)
{
    const QList<QAbstractAxis*> axes = page.charts()->view(id)->chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* axis = qobject_cast<QCategoryAxis*>(axes.first());
    REQUIRE(axis);
    return axis;
}

// The daily chart's lines with points: the first scope's solid, the second's dashed.
std::pair<QList<QLineSeries*>, QList<QLineSeries*>> dailyLines(FunnelPage& page)
{
    QList<QLineSeries*> solid, dashed;
    for (QAbstractSeries* s : page.charts()->view(FunnelCharts::DailyChart)->chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || !line->isVisible() || line->count() == 0)
            continue;
        (line->pen().style() == Qt::SolidLine ? solid : dashed) << line;
    }
    return {solid, dashed};
}

// Each stage's line of `lines` has the scope's daily counts, day i at x = i.
void checkDaily(const QList<QLineSeries*>& lines, const analytics::FunnelSeries& s)
{
    REQUIRE(lines.size() == analytics::kStageCount);
    for (int stage = 0; stage < analytics::kStageCount; ++stage) {
        REQUIRE(lines[stage]->count() == s.daily.size());
        int x = 0;
        for (auto it = s.daily.cbegin(); it != s.daily.cend(); ++it, ++x) {
            CHECK(lines[stage]->at(x) == QPointF(x, qreal(it.value()[stage])));
        }
    }
}

} // namespace

TEST_CASE("the funnel page on the demo business, single and comparison", "[funnel][gui][db]")
{
    test::IsolatedSettings settings;
    ui::Theme::apply(*qApp);
    const QString url = test::demoFixtureUrl();
    auto conn = test::connect(url);

    db::Database database;
    database.open(url);
    REQUIRE(
        QTest::qWaitFor([&] { return database.state() == db::ConnectionState::Connected; }, 15000));

    FunnelPage page(&database);
    page.resize(1280, 800);
    page.setTimeZone("Europe/Berlin");
    // 21:00 UTC on 31 May is 23:00 in Berlin: "today" is still the 31st there.
    page.setNow(QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, Qt::UTC).addSecs(-3 * 3600));
    page.setPeriod(FunnelPage::Period::Last30);
    page.show();
    REQUIRE(waitLoaded(*page.model()));
    INFO(page.model()->lastError().toString().toStdString());

    const analytics::FunnelRequest single = page.currentRequest();
    CHECK(single.primary.to == QDate(2025, 5, 31));
    CHECK(single.primary.from == QDate(2025, 5, 2));
    const auto expected = recount(*conn, single);
    CHECK(page.model()->report().primary.totals == expected.primary.totals);
    CHECK(expected.primary.count(FunnelStage::Clicks) > 0);
    CHECK(expected.primary.count(FunnelStage::Paid) > 0);
    checkCharts(page);
    {
        const auto [solid, dashed] = dailyLines(page);
        checkDaily(solid, page.model()->report().primary);
        CHECK(dashed.isEmpty());
        checkObjectionBars(page, expected);
        for (const FunnelCharts::Id id :
             {FunnelCharts::FunnelChart, FunnelCharts::ObjectionsChart,
              FunnelCharts::ObjectionTypesChart, FunnelCharts::RevenueChart})
            CHECK_FALSE(page.charts()->view(id)->chart()->legend()->isVisible());
    }
    test::saveScreenshot(page, QStringLiteral("funnel-single"));
    // Inside the main window the navigation takes 216 px of 1280: the page is 1064 px wide.
    page.resize(1064, 800);
    checkCharts(page);
    test::saveScreenshot(page, QStringLiteral("funnel-single-1064"));
    page.resize(1280, 800);

    SECTION("comparison: the two busiest campaigns side by side, then the previous period")
    {
        QList<std::pair<qint64, QString>> byClicks;
        for (const analytics::FunnelCampaign& c : expected.campaigns)
            byClicks.append({c.counted[0], c.id});
        std::sort(byClicks.rbegin(), byClicks.rend());
        REQUIRE(byClicks.size() >= 2);
        page.setCampaign(byClicks[0].second);
        page.setComparison(FunnelPage::Compare::Campaign, byClicks[1].second);
        REQUIRE(QTest::qWaitFor(
            [&] { return page.model()->hasComparison() && !page.model()->isLoading(); }, 15000));
        const auto r = recount(*conn, page.currentRequest());
        REQUIRE(r.comparison);
        CHECK(page.model()->report().primary.totals == r.primary.totals);
        CHECK(page.model()->report().comparison->totals == r.comparison->totals);
        CHECK(r.primary.totals != r.comparison->totals);
        checkCharts(page);
        {
            // Both campaigns over the same days: B dashed, the axis names A's days only.
            const auto [solid, dashed] = dailyLines(page);
            checkDaily(solid, page.model()->report().primary);
            checkDaily(dashed, *page.model()->report().comparison);
            for (const QString& label : dayAxis(page, FunnelCharts::DailyChart)->categoriesLabels())
                CHECK_FALSE(label.contains(QStringLiteral("<br>")));
            // The objections chart: B's bar beside A's of the same day.
            checkObjectionBars(page, r);
            CHECK(r.primary.objectionsDaily.keys() == r.comparison->objectionsDaily.keys());
            CHECK(r.primary.objectionsDaily != r.comparison->objectionsDaily);
            for (const QString& label :
                 dayAxis(page, FunnelCharts::ObjectionsChart)->categoriesLabels())
                CHECK_FALSE(label.contains(QStringLiteral("<br>")));
            checkScopeColours(page);
            checkObjectionClick(page, *conn);
        }
        test::saveScreenshot(page, QStringLiteral("funnel-compare-campaigns"));
        page.resize(1064, 800);
        checkCharts(page);
        test::saveScreenshot(page, QStringLiteral("funnel-compare-campaigns-1064"));
        page.resize(1280, 800);

        page.setComparison(FunnelPage::Compare::PreviousPeriod);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !page.model()->isLoading() && page.model()->report().comparison &&
                       page.model()->report().comparison->scope.to == QDate(2025, 5, 1);
            },
            15000));
        const auto p = recount(*conn, page.currentRequest());
        CHECK(page.model()->report().comparison->totals == p.comparison->totals);
        checkCharts(page);
        {
            // The previous period drawn on the same days of the period: its day i over day i,
            // each label naming both dates.
            const auto [solid, dashed] = dailyLines(page);
            checkDaily(solid, page.model()->report().primary);
            checkDaily(dashed, *page.model()->report().comparison);
            for (const FunnelCharts::Id id :
                 {FunnelCharts::DailyChart, FunnelCharts::ObjectionsChart}) {
                const QStringList labels = dayAxis(page, id)->categoriesLabels();
                REQUIRE(!labels.isEmpty());
                for (const QString& label : labels) {
                    const QStringList dates =
                        QTextDocumentFragment::fromHtml(label).toPlainText().split(
                            QLatin1Char('\n'));
                    CHECK(dates.size() == 2);
                }
            }
            // The objections chart: B's day i beside A's day i.
            checkObjectionBars(page, p);
            CHECK(p.comparison->objectionsDaily.firstKey() == QDate(2025, 4, 2));
            CHECK(p.primary.objectionsDaily != p.comparison->objectionsDaily);
            checkScopeColours(page);
            checkObjectionClick(page, *conn);
            checkQuietRefresh(page);
            CHECK(page.charts()
                      ->view(FunnelCharts::DailyChart)
                      ->chart()
                      ->title()
                      .contains(QStringLiteral("dashed")));

            // A dashed point opens the second scope's conversations of its own day.
            QSignalSpy asked(page.model(), &models::FunnelModel::conversationsRequested);
            emit page.charts()->dayClicked(int(FunnelStage::Started), QDate(2025, 4, 20), true);
            REQUIRE(asked.count() == 1);
            const auto f = asked.at(0).at(0).value<conversations::ConversationFilter>();
            CHECK(f.eventFrom == QDateTime(QDate(2025, 4, 19), QTime(22, 0), Qt::UTC));
        }
        test::saveScreenshot(page, QStringLiteral("funnel-compare-periods"));
    }

    SECTION("today: a single day")
    {
        page.setPeriod(FunnelPage::Period::Today);
        REQUIRE(waitPeriod(page, QDate(2025, 5, 31)));
        checkCharts(page);
        CHECK(dayAxis(page, FunnelCharts::DailyChart)->categoriesLabels().size() == 1);
        CHECK(dayAxis(page, FunnelCharts::ObjectionsChart)->categoriesLabels().size() == 1);
        test::saveScreenshot(page, QStringLiteral("funnel-today"));
    }

    SECTION("long periods: 90 days, the previous 90 days, a custom year")
    {
        page.setPeriod(FunnelPage::Period::Last90);
        REQUIRE(waitPeriod(page, QDate(2025, 3, 3)));
        checkCharts(page);
        {
            QCategoryAxis* objections = dayAxis(page, FunnelCharts::ObjectionsChart);
            const QStringList labels = objections->categoriesLabels();
            CHECK(labels.size() >= 3);
            CHECK(labels.size() <= 15);
            CHECK(objections->max() == 89.5);
            const auto [solid, dashed] = dailyLines(page);
            checkDaily(solid, page.model()->report().primary);
        }
        test::saveScreenshot(page, QStringLiteral("funnel-90-days"));
        page.resize(1064, 800);
        checkCharts(page);
        test::saveScreenshot(page, QStringLiteral("funnel-90-days-1064"));
        page.resize(1280, 800);

        page.setComparison(FunnelPage::Compare::PreviousPeriod);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return !page.model()->isLoading() && page.model()->report().comparison &&
                       page.model()->report().comparison->scope.to == QDate(2025, 3, 2);
            },
            15000));
        checkCharts(page);
        {
            const auto [solid, dashed] = dailyLines(page);
            checkDaily(dashed, *page.model()->report().comparison);
            checkObjectionBars(page, page.model()->report());
            checkScopeColours(page);
        }
        test::saveScreenshot(page, QStringLiteral("funnel-90-days-compare-periods"));

        page.setComparison(FunnelPage::Compare::None);
        page.setCustomPeriod(QDate(2024, 6, 1), QDate(2025, 5, 31));
        REQUIRE(waitPeriod(page, QDate(2024, 6, 1)));
        REQUIRE_FALSE(page.model()->report().comparison);
        checkCharts(page);
        checkObjectionBars(page, page.model()->report());
        const QStringList labels = dayAxis(page, FunnelCharts::ObjectionsChart)->categoriesLabels();
        CHECK(labels.size() >= 2);
        test::saveScreenshot(page, QStringLiteral("funnel-custom-year"));
    }

    SECTION("drill-through asks for exactly the counted conversations")
    {
        QSignalSpy asked(&page, &FunnelPage::conversationsRequested);
        emit page.charts()->stageClicked(false, int(FunnelStage::Qualified));
        REQUIRE(asked.count() == 1);
        const auto f = asked.at(0).at(0).value<conversations::ConversationFilter>();
        CHECK(f.eventType == QStringLiteral("qualified"));
        CHECK(f.eventFrom == page.model()->report().primary.range.start);
        CHECK(f.eventTo == page.model()->report().primary.range.end);
        const db::QueryResult n = conn->exec(
            QStringLiteral("select count(distinct conversation_id) from analytics_events "
                           "where event_type = $1 and created_at >= $2 and created_at < $3"),
            {f.eventType, f.eventFrom, f.eventTo});
        CHECK(n.scalar().toLongLong() == expected.primary.count(FunnelStage::Qualified));

        emit page.charts()->stageClicked(false, int(FunnelStage::LinkSent));
        REQUIRE(asked.wait(5000));
        const auto links = asked.last().at(0).value<conversations::ConversationFilter>();
        CHECK(links.conversationIds.size() == expected.primary.count(FunnelStage::LinkSent));

        emit page.charts()->dayClicked(int(FunnelStage::Started), QDate(2025, 5, 20));
        const auto day = asked.last().at(0).value<conversations::ConversationFilter>();
        CHECK(day.eventType == QStringLiteral("conversation_started"));
        CHECK(day.eventFrom == QDateTime(QDate(2025, 5, 19), QTime(22, 0), Qt::UTC));
        CHECK(day.eventTo == QDateTime(QDate(2025, 5, 20), QTime(22, 0), Qt::UTC));
    }

    SECTION("every chart exports as PNG and SVG, its data as CSV")
    {
        QTemporaryDir dir;
        for (auto chart :
             {FunnelPage::Chart::Funnel, FunnelPage::Chart::Daily, FunnelPage::Chart::Objections,
              FunnelPage::Chart::ObjectionTypes, FunnelPage::Chart::Revenue}) {
            const QString base = dir.filePath(QString::number(int(chart)));
            REQUIRE(page.exportImage(chart, base + QStringLiteral(".png")));
            REQUIRE(page.exportImage(chart, base + QStringLiteral(".svg")));
            REQUIRE(page.exportCsv(chart, base + QStringLiteral(".csv")));
            QFile svg(base + QStringLiteral(".svg"));
            REQUIRE(svg.open(QIODevice::ReadOnly));
            CHECK(svg.readAll().contains("<svg"));
            QFile csv(base + QStringLiteral(".csv"));
            REQUIRE(csv.open(QIODevice::ReadOnly));
            CHECK(csv.readLine().startsWith("scope,"));
            CHECK(QImage(base + QStringLiteral(".png")).width() > 100);
        }
        QFile funnel(dir.filePath(QStringLiteral("0.csv")));
        REQUIRE(funnel.open(QIODevice::ReadOnly));
        const QByteArray text = funnel.readAll();
        CHECK(text.contains("qualified," +
                            QByteArray::number(expected.primary.count(FunnelStage::Qualified))));
    }
}

TEST_CASE("compact numbers for the charts", "[funnel]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    auto compact = [](double v, const QLocale& l) { return ui::compactNumber(v, l).toStdString(); };
    CHECK(compact(0, en) == "0");
    CHECK(compact(7, en) == "7");
    CHECK(compact(999, en) == "999");
    CHECK(compact(12.5, en) == "12.5");
    CHECK(compact(999.99, en) == "999.99");
    CHECK(compact(1000, en) == "1k");
    CHECK(compact(1049, en) == "1k");
    CHECK(compact(1500, en) == "1.5k");
    CHECK(compact(23900, en) == "23.9k");
    CHECK(compact(99960, en) == "100k");
    CHECK(compact(730260, en) == "730k");
    CHECK(compact(999999, en) == "1M");
    CHECK(compact(1000000, en) == "1M");
    CHECK(compact(7863230.45, en) == "7.9M");
    CHECK(compact(40000000, en) == "40M");
    CHECK(compact(2.5e9, en) == "2.5B");
    CHECK(compact(-999, en) == "-999");
    CHECK(compact(-1500, en) == "-1.5k");
    CHECK(compact(-7863230, en) == "-7.9M");
    CHECK(compact(0, de) == "0");
    CHECK(compact(999, de) == "999");
    CHECK(compact(12.5, de) == "12,5");
    CHECK(compact(1000, de) == "1k");
    CHECK(compact(1500, de) == "1,5k");
    CHECK(compact(999999, de) == "1M");
    CHECK(compact(7863230, de) == "7,9M");
    CHECK(compact(-23900, de) == "-23,9k");
    const ui::CompactUnit none = ui::compactUnit(999);
    CHECK(none.divisor == 1);
    CHECK(none.suffix.isEmpty());
    CHECK(ui::compactUnit(-2e6).divisor == 1e6);
}

TEST_CASE("the funnel page refuses an impossible custom period instead of swapping it",
          "[funnel][gui][db]")
{
    test::IsolatedSettings settings;
    db::Database database;
    database.open(test::demoFixtureUrl());
    REQUIRE(
        QTest::qWaitFor([&] { return database.state() == db::ConnectionState::Connected; }, 15000));
    FunnelPage page(&database);
    page.setTimeZone("UTC");
    page.setNow(QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, Qt::UTC));
    page.setCustomPeriod(QDate(2025, 5, 1), QDate(2025, 5, 20));
    page.show();
    REQUIRE(waitLoaded(*page.model()));
    const analytics::FunnelRequest good = page.model()->request();
    auto* banner = page.findChild<ui::Banner*>();
    REQUIRE(banner);

    // The end before the start: a sentence, and the figures keep the last good period.
    page.setCustomPeriod(QDate(2025, 5, 20), QDate(2025, 5, 1));
    CHECK(banner->kind() == ui::Banner::Kind::Error);
    CHECK(banner->text().contains(QStringLiteral("before the start date")));
    CHECK(page.model()->request().primary.from == good.primary.from);
    CHECK(page.model()->request().primary.to == good.primary.to);

    // Days after the page's today cannot be picked.
    page.setCustomPeriod(QDate(2025, 5, 1), QDate(2025, 7, 1));
    CHECK(page.currentRequest().primary.to ==
          QDateTime::fromMSecsSinceEpoch(test::kDemoNowMsecs, Qt::UTC).date());
    CHECK(banner->text().isEmpty());
}

TEST_CASE("a stage counted larger than the one before it is flagged", "[funnel]")
{
    analytics::FunnelSeries s;
    s.totals = {100, 20, 8, 8, 1, 50}; // paid from events, link sent from payments: 50 > 1
    CHECK(s.stagesAbovePrevious() == QList<FunnelStage>{FunnelStage::Paid});
    s.totals = {100, 120, 8, 9, 1, 1};
    CHECK(s.stagesAbovePrevious() ==
          QList<FunnelStage>{FunnelStage::Started, FunnelStage::Pitched});
    s.totals = {100, 20, 8, 8, 4, 4};
    CHECK(s.stagesAbovePrevious().isEmpty());
    CHECK(analytics::objectionLabel(QStringLiteral("need_to_think")) ==
          QStringLiteral("Needs to think it over"));
    CHECK(analytics::objectionLabel(QStringLiteral("too_expensive_now")) ==
          QStringLiteral("Too expensive now"));
}

TEST_CASE("the funnel page says when it counts without the dashboard's roll-ups",
          "[funnel][gui][db]")
{
    test::IsolatedSettings settings;
    ui::Theme::apply(*qApp);
    db::Database database;
    database.open(test::createFunnelFixture(QStringLiteral("funnel_page_no_rollups"), false));
    REQUIRE(
        QTest::qWaitFor([&] { return database.state() == db::ConnectionState::Connected; }, 15000));
    FunnelPage page(&database);
    page.resize(1280, 800);
    page.setTimeZone("UTC");
    page.setNow(QDateTime(QDate(2025, 3, 31), QTime(12, 0), Qt::UTC));
    page.setCustomPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
    page.show();
    REQUIRE(waitLoaded(*page.model()));
    INFO(page.model()->lastError().toString().toStdString());
    CHECK_FALSE(page.model()->lastError().isError());
    CHECK(page.model()->report().primary.count(FunnelStage::Clicks) > 0);
    auto* subtitle = page.findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    REQUIRE(subtitle);
    CHECK(subtitle->text().contains(QStringLiteral("counted from the events")));
    auto* note = page.findChild<QLabel*>(QStringLiteral("funnelQuality"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("lacks the dashboard's funnel roll-ups")));
    CHECK(note->text().contains(QStringLiteral("limitless migrate")));
    // Polling, and saying so: no notifications either.
    CHECK_FALSE(page.model()->isLive());
    test::saveScreenshot(page, QStringLiteral("funnel-without-additions"));
}
