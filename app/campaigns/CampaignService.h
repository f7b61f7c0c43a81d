#pragma once

#include "campaigns/CampaignCode.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace limitless::campaigns {

// What the owner edits in place: everything but the code, the owner and the counters.
struct CampaignDraft {
    QString name;
    QString description; // empty = NULL
    QString platform;    // stored lowercase ("instagram"); empty = NULL

    bool operator==(const CampaignDraft&) const = default;
};

// The outcome of one write, with a sentence for the owner when it failed.
struct CampaignWriteResult {
    QString id;
    QString code;
    db::DbError error;
    QString message; // empty on success

    bool ok() const { return message.isEmpty(); }
};

// The writes behind the Campaigns page (create, edit, pause/resume, delete) as parameterised
// statements, run asynchronously on Database under the signed-in owner's claims.
//
// Generated codes are retried on a unique violation (another campaign took the code between
// generation and insert); a code the owner typed is never replaced behind their back: a clash is
// reported as "This code is already taken". Writes are never retried after a lost connection
// (Database reports WriteOutcomeUnknown), because the first attempt may have landed.
class CampaignService : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const CampaignWriteResult&)>;
    // Generated codes tried before giving up. With 887 million codes a real clash is rare;
    // several in a row means something else is wrong.
    static constexpr int MaxCodeAttempts = 8;
    // One limit for every way in (the dialog, the CLI, undo): checked where the write is made,
    // and a longer value is refused with a sentence, never cut. The seed's columns are `text`,
    // so the database itself would take anything.
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxDescriptionLength = 2000;
    static constexpr int MaxPlatformLength = 40;

    explicit CampaignService(db::Database* database, QObject* parent = nullptr);

    void setRandomSource(CampaignCode::RandomSource random) { m_random = std::move(random); }

    // `typedCode` empty = generate one. The callback runs only while `context` lives.
    void create(const CampaignDraft& draft, const QString& typedCode, QObject* context,
                Callback callback);
    // `idOrCode`: the campaign's id or its code.
    void update(const QString& idOrCode, const CampaignDraft& draft, QObject* context,
                Callback callback);
    void setActive(const QString& idOrCode, bool active, QObject* context, Callback callback);
    // Refused (with the reason) while conversations refer to the campaign.
    void remove(const QString& id, QObject* context, Callback callback);

    // The statements, shared with the CLI (which runs them on a blocking connection).
    // `ownerId` empty = the signed-in owner (from the claims).
    static db::Statement insertStatement(const QString& code, const CampaignDraft& draft,
                                         const QString& ownerId = {});
    static db::Statement updateStatement(const QString& idOrCode, const CampaignDraft& draft);
    // `idOrCode`: a campaign id or its code.
    static db::Statement setActiveStatement(const QString& idOrCode, bool active);
    static db::Statement deleteStatement(const QString& id);
    static db::Statement conversationCountStatement(const QString& id);

    // Why `draft` cannot be written (an empty name, a value over its limit), or empty.
    static QString validate(const CampaignDraft& draft);

    // Owner-facing sentences for the failures the caller must tell apart.
    static QString takenMessage();
    static QString hasConversationsMessage(qint64 conversations);
    static QString describe(const db::DbError& error);

private:
    void insertGenerated(const CampaignDraft& draft, int attempt, QPointer<QObject> context,
                         Callback callback);

    QPointer<db::Database> m_db;
    CampaignCode::RandomSource m_random;
};

// Reads a statement's SQL from the embedded resources (":/campaigns/queries/<name>.sql").
QString campaignQuery(const QString& name);

} // namespace limitless::campaigns
