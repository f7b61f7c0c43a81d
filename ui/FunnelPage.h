#pragma once

#include "analytics/FunnelRequest.h"
#include "conversations/ConversationFilter.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QToolButton;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class FunnelModel;
}

namespace limitless::ui {

class Banner;
class FunnelCharts;

// The Funnel page: the sales funnel of all, one or two campaigns (or one campaign in two
// periods) over today / 7 / 30 / 90 days / custom local days, with the daily events, objections
// and revenue charts, the data-quality check of the campaigns' stored counters, a live indicator
// and export of every chart (PNG, SVG) and its data (CSV). Clicking a funnel bar or a day asks
// for the Conversations page with exactly those conversations (conversationsRequested).
class FunnelPage : public QWidget {
    Q_OBJECT

public:
    enum class Period { Today, Last7, Last30, Last90, Custom };
    Q_ENUM(Period)
    enum class Compare { None, Campaign, PreviousPeriod };
    Q_ENUM(Compare)
    enum class Chart { Funnel, Daily, Objections, ObjectionTypes, Revenue };
    Q_ENUM(Chart)

    explicit FunnelPage(db::Database* database, QWidget* parent = nullptr);
    // Sign-out: no message of the previous account stays.
    void clearMessages();

    models::FunnelModel* model() const { return m_model; }
    FunnelCharts* charts() const { return m_charts; }

    // The owner's zone and "now" (tests pin both; the app uses the system's).
    void setTimeZone(const QByteArray& ianaId);
    void setNow(const QDateTime& utc);
    void setPeriod(Period period);
    void setCustomPeriod(QDate from, QDate to);
    // Empty id = all campaigns.
    void setCampaign(const QString& campaignId);
    void setComparison(Compare mode, const QString& otherCampaignId = {});
    void setIncludePlayground(bool include);
    analytics::FunnelRequest currentRequest() const;

    // Exports: PNG/SVG of a chart, CSV of its data. Returns false (and says why) on failure.
    bool exportImage(Chart chart, const QString& path, QString* error = nullptr);
    bool exportCsv(Chart chart, const QString& path, QString* error = nullptr);

    QString liveText() const;
    QString dataQualityText() const;

signals:
    void conversationsRequested(const limitless::conversations::ConversationFilter& filter);

private:
    QWidget* buildControls();
    void applyRequest();
    void updateCampaignChoices();
    void onReportChanged();
    void updateLiveIndicator();
    void showExportMenu();

    models::FunnelModel* m_model;
    FunnelCharts* m_charts;
    Banner* m_banner;
    bool m_showingRangeError = false; // the banner says the custom dates are impossible
    QComboBox* m_campaign;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_compare;
    QComboBox* m_otherCampaign;
    QCheckBox* m_playground;
    QLabel* m_live;
    QLabel* m_quality;
    QLabel* m_summary;
    QToolButton* m_export;
    QTableView* m_table;
    QByteArray m_zone;
    QDateTime m_now; // invalid = the clock
    QDate today() const;
    bool m_updatingControls = false;
};

} // namespace limitless::ui
