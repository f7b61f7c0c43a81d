#include "CampaignsModel.h"

#include "RowMerge.h"

#include "ModelRoles.h"
#include "TableChangeWatcher.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace limitless::models {

namespace {

QString listQuery()
{
    static const QString sql = [] {
        QFile f(QStringLiteral(":/models/queries/campaigns_list.sql"));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }();
    return sql;
}

bool isNumberColumn(int column)
{
    switch (column) {
    case CampaignsModel::ClicksColumn:
    case CampaignsModel::ConversationsColumn:
    case CampaignsModel::QualifiedColumn:
    case CampaignsModel::ConversionsColumn:
    case CampaignsModel::ConversionRateColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

CampaignsModel::CampaignsModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{
    m_watcher = new TableChangeWatcher(database, {QStringLiteral("campaigns")}, this);
    connect(m_watcher, &TableChangeWatcher::changed, this, &CampaignsModel::refresh);
}

CampaignsModel::~CampaignsModel()
{
    // The callback is dropped with us anyway; cancelling spares the server the work.
    if (m_inFlight && m_db)
        m_db->cancel(m_inFlight);
}

int CampaignsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CampaignsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString CampaignsModel::platformLabel(const QString& platform)
{
    // Brand names keep their own spelling; anything else is shown as stored, capitalised.
    static const QHash<QString, QString> brands = {
        {QStringLiteral("instagram"), QStringLiteral("Instagram")},
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},
        {QStringLiteral("youtube"), QStringLiteral("YouTube")},
        {QStringLiteral("tiktok"), QStringLiteral("TikTok")},
        {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp")},
    };
    if (platform.isEmpty())
        return tr("Not set", "campaign platform");
    const auto it = brands.constFind(platform.toLower());
    if (it != brands.constEnd())
        return *it;
    return platform.left(1).toUpper() + platform.mid(1);
}

QVariant CampaignsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Campaign& c = m_rows.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return c.code;
        case NameColumn:
            return c.name;
        case PlatformColumn:
            return platformLabel(c.platform);
        case ActiveColumn:
            return c.active ? tr("Active") : tr("Paused");
        case ClicksColumn:
            return locale.toString(c.clicks);
        case ConversationsColumn:
            return locale.toString(c.conversations);
        case QualifiedColumn:
            return locale.toString(c.qualified);
        case ConversionsColumn:
            return locale.toString(c.conversions);
        case ConversionRateColumn:
            if (c.conversionRate() < 0)
                return tr("—", "conversion rate without clicks");
            return tr("%1%", "percentage").arg(locale.toString(c.conversionRate() * 100.0, 'f', 1));
        case CreatedColumn:
            // The day is what matters in a table; the tool tip has the exact time.
            return locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
            return c.code;
        case NameColumn:
            return c.name;
        case PlatformColumn:
            return platformLabel(c.platform);
        case ActiveColumn:
            return int(c.active);
        case ClicksColumn:
            return c.clicks;
        case ConversationsColumn:
            return c.conversations;
        case QualifiedColumn:
            return c.qualified;
        case ConversionsColumn:
            return c.conversions;
        case ConversionRateColumn:
            return c.conversionRate();
        case CreatedColumn:
            return c.createdAt;
        }
        break;
    case FilterRole:
        switch (index.column()) {
        case PlatformColumn:
            return c.platform;
        case ActiveColumn:
            return c.active;
        default:
            return data(index, SortRole);
        }
        break;
    case IdRole:
        return c.id;
    case Qt::ForegroundRole:
        // Paused campaigns recede; the palette keeps it right in any theme.
        if (index.column() == ActiveColumn && !c.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return c.description.isEmpty() ? c.name : c.description;
        case ConversionRateColumn:
            return c.clicks > 0
                       ? tr("%1 conversions from %2 clicks")
                             .arg(locale.toString(c.conversions), locale.toString(c.clicks))
                       : tr("No clicks yet");
        case CreatedColumn:
            return tr("Created %1, last changed %2")
                .arg(locale.toString(c.createdAt.toLocalTime(), QLocale::LongFormat),
                     locale.toString(c.updatedAt.toLocalTime(), QLocale::LongFormat));
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case QualifiedColumn:
            return tr("Conversations in which the lead was qualified");
        case ConversionRateColumn:
            return tr("Conversions divided by clicks");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case PlatformColumn:
        return tr("Platform");
    case ActiveColumn:
        return tr("Status");
    case ClicksColumn:
        return tr("Clicks");
    case ConversationsColumn:
        return tr("Conversations");
    case QualifiedColumn:
        return tr("Qualified");
    case ConversionsColumn:
        return tr("Conversions");
    case ConversionRateColumn:
        return tr("Conv. rate");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

int CampaignsModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QStringList CampaignsModel::platforms() const
{
    QSet<QString> seen;
    for (const Campaign& c : m_rows)
        if (!c.platform.isEmpty())
            seen.insert(c.platform);
    QStringList list(seen.begin(), seen.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void CampaignsModel::refresh()
{
    if (!m_db)
        return;
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state == db::ConnectionState::Disconnected || state == db::ConnectionState::Connecting) {
        // The change watcher asks again once the connection is up; until then there is no one
        // to ask.
        return;
    }
    sendQuery();
}

void CampaignsModel::sendQuery()
{
    m_refreshQueued = false;
    m_inFlight = m_db->query(db::Statement(listQuery()), this,
                             [this](const db::QueryResult& r) { onResult(r); });
    emit loadingChanged(true);
}

void CampaignsModel::onResult(const db::QueryResult& result)
{
    m_inFlight = 0;
    if (!result.ok()) {
        // Keep showing the last good rows: a transient error should not blank the page.
        m_lastError = result.error;
        emit loadingChanged(false);
        if (result.error.kind != db::DbError::Kind::Cancelled)
            emit errorOccurred(m_lastError);
    } else {
        m_lastError = {};
        const int cId = result.columnIndex(QStringLiteral("id"));
        const int cCode = result.columnIndex(QStringLiteral("code"));
        const int cName = result.columnIndex(QStringLiteral("name"));
        const int cDescription = result.columnIndex(QStringLiteral("description"));
        const int cPlatform = result.columnIndex(QStringLiteral("platform"));
        const int cActive = result.columnIndex(QStringLiteral("is_active"));
        const int cClicks = result.columnIndex(QStringLiteral("total_clicks"));
        const int cConversations = result.columnIndex(QStringLiteral("total_conversations"));
        const int cQualified = result.columnIndex(QStringLiteral("total_qualified"));
        const int cConversions = result.columnIndex(QStringLiteral("total_conversions"));
        const int cCreated = result.columnIndex(QStringLiteral("created_at"));
        const int cUpdated = result.columnIndex(QStringLiteral("updated_at"));

        QVector<Campaign> fresh;
        fresh.reserve(result.rowCount());
        for (const auto& row : result.rows) {
            Campaign c;
            c.id = row.value(cId).toString();
            c.code = row.value(cCode).toString();
            c.name = row.value(cName).toString();
            c.description = row.value(cDescription).toString();
            c.platform = row.value(cPlatform).toString();
            c.active = row.value(cActive).toBool();
            c.clicks = row.value(cClicks).toLongLong();
            c.conversations = row.value(cConversations).toLongLong();
            c.qualified = row.value(cQualified).toLongLong();
            c.conversions = row.value(cConversions).toLongLong();
            c.createdAt = row.value(cCreated).toDateTime();
            c.updatedAt = row.value(cUpdated).toDateTime();
            fresh.append(std::move(c));
        }
        merge(std::move(fresh));
        emit loadingChanged(false);
        emit refreshed();
    }
    if (m_refreshQueued)
        refresh();
}

void CampaignsModel::merge(QVector<Campaign> fresh)
{
    if (!m_loaded) {
        beginResetModel();
        m_rows = std::move(fresh);
        m_loaded = true;
        endResetModel();
        return;
    }
    TableMergeAccess<CampaignsModel> access{*this};
    mergeRowsById(m_rows, std::move(fresh), access, ColumnCount);
}

} // namespace limitless::models
