#include "FunnelPage.h"

#include "Theme.h"

#include "DateRange.h"

#include "Banner.h"
#include "CampaignChoice.h"
#include "FunnelCharts.h"
#include "FunnelModel.h"
#include "PageHeader.h"
#include "analytics/FunnelCsv.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace limitless::ui {

using analytics::FunnelRequest;
using analytics::FunnelScope;
using analytics::FunnelStage;

namespace {

int periodDays(FunnelPage::Period p)
{
    switch (p) {
    case FunnelPage::Period::Today:
        return 1;
    case FunnelPage::Period::Last7:
        return 7;
    case FunnelPage::Period::Last30:
        return 30;
    case FunnelPage::Period::Last90:
    case FunnelPage::Period::Custom:
        break;
    }
    return 90;
}

FunnelCharts::Id chartId(FunnelPage::Chart c)
{
    switch (c) {
    case FunnelPage::Chart::Funnel:
        return FunnelCharts::FunnelChart;
    case FunnelPage::Chart::Daily:
        return FunnelCharts::DailyChart;
    case FunnelPage::Chart::Objections:
        return FunnelCharts::ObjectionsChart;
    case FunnelPage::Chart::ObjectionTypes:
        return FunnelCharts::ObjectionTypesChart;
    case FunnelPage::Chart::Revenue:
        break;
    }
    return FunnelCharts::RevenueChart;
}

} // namespace

FunnelPage::FunnelPage(db::Database* database, QWidget* parent)
    : QWidget(parent), m_model(new models::FunnelModel(database, this)),
      m_charts(new FunnelCharts(this)), m_banner(new Banner(this)), m_campaign(new QComboBox(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_compare(new QComboBox(this)), m_otherCampaign(new QComboBox(this)),
      m_playground(new QCheckBox(tr("Include playground"), this)), m_live(new QLabel(this)),
      m_quality(new QLabel(this)), m_summary(new QLabel(this)), m_export(new QToolButton(this)),
      m_table(new QTableView(this)), m_zone(QTimeZone::systemTimeZoneId())
{
    // Everything scrolls inside the page, so the charts' and controls' minimum sizes never
    // force the main window to grow.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(PageHeader::makeTitle(tr("Funnel"), this));
    titleRow->addSpacing(12);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    titleRow->addWidget(m_summary, 1);
    m_live->setObjectName(QStringLiteral("funnelLive"));
    titleRow->addWidget(m_live);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_export);
    m_export->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &FunnelPage::showExportMenu);
    titleRow->addWidget(m_export);
    layout->addLayout(titleRow);

    layout->addWidget(buildControls());
    layout->addWidget(m_banner);
    m_quality->setWordWrap(true);
    m_quality->setObjectName(QStringLiteral("funnelQuality"));
    Theme::setAdaptedStyleSheet(
        m_quality,
        QStringLiteral("QLabel#funnelQuality { background: #fff9db; border: 1px solid #ffe066; "
                       "border-radius: 6px; padding: 4px 8px; color: #5c3c00; }"));
    m_quality->hide();
    layout->addWidget(m_quality);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * 7 + 4);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setToolTip(tr("Double-click a stage to open its conversations"));
    m_table->setAccessibleName(tr("Funnel stages"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_model->requestConversations(index.column() >= models::FunnelModel::CompareCountColumn,
                                      FunnelStage(index.row()));
    });
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_table);

    connect(m_model, &models::FunnelModel::reportChanged, this, &FunnelPage::onReportChanged);
    connect(m_model, &models::FunnelModel::liveChanged, this, &FunnelPage::updateLiveIndicator);
    connect(m_model, &models::FunnelModel::modelReset, this, [this] {
        m_table->setColumnHidden(models::FunnelModel::CompareCountColumn,
                                 !m_model->hasComparison());
        m_table->setColumnHidden(models::FunnelModel::CompareFromPreviousColumn,
                                 !m_model->hasComparison());
        m_table->setColumnHidden(models::FunnelModel::CompareFromTopColumn,
                                 !m_model->hasComparison());
    });
    connect(m_model, &models::FunnelModel::errorOccurred, this, [this](const db::DbError& e) {
        m_banner->showMessage(Banner::Kind::Error, e.userMessage(), tr("Retry"));
    });
    connect(m_banner, &Banner::actionTriggered, m_model, &models::FunnelModel::refresh);
    connect(m_model, &models::FunnelModel::conversationsRequested, this,
            &FunnelPage::conversationsRequested);
    connect(m_charts, &FunnelCharts::stageClicked, this, [this](bool comparison, int stage) {
        m_model->requestConversations(comparison, FunnelStage(stage));
    });
    connect(m_charts, &FunnelCharts::dayClicked, this,
            [this](int stage, QDate day, bool comparison) {
                m_model->requestConversations(comparison, FunnelStage(stage), day);
            });
    // A day of the objections chart: the conversations with an objection that day, of the
    // bar's scope (B's campaigns on B's date for a B bar).
    connect(m_charts, &FunnelCharts::objectionDayClicked, this, [this](QDate day, bool comparison) {
        const analytics::FunnelRequest r = m_model->request();
        if (comparison && !r.comparison)
            return;
        const FunnelScope& scope = comparison ? *r.comparison : r.primary;
        const analytics::UtcRange range = FunnelRequest::utcRange(day, day, r.zone());
        conversations::ConversationFilter f;
        f.campaignIds = scope.campaignIds;
        f.includePlayground = r.includePlayground;
        f.eventType = QStringLiteral("objection_raised");
        f.eventFrom = range.start;
        f.eventTo = range.end;
        emit conversationsRequested(f);
    });

    updateLiveIndicator();
    applyRequest();
}

