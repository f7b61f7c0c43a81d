#include "ConversationDetails.h"

#include "ConversationChangeFeed.h"
#include "ConversationEventsModel.h"
#include "ConversationPaymentsModel.h"
#include "TranscriptModel.h"
#include "conversations/ConversationQuery.h"
#include "conversations/TranscriptLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::models {

using conversations::ConversationFilter;
using conversations::ConversationQuery;

ConversationDetails::ConversationDetails(db::Database* database, QObject* parent)
    : QObject(parent), m_db(database), m_feed(new ConversationChangeFeed(database, this)),
      m_transcript(new TranscriptModel(this)), m_events(new ConversationEventsModel(this)),
      m_payments(new ConversationPaymentsModel(this))
{
    connect(m_feed, &ConversationChangeFeed::changed, this, [this](const QStringList& ids) {
        if (!m_id.isEmpty() && ids.contains(m_id))
            reload();
    });
    connect(m_feed, &ConversationChangeFeed::changedAll, this, &ConversationDetails::reload);
    // Payment and event payloads name only their own row: re-read; it is one small batch.
    connect(m_feed, &ConversationChangeFeed::relatedChanged, this, &ConversationDetails::reload);
}

ConversationDetails::~ConversationDetails()
{
    if (m_request && m_db)
        m_db->cancel(m_request);
}

bool ConversationDetails::hasTranscript() const
{
    return m_transcript->transcript().hasCheckpoint();
}

void ConversationDetails::setConversation(const QString& conversationId)
{
    if (conversationId == m_id && (m_loaded || m_request))
        return;
    m_id = conversationId;
    m_loaded = false;
    m_hasLead = false;
    m_lead = {};
    m_transcriptError.clear();
    m_transcript->clear();
    m_events->setEvents({});
    m_payments->setPayments({});
    if (m_request && m_db)
        m_db->cancel(m_request);
    m_request = 0;
    m_reloadQueued = false;
    reload();
}

void ConversationDetails::reload()
{
    if (!m_db || m_id.isEmpty())
        return;
    if (m_request) {
        m_reloadQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state != db::ConnectionState::Connected && state != db::ConnectionState::Reconnecting)
        return;
    ConversationFilter any;
    any.includePlayground = true;
    QList<db::Statement> statements = conversations::TranscriptLoader::statements(m_id, m_db->serverInfo().additions);
    statements << ConversationQuery::events(m_id) << ConversationQuery::payments(m_id)
               << ConversationQuery::page(any, {}, 0, 1, {m_id});
    const QString id = m_id;
    m_request = m_db->batch(statements, this,
                            [this, id](const QList<db::QueryResult>& r) { onResults(id, r); });
    emit loadingChanged(true);
}

void ConversationDetails::onResults(const QString& id, const QList<db::QueryResult>& results)
{
    m_request = 0;
    if (id != m_id)
        return;
    const bool ok =
        results.size() == 5 && results.at(2).ok() && results.at(3).ok() && results.at(4).ok();
    if (!ok) {
        for (const db::QueryResult& r : results) {
            if (!r.ok()) {
                m_lastError = r.error;
                break;
            }
        }
        emit loadingChanged(false);
        if (m_lastError.kind != db::DbError::Kind::Cancelled)
            emit errorOccurred(m_lastError);
    } else {
        m_lastError = {};
        const langgraph::Transcript t =
            conversations::TranscriptLoader::decode(id, results.mid(0, 2));
        m_transcriptError = t.error;
        m_transcript->setTranscript(t);

        QList<ConversationEventsModel::Event> events;
        const db::QueryResult& e = results.at(2);
        for (int i = 0; i < e.rowCount(); ++i) {
            const QJsonValue data = e.value(i, QStringLiteral("event_data")).toJsonValue();
            events.append({e.value(i, QStringLiteral("id")).toString(),
                           e.value(i, QStringLiteral("event_type")).toString(),
                           data.isObject()
                               ? QString::fromUtf8(
                                     QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact))
                               : QString(),
                           e.value(i, QStringLiteral("created_at")).toDateTime()});
        }
        m_events->setEvents(events);

        QList<ConversationPaymentsModel::Payment> payments;
        const db::QueryResult& p = results.at(3);
        for (int i = 0; i < p.rowCount(); ++i) {
            ConversationPaymentsModel::Payment x;
            x.id = p.value(i, QStringLiteral("id")).toString();
            x.plan = p.value(i, QStringLiteral("plan")).toString();
            x.amountMonthly = p.value(i, QStringLiteral("amount_monthly")).toLongLong();
            const QVariant onetime = p.value(i, QStringLiteral("amount_onetime"));
            x.amountOnetime = onetime.isNull() ? -1 : onetime.toLongLong();
            x.currency = p.value(i, QStringLiteral("currency")).toString();
            x.status = p.value(i, QStringLiteral("payment_status")).toString();
            x.stripeSessionId = p.value(i, QStringLiteral("stripe_session_id")).toString();
            x.createdAt = p.value(i, QStringLiteral("created_at")).toDateTime();
            x.completedAt = p.value(i, QStringLiteral("completed_at")).toDateTime();
            payments.append(x);
        }
        m_payments->setPayments(payments);

        const auto leads = ConversationQuery::rows(results.at(4));
        m_hasLead = !leads.isEmpty();
        m_lead = m_hasLead ? leads.first() : conversations::ConversationRow{};
        m_loaded = true;
        emit loadingChanged(false);
        emit loaded();
    }
    if (std::exchange(m_reloadQueued, false))
        reload();
}

} // namespace limitless::models
