#include "campaigns/CampaignService.h"

#include <QFile>
#include <QHash>
#include <QLocale>

namespace limitless::campaigns {

using db::DbError;
using db::QueryResult;
using db::Statement;

QString campaignQuery(const QString& name)
{
    static QHash<QString, QString> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile f(QStringLiteral(":/campaigns/queries/%1.sql").arg(name));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "campaignQuery", qPrintable(name));
    const QString sql = QString::fromUtf8(f.readAll());
    cache.insert(name, sql);
    return sql;
}

namespace {

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

CampaignWriteResult fromRow(const QueryResult& r)
{
    CampaignWriteResult out;
    out.id = r.value(0, QStringLiteral("id")).toString();
    out.code = r.value(0, QStringLiteral("code")).toString();
    return out;
}

CampaignWriteResult failure(const DbError& error, const QString& message)
{
    CampaignWriteResult out;
    out.error = error;
    out.message = message;
    return out;
}

} // namespace

CampaignService::CampaignService(db::Database* database, QObject* parent)
    : QObject(parent), m_db(database)
{}

Statement CampaignService::insertStatement(const QString& code, const CampaignDraft& draft,
                                           const QString& ownerId)
{
    return Statement(campaignQuery(QStringLiteral("campaign_insert")),
                     {code, draft.name.trimmed(), orNull(draft.description.trimmed()),
                      orNull(draft.platform.trimmed().toLower()), orNull(ownerId)});
}

Statement CampaignService::updateStatement(const QString& id, const CampaignDraft& draft)
{
    return Statement(campaignQuery(QStringLiteral("campaign_update")),
                     {id, draft.name.trimmed(), orNull(draft.description.trimmed()),
                      orNull(draft.platform.trimmed().toLower())});
}

Statement CampaignService::setActiveStatement(const QString& idOrCode, bool active)
{
    return Statement(campaignQuery(QStringLiteral("campaign_set_active")), {idOrCode, active});
}

Statement CampaignService::deleteStatement(const QString& id)
{
    return Statement(campaignQuery(QStringLiteral("campaign_delete")), {id});
}

Statement CampaignService::conversationCountStatement(const QString& id)
{
    return Statement(campaignQuery(QStringLiteral("campaign_conversation_count")), {id});
}

QString CampaignService::validate(const CampaignDraft& draft)
{
    // One sentence per field (not one with the field's name filled in), so that each language
    // can say it with the right grammar.
    const QLocale locale;
    const QString name = draft.name.trimmed();
    const QString description = draft.description.trimmed();
    const QString platform = draft.platform.trimmed();
    if (name.isEmpty())
        return tr("The campaign needs a name.");
    if (name.size() > MaxNameLength)
        return tr("The name is %1 characters long; at most %2 are allowed.")
            .arg(locale.toString(name.size()), locale.toString(MaxNameLength));
    if (description.size() > MaxDescriptionLength)
        return tr("The description is %1 characters long; at most %2 are allowed.")
            .arg(locale.toString(description.size()), locale.toString(MaxDescriptionLength));
    if (platform.size() > MaxPlatformLength)
        return tr("The platform is %1 characters long; at most %2 are allowed.")
            .arg(locale.toString(platform.size()), locale.toString(MaxPlatformLength));
    return {};
}

QString CampaignService::takenMessage()
{
    return tr("This code is already taken. Choose another one, or leave the field empty to get "
              "a generated code.");
}

QString CampaignService::hasConversationsMessage(qint64 conversations)
{
    return tr("This campaign has %n conversation(s), so it cannot be deleted: the leads' history "
              "keeps its campaign. Pause it instead.",
              nullptr, int(conversations));
}

QString CampaignService::describe(const DbError& error)
{
    switch (error.kind) {
    case DbError::Kind::NotNullViolation:
        if (error.message.contains(QLatin1String("owner_id")))
            return tr("No owner profile belongs to the signed-in account, so the campaign has no "
                      "owner.");
        break;
    case DbError::Kind::ForeignKeyViolation:
        return tr("Other records (clicks, conversations or payments) still refer to this "
                  "campaign, so it cannot be deleted. Pause it instead.");
    default:
        break;
    }
    return error.userMessage();
}