QWidget* FunnelPage::buildControls()
{
    // Two rows (what is shown; what it is compared with), so that the page fits a 1024-pixel
    // window without scrolling sideways.
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    auto* campaignLabel = new QLabel(tr("Campaign:"), bar);
    campaignLabel->setBuddy(m_campaign);
    row->addWidget(campaignLabel);
    m_campaign->addItem(tr("All campaigns"), QString());
    setUpCampaignChoices(m_campaign);
    row->addWidget(m_campaign);
    row->addSpacing(8);
    auto* periodLabel = new QLabel(tr("Period:"), bar);
    periodLabel->setBuddy(m_period);
    row->addWidget(periodLabel);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_period->setCurrentIndex(2);
    row->addWidget(m_period);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        limitToToday(e, today());
        row->addWidget(e);
    }
    row->addStretch(1);
    row = new QHBoxLayout;
    rows->addLayout(row);
    auto* compareLabel = new QLabel(tr("Compare:"), bar);
    compareLabel->setBuddy(m_compare);
    row->addWidget(compareLabel);
    m_otherCampaign->setAccessibleName(tr("Campaign to compare with"));
    m_compare->addItem(tr("Nothing"), int(Compare::None));
    m_compare->addItem(tr("Another campaign"), int(Compare::Campaign));
    m_compare->addItem(tr("Previous period"), int(Compare::PreviousPeriod));
    row->addWidget(m_compare);
    setUpCampaignChoices(m_otherCampaign);
    m_otherCampaign->setEnabled(false);
    row->addWidget(m_otherCampaign);
    row->addSpacing(8);
    m_playground->setToolTip(tr("Conversations of campaigns on the 'playground' platform are "
                                "the owner's own tests; they are left out unless this is on."));
    row->addWidget(m_playground);
    row->addStretch(1);

    auto changed = [this] {
        if (!m_updatingControls)
            applyRequest();
    };
    connect(m_campaign, &QComboBox::currentIndexChanged, this, changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_compare, &QComboBox::currentIndexChanged, this, changed);
    connect(m_otherCampaign, &QComboBox::currentIndexChanged, this, changed);
    connect(m_playground, &QCheckBox::toggled, this, changed);
    return bar;
}

void FunnelPage::setTimeZone(const QByteArray& ianaId)
{
    m_zone = ianaId;
    applyRequest();
}

