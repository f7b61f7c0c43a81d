#pragma once

#include "conversations/ConversationRow.h"
#include "db/Database.h"

#include <QObject>
#include <QPointer>

namespace limitless::models {

class ConversationChangeFeed;
class ConversationEventsModel;
class ConversationPaymentsModel;
class TranscriptModel;

// Everything the Conversations page shows beside the list for one conversation: its transcript
// (from LangGraph's checkpoints), the lead's fields, its analytics events and its payments —
// read in one round trip, and re-read when a notification says the conversation, a payment or
// an event changed.
class ConversationDetails : public QObject {
    Q_OBJECT

public:
    explicit ConversationDetails(db::Database* database, QObject* parent = nullptr);
    ~ConversationDetails() override;

    TranscriptModel* transcript() const { return m_transcript; }
    ConversationEventsModel* events() const { return m_events; }
    ConversationPaymentsModel* payments() const { return m_payments; }
    ConversationChangeFeed* changeFeed() const { return m_feed; }

    QString conversationId() const { return m_id; }
    bool hasLead() const { return m_hasLead; }
    const conversations::ConversationRow& lead() const { return m_lead; }
    bool isLoading() const { return m_request != 0; }
    bool isLoaded() const { return m_loaded; }
    // The thread has a checkpoint (else: "No transcript stored").
    bool hasTranscript() const;
    // Why the transcript (or part of it) could not be read; empty when all is well.
    QString transcriptError() const { return m_transcriptError; }
    db::DbError lastError() const { return m_lastError; }

public slots:
    // Shows this conversation ("" shows none).
    void setConversation(const QString& conversationId);
    void reload();

signals:
    void loaded();
    void loadingChanged(bool loading);
    void errorOccurred(const limitless::db::DbError& error);

private:
    void onResults(const QString& id, const QList<db::QueryResult>& results);

    QPointer<db::Database> m_db;
    ConversationChangeFeed* m_feed;
    TranscriptModel* m_transcript;
    ConversationEventsModel* m_events;
    ConversationPaymentsModel* m_payments;
    QString m_id;
    conversations::ConversationRow m_lead;
    bool m_hasLead = false;
    bool m_loaded = false;
    bool m_reloadQueued = false;
    QString m_transcriptError;
    db::DbError m_lastError;
    db::RequestId m_request = 0;
};

} // namespace limitless::models