void CampaignService::create(const CampaignDraft& draft, const QString& typedCode, QObject* context,
                             Callback callback)
{
    if (!m_db)
        return;
    if (const QString invalid = validate(draft); !invalid.isEmpty()) {
        callback(failure(DbError::client(invalid), invalid));
        return;
    }
    if (typedCode.isEmpty()) {
        insertGenerated(draft, 1, context, std::move(callback));
        return;
    }
    const QString code = CampaignCode::normalize(typedCode);
    const QString invalid = CampaignCode::validate(code);
    if (!invalid.isEmpty()) {
        callback(failure(DbError::client(invalid), invalid));
        return;
    }
    m_db->query(
        insertStatement(code, draft), context,
        [callback](const QueryResult& r) {
            if (r.ok())
                callback(fromRow(r));
            else if (r.error.kind == DbError::Kind::UniqueViolation)
                callback(failure(r.error, takenMessage()));
            else
                callback(failure(r.error, describe(r.error)));
        },
        db::Access::Write);
}

void CampaignService::insertGenerated(const CampaignDraft& draft, int attempt,
                                      QPointer<QObject> context, Callback callback)
{
    if (!m_db)
        return;
    const QString code = CampaignCode::generate(m_random);
    QPointer<CampaignService> self(this);
    m_db->query(
        insertStatement(code, draft), context,
        [self, draft, attempt, context, callback](const QueryResult& r) {
            if (r.ok()) {
                callback(fromRow(r));
            } else if (r.error.kind == DbError::Kind::UniqueViolation && self &&
                       attempt < MaxCodeAttempts) {
                // A unique violation is a definite "not written", so trying again is safe.
                self->insertGenerated(draft, attempt + 1, context, callback);
            } else if (r.error.kind == DbError::Kind::UniqueViolation) {
                callback(failure(r.error, tr("No free campaign code was found after %n "
                                             "attempt(s). Please try again.",
                                             nullptr, attempt)));
            } else {
                callback(failure(r.error, describe(r.error)));
            }
        },
        db::Access::Write);
}

void CampaignService::update(const QString& id, const CampaignDraft& draft, QObject* context,
                             Callback callback)
{
    if (!m_db)
        return;
    if (const QString invalid = validate(draft); !invalid.isEmpty()) {
        callback(failure(DbError::client(invalid), invalid));
        return;
    }
    m_db->query(
        updateStatement(id, draft), context,
        [callback](const QueryResult& r) {
            if (!r.ok())
                callback(failure(r.error, describe(r.error)));
            else if (r.rowCount() == 0)
                callback(failure({}, tr("This campaign no longer exists.")));
            else
                callback(fromRow(r));
        },
        db::Access::Write);
}

void CampaignService::setActive(const QString& id, bool active, QObject* context, Callback callback)
{
    if (!m_db)
        return;
    m_db->query(
        setActiveStatement(id, active), context,
        [callback](const QueryResult& r) {
            if (!r.ok())
                callback(failure(r.error, describe(r.error)));
            else if (r.rowCount() == 0)
                callback(failure({}, tr("This campaign no longer exists.")));
            else
                callback(fromRow(r));
        },
        db::Access::Write);
}

void CampaignService::remove(const QString& id, QObject* context, Callback callback)
{
    if (!m_db)
        return;
    // One transaction: the count explains a refusal; the delete's own guard decides.
    m_db->batch(
        {conversationCountStatement(id), deleteStatement(id)}, context,
        [callback](const QList<QueryResult>& results) {
            const QueryResult& count = results.value(0);
            const QueryResult& deleted = results.value(1);
            if (!count.ok())
                callback(failure(count.error, describe(count.error)));
            else if (!deleted.ok())
                callback(failure(deleted.error, describe(deleted.error)));
            else if (deleted.rowCount() == 1)
                callback(fromRow(deleted));
            else if (count.scalar().toLongLong() > 0)
                callback(failure({}, hasConversationsMessage(count.scalar().toLongLong())));
            else
                callback(failure({}, tr("This campaign no longer exists.")));
        },
        db::Access::Write);
}

} // namespace limitless::campaigns