void FunnelPage::setNow(const QDateTime& utc)
{
    m_now = utc;
    for (QDateEdit* e : {m_from, m_to})
        limitToToday(e, today());
    applyRequest();
}

QDate FunnelPage::today() const
{
    // The owner's day in the page's zone, on the page's clock (tests set one).
    FunnelRequest r;
    r.timeZone = m_zone;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    return now.toTimeZone(r.zone()).date();
}

void FunnelPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void FunnelPage::setCustomPeriod(QDate from, QDate to)
{
    m_updatingControls = true;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingControls = false;
    applyRequest();
}

void FunnelPage::setCampaign(const QString& campaignId)
{
    const int i = m_campaign->findData(campaignId);
    m_campaign->setCurrentIndex(i < 0 ? 0 : i);
}

void FunnelPage::setComparison(Compare mode, const QString& otherCampaignId)
{
    m_updatingControls = true;
    m_compare->setCurrentIndex(m_compare->findData(int(mode)));
    if (!otherCampaignId.isEmpty())
        m_otherCampaign->setCurrentIndex(std::max(0, m_otherCampaign->findData(otherCampaignId)));
    m_updatingControls = false;
    applyRequest();
}

void FunnelPage::setIncludePlayground(bool include)
{
    m_playground->setChecked(include);
}

FunnelRequest FunnelPage::currentRequest() const
{
    FunnelRequest r;
    r.timeZone = m_zone;
    r.includePlayground = m_playground->isChecked();
    const QString campaign = m_campaign->currentData().toString();
    if (!campaign.isEmpty())
        r.primary.campaignIds = {campaign};
    const auto period = Period(m_period->currentData().toInt());
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (period == Period::Custom) {
        // Never swapped behind the owner's back: applyRequest() refuses an impossible range.
        r.primary.from = m_from->date();
        r.primary.to = m_to->date();
    } else {
        const FunnelScope s = FunnelRequest::lastDays(periodDays(period), r.zone(), now);
        r.primary.from = s.from;
        r.primary.to = s.to;
    }
    switch (Compare(m_compare->currentData().toInt())) {
    case Compare::None:
        break;
    case Compare::Campaign: {
        FunnelScope other = r.primary;
        const QString id = m_otherCampaign->currentData().toString();
        other.campaignIds = id.isEmpty() ? QStringList() : QStringList{id};
        r.comparison = other;
        break;
    }
    case Compare::PreviousPeriod: {
        FunnelScope other = r.primary;
        const qint64 length = r.primary.from.daysTo(r.primary.to) + 1;
        other.from = r.primary.from.addDays(-length);
        other.to = r.primary.to.addDays(-length);
        r.comparison = other;
        break;
    }
    }
    return r;
}

void FunnelPage::applyRequest()
{
    const auto period = Period(m_period->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_otherCampaign->setEnabled(Compare(m_compare->currentData().toInt()) == Compare::Campaign);
    const FunnelRequest r = currentRequest();
    if (custom) {
        const QString problem = dateRangeProblem(r.primary.from, r.primary.to, today());
        if (!problem.isEmpty()) {
            m_showingRangeError = true;
            m_banner->showMessage(Banner::Kind::Error, problem);
            return;
        }
    }
    if (m_showingRangeError) {
        m_showingRangeError = false;
        m_banner->clear();
    }
    if (!custom) {
        // Show the days a preset covers, so switching to Custom starts from them.
        m_updatingControls = true;
        m_from->setDate(r.primary.from);
        m_to->setDate(r.primary.to);
        m_updatingControls = false;
    }
    m_model->setRequest(r);
}

void FunnelPage::updateCampaignChoices()
{
    const analytics::FunnelReport& report = m_model->report();
    QStringList ids;
    for (const analytics::FunnelCampaign& c : report.campaigns)
        ids << c.id;
    QStringList current;
    for (int i = 1; i < m_campaign->count(); ++i)
        current << m_campaign->itemData(i).toString();
    if (current == ids)
        return;
    m_updatingControls = true;
    const QString a = m_campaign->currentData().toString();
    const QString b = m_otherCampaign->currentData().toString();
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    m_otherCampaign->clear();
    m_otherCampaign->addItem(tr("All campaigns"), QString());
    for (const analytics::FunnelCampaign& c : report.campaigns) {
        addCampaignChoice(m_campaign, c.code, c.name, c.id);
        addCampaignChoice(m_otherCampaign, c.code, c.name, c.id);
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(a)));
    m_otherCampaign->setCurrentIndex(std::max(0, m_otherCampaign->findData(b)));
    m_updatingControls = false;
}

