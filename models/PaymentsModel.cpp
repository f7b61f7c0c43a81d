#include "PaymentsModel.h"

#include "core/Handle.h"

#include "ModelRoles.h"
#include "RowMerge.h"
#include "TableChangeWatcher.h"
#include "payments/Money.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace limitless::models {

namespace {

QString query(const QString& name)
{
    QFile f(QStringLiteral(":/models/queries/%1.sql").arg(name));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

// The totals' rules are shared with `limitless payments list`, so the SQL lives in the core.
QString totalsQuery()
{
    QFile f(QStringLiteral(":/payments/queries/payments_totals.sql"));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

bool isAmountColumn(int column)
{
    return column == PaymentsModel::MonthlyColumn || column == PaymentsModel::OneTimeColumn;
}

} // namespace

PaymentsModel::PaymentsModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{
    m_watcher = new TableChangeWatcher(database, {QStringLiteral("payments")}, this);
    connect(m_watcher, &TableChangeWatcher::changed, this, &PaymentsModel::refresh);
    // Campaign codes and names are shown in every row, but the campaigns table also changes with
    // every counter the agent bumps (many times a second on a busy day): a campaigns change only
    // re-reads codes and names, and the list is re-read only when one of them differs.
    m_campaignWatcher = new TableChangeWatcher(database, {QStringLiteral("campaigns")}, this);
    connect(m_campaignWatcher, &TableChangeWatcher::changed, this,
            &PaymentsModel::checkCampaignNames);
}

void PaymentsModel::checkCampaignNames()
{
    if (!m_db || !m_loaded || m_namesInFlight)
        return;
    m_namesInFlight =
        m_db->query(db::Statement(QStringLiteral("select id, code, name from campaigns")), this,
                    [this](const db::QueryResult& r) {
                        m_namesInFlight = 0;
                        if (!r.ok())
                            return; // the next change asks again; the list itself is still right
                        QHash<QString, QPair<QString, QString>> names;
                        for (int i = 0; i < r.rowCount(); ++i)
                            names.insert(r.value(i, 0).toString(),
                                         {r.value(i, 1).toString(), r.value(i, 2).toString()});
                        // Usually a counter changed and the names are those of the last check.
                        if (names == m_campaignNames)
                            return;
                        m_campaignNames = names;
                        for (const Payment& p : std::as_const(m_rows)) {
                            const auto it = names.constFind(p.campaignId);
                            if (it != names.cend() &&
                                (it->first != p.campaignCode || it->second != p.campaignName)) {
                                refresh();
                                return;
                            }
                        }
                    });
}

PaymentsModel::~PaymentsModel()
{
    if (m_inFlight && m_db)
        m_db->cancel(m_inFlight);
    if (m_namesInFlight && m_db)
        m_db->cancel(m_namesInFlight);
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PaymentsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString PaymentsModel::formatAmount(qint64 minorUnits, const QString& currency,
                                    const QLocale& locale)
{
    return payments::Money::format(minorUnits, currency, locale);
}

QString PaymentsModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString PaymentsModel::planLabel(const QString& plan)
{
    if (plan == QLatin1String("option1"))
        return tr("Option 1");
    if (plan == QLatin1String("option2"))
        return tr("Option 2");
    return plan;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Payment& p = m_rows.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LeadColumn:
            return p.instagramHandle.isEmpty() ? p.email : core::instagramHandle(p.instagramHandle);
        case CampaignColumn:
            return p.campaignName.isEmpty()
                       ? p.campaignCode
                       : tr("%1 · %2", "campaign code · name").arg(p.campaignCode, p.campaignName);
        case PlanColumn:
            return planLabel(p.plan);
        case MonthlyColumn:
            return formatAmount(p.amountMonthly, p.currency, locale);
        case OneTimeColumn:
            return p.amountOnetime < 0 ? tr("—", "no one-time amount")
                                       : formatAmount(p.amountOnetime, p.currency, locale);
        case CurrencyColumn:
            return p.currency.toUpper();
        case StatusColumn:
            return statusLabel(p.status);
        // The day is what matters in a table; the tool tip has the exact time.
        case CreatedColumn:
            return locale.toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case CompletedColumn:
            return p.completedAt.isValid()
                       ? locale.toString(p.completedAt.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LeadColumn:
            return data(index, Qt::DisplayRole);
        case CampaignColumn:
            return p.campaignCode;
        case PlanColumn:
            return p.plan;
        case MonthlyColumn:
            return p.amountMonthly;
        case OneTimeColumn:
            return p.amountOnetime;
        case CurrencyColumn:
            return p.currency;
        case StatusColumn:
            return p.status;
        case CreatedColumn:
            return p.createdAt;
        case CompletedColumn:
            return p.completedAt;
        }
        break;
    case FilterRole:
        switch (index.column()) {
        case CampaignColumn:
            return p.campaignId;
        case StatusColumn:
            return p.status;
        case CreatedColumn:
            return p.createdAt;
        default:
            return data(index, SortRole);
        }
    case IdRole:
        return p.id;
    case ConversationIdRole:
        return p.conversationId;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn &&
            (p.status == QLatin1String("failed") || p.status == QLatin1String("refunded")))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (isAmountColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LeadColumn:
            return p.email;
        case CampaignColumn:
            return p.campaignName;
        case CreatedColumn:
            return locale.toString(p.createdAt.toLocalTime(), QLocale::LongFormat);
        case CompletedColumn:
            return p.completedAt.isValid()
                       ? locale.toString(p.completedAt.toLocalTime(), QLocale::LongFormat)
                       : tr("Not completed");
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isAmountColumn(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeadColumn:
        return tr("Lead");
    case CampaignColumn:
        return tr("Campaign");
    case PlanColumn:
        return tr("Plan");
    case MonthlyColumn:
        return tr("Monthly");
    case OneTimeColumn:
        return tr("One-time");
    case CurrencyColumn:
        return tr("Currency");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case CompletedColumn:
        return tr("Completed");
    }
    return {};
}

int PaymentsModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void PaymentsModel::setTotalsScope(const QString& campaignId, const QDateTime& from,
                                   const QDateTime& to)
{
    if (campaignId == m_scopeCampaign && from == m_scopeFrom && to == m_scopeTo)
        return;
    m_scopeCampaign = campaignId;
    m_scopeFrom = from;
    m_scopeTo = to;
    refresh();
}

void PaymentsModel::refresh()
{
    if (!m_db)
        return;
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state == db::ConnectionState::Disconnected || state == db::ConnectionState::Connecting)
        return; // the change watcher asks again once connected
    sendQuery();
}

void PaymentsModel::sendQuery()
{
    static const QString listSql = query(QStringLiteral("payments_list"));
    static const QString totalsSql = totalsQuery();
    m_refreshQueued = false;
    const auto orNull = [](const QDateTime& t) { return t.isValid() ? QVariant(t) : QVariant(); };
    m_inFlight = m_db->batch(
        {db::Statement(listSql),
         db::Statement(totalsSql,
                       {m_scopeCampaign.isEmpty() ? QVariant() : QVariant(m_scopeCampaign),
                        orNull(m_scopeFrom), orNull(m_scopeTo)})},
        this, [this](const QList<db::QueryResult>& r) { onResult(r); });
    emit loadingChanged(true);
}

void PaymentsModel::onResult(const QList<db::QueryResult>& results)
{
    m_inFlight = 0;
    const db::QueryResult list = results.value(0);
    const db::QueryResult sums = results.value(1);
    const db::DbError error = !list.ok() ? list.error : sums.error;
    if (error.isError()) {
        m_lastError = error;
        emit loadingChanged(false);
        if (error.kind != db::DbError::Kind::Cancelled)
            emit errorOccurred(m_lastError);
    } else {
        m_lastError = {};
        QVector<Payment> fresh;
        fresh.reserve(list.rowCount());
        const auto col = [&](const char* name) { return list.columnIndex(QLatin1String(name)); };
        const int cId = col("id"), cConversation = col("conversation_id"),
                  cCampaign = col("campaign_id"), cCode = col("campaign_code"),
                  cName = col("campaign_name"), cHandle = col("instagram_handle"),
                  cEmail = col("email"), cPlan = col("plan"), cMonthly = col("amount_monthly"),
                  cOnetime = col("amount_onetime"), cCurrency = col("currency"),
                  cStatus = col("payment_status"), cCreated = col("created_at"),
                  cCompleted = col("completed_at");
        for (const auto& row : list.rows) {
            Payment p;
            p.id = row.value(cId).toString();
            p.conversationId = row.value(cConversation).toString();
            p.campaignId = row.value(cCampaign).toString();
            p.campaignCode = row.value(cCode).toString();
            p.campaignName = row.value(cName).toString();
            p.instagramHandle = row.value(cHandle).toString();
            p.email = row.value(cEmail).toString();
            p.plan = row.value(cPlan).toString();
            p.amountMonthly = row.value(cMonthly).toLongLong();
            p.amountOnetime = row.value(cOnetime).isNull() ? -1 : row.value(cOnetime).toLongLong();
            p.currency = row.value(cCurrency).toString();
            p.status = row.value(cStatus).toString();
            p.createdAt = row.value(cCreated).toDateTime();
            p.completedAt = row.value(cCompleted).toDateTime();
            fresh.append(std::move(p));
        }
        if (!m_loaded) {
            beginResetModel();
            m_rows = std::move(fresh);
            m_loaded = true;
            endResetModel();
        } else {
            TableMergeAccess<PaymentsModel> access{*this};
            mergeRowsById(m_rows, std::move(fresh), access, ColumnCount);
        }

        QList<Totals> totals;
        for (int i = 0; i < sums.rowCount(); ++i) {
            Totals t;
            t.currency = sums.value(i, QStringLiteral("currency")).toString();
            t.monthlyRecurring = sums.value(i, QStringLiteral("mrr")).toLongLong();
            t.oneTime = sums.value(i, QStringLiteral("onetime")).toLongLong();
            t.refunds = sums.value(i, QStringLiteral("refunds")).toLongLong();
            t.completedCount = sums.value(i, QStringLiteral("completed")).toLongLong();
            t.refundedCount = sums.value(i, QStringLiteral("refunded")).toLongLong();
            totals.append(t);
        }
        const bool totalsDiffer = totals != m_totals;
        m_totals = totals;
        emit loadingChanged(false);
        emit refreshed();
        if (totalsDiffer)
            emit totalsChanged();
    }
    if (m_refreshQueued)
        refresh();
}

} // namespace limitless::models