void FunnelPage::onReportChanged()
{
    m_banner->clear();
    updateCampaignChoices();
    const analytics::FunnelReport& report = m_model->report();
    auto label = [&](const analytics::FunnelScope& s) {
        QString who = tr("All campaigns");
        if (!s.campaignIds.isEmpty()) {
            const analytics::FunnelCampaign* c = report.campaign(s.campaignIds.first());
            who = c ? c->code : s.campaignIds.first();
        }
        return s.from == s.to
                   ? tr("%1, %2").arg(who, QLocale().toString(s.from, QLocale::ShortFormat))
                   : tr("%1, %2 – %3")
                         .arg(who, QLocale().toString(s.from, QLocale::ShortFormat),
                              QLocale().toString(s.to, QLocale::ShortFormat));
    };
    const QString a = label(report.primary.scope);
    const QString b = report.comparison ? label(report.comparison->scope) : QString();
    m_charts->update(report, report.comparison ? tr("A: %1").arg(a) : a, tr("B: %1").arg(b));
    m_summary->setText(report.comparison ? tr("A: %1   ·   B: %2").arg(a, b) : a);
    if (!report.request.useRollups)
        m_summary->setText(m_summary->text() + QStringLiteral("   ·   ") +
                           tr("counted from the events"));
    else if (!report.primary.fromRollup)
        m_summary->setText(m_summary->text() + QStringLiteral("   ·   ") +
                           tr("counted from the events (local midnight off the quarter-hour)"));
    QStringList notes;
    if (!report.request.useRollups)
        notes << tr("This database lacks the dashboard's funnel roll-ups, so every figure is "
                    "counted from the events and payments, which is slower with years of data. "
                    "Run `limitless migrate` as the database's owner to install them.");
    if (const QString issues = dataQualityText(); !issues.isEmpty())
        notes << issues;
    bool nothing = true;
    for (qint64 n : report.primary.totals)
        nothing = nothing && n == 0;
    // An empty funnel says what fills it.
    if (nothing)
        notes << tr("Nothing to count in this period yet. The funnel fills as leads click a "
                    "campaign's link and talk to the agent: create a campaign on the Campaigns "
                    "page and share its link, or choose a longer period.");
    const QString quality = notes.join(QLatin1Char('\n'));
    m_quality->setText(quality);
    m_quality->setVisible(!quality.isEmpty());
    updateLiveIndicator();
}

QString FunnelPage::dataQualityText() const
{
    QStringList issues;
    static const char* const names[] = {QT_TR_NOOP("clicks"), QT_TR_NOOP("conversations"),
                                        QT_TR_NOOP("qualified"), QT_TR_NOOP("conversions")};
    for (const analytics::FunnelCampaign& c : m_model->report().campaigns) {
        for (int k = 0; k < 4; ++k) {
            if (c.stored[k] != c.counted[k])
                issues << tr("%1 %2: stored %3, events %4")
                              .arg(c.code, tr(names[k]), QLocale().toString(c.stored[k]),
                                   QLocale().toString(c.counted[k]));
        }
    }
    QStringList parts;
    if (!issues.isEmpty())
        parts << tr("Stored campaign counters differ from the events: %1")
                     .arg(issues.join(QStringLiteral("; ")));
    // A stage larger than the one before it cannot happen in a real funnel: events without the
    // records they stand for (a payment event without a payment, say).
    const analytics::FunnelReport& report = m_model->report();
    const auto seriesIssues = [&](const analytics::FunnelSeries& series, const QString& side) {
        for (const analytics::FunnelStage st : series.stagesAbovePrevious()) {
            const auto before = analytics::FunnelStage(int(st) - 1);
            parts << tr("%1%2 (%3) is larger than %4 (%5): some events have no matching record "
                        "before them.")
                         .arg(side, analytics::stageLabel(st), QLocale().toString(series.count(st)),
                              analytics::stageLabel(before),
                              QLocale().toString(series.count(before)));
        }
    };
    seriesIssues(report.primary, report.comparison ? tr("A: ") : QString());
    if (report.comparison)
        seriesIssues(*report.comparison, tr("B: "));
    return parts.join(QLatin1Char(' '));
}

QString FunnelPage::liveText() const
{
    return m_live->text();
}

void FunnelPage::updateLiveIndicator()
{
    if (m_model->isLive()) {
        m_live->setText(tr("● Live"));
        Theme::setAdaptedStyleSheet(m_live, QStringLiteral("color: #2b8a3e; font-weight: 600;"));
        m_live->setToolTip(tr("New events appear as they are recorded."));
    } else {
        m_live->setText(tr("◌ Polling every 5 s"));
        Theme::setAdaptedStyleSheet(m_live, QStringLiteral("color: #e67700; font-weight: 600;"));
        m_live->setToolTip(tr("This connection cannot receive change notifications (for "
                              "example through a transaction pooler); the page re-reads the "
                              "figures every 5 seconds."));
    }
}

void FunnelPage::showExportMenu()
{
    QMenu* menu = m_export->menu();
    menu->clear();
    const QList<std::pair<Chart, QString>> charts = {
        {Chart::Funnel, tr("Funnel")},
        {Chart::Daily, tr("Events per day")},
        {Chart::Objections, tr("Objections per day")},
        {Chart::ObjectionTypes, tr("Most frequent objections")},
        {Chart::Revenue, tr("Revenue per campaign")}};
    for (const auto& [chart, name] : charts) {
        QMenu* sub = menu->addMenu(name);
        const Chart c = chart;
        for (const auto& [format, filter] :
             QList<std::pair<QString, QString>>{{QStringLiteral("png"), tr("PNG image (*.png)")},
                                                {QStringLiteral("svg"), tr("SVG image (*.svg)")},
                                                {QStringLiteral("csv"), tr("CSV data (*.csv)")}}) {
            const QString fmt = format;
            const QString flt = filter;
            sub->addAction(fmt.toUpper(), this, [this, c, fmt, flt] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export"), QStringLiteral("funnel.%1").arg(fmt), flt);
                if (path.isEmpty())
                    return;
                QString error;
                const bool ok = fmt == QLatin1String("csv") ? exportCsv(c, path, &error)
                                                            : exportImage(c, path, &error);
                if (!ok)
                    m_banner->showMessage(Banner::Kind::Error, error);
            });
        }
    }
}

bool FunnelPage::exportImage(Chart chart, const QString& path, QString* error)
{
    QChartView* view = m_charts->view(chartId(chart));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Could not write %1.").arg(path);
            return false;
        }
        view->render(&painter);
        painter.end();
        return QFile::exists(path);
    }
    if (!view->grab().save(path)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool FunnelPage::exportCsv(Chart chart, const QString& path, QString* error)
{
    const analytics::FunnelReport& r = m_model->report();
    QByteArray data;
    switch (chart) {
    case Chart::Funnel:
        data = analytics::FunnelCsv::funnel(r);
        break;
    case Chart::Daily:
        data = analytics::FunnelCsv::daily(r);
        break;
    case Chart::Objections:
    case Chart::ObjectionTypes:
        data = chart == Chart::Objections ? analytics::FunnelCsv::daily(r)
                                          : analytics::FunnelCsv::objections(r);
        break;
    case Chart::Revenue:
        data = analytics::FunnelCsv::revenue(r);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void FunnelPage::clearMessages()
{
    m_banner->clear();
}

} // namespace limitless::ui
