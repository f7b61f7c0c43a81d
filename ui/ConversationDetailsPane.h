#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListView;
class QStackedWidget;
class QTableView;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class ConversationDetails;
}

namespace limitless::ui {

// The right-hand side of the Conversations page: the selected conversation's transcript as a
// chat, and beside it the lead's fields, its analytics events as a timeline and its payments.
// A thread without a checkpoint says so; a damaged one shows the reason for that thread only.
class ConversationDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit ConversationDetailsPane(db::Database* database, QWidget* parent = nullptr);

    models::ConversationDetails* details() const { return m_details; }
    QListView* transcriptView() const { return m_transcript; }
    QListView* eventsView() const { return m_events; }
    QTableView* paymentsView() const { return m_payments; }
    // The message shown instead of (or above) the transcript, e.g. "No transcript stored".
    QString transcriptNotice() const;

public slots:
    void setConversation(const QString& conversationId);

private:
    void updateLead();
    void updateTranscriptState();
    // A row of the lead's fields; `value` defaults to a wrapping label.
    QLabel* addField(const QString& label, QLabel* value = nullptr);

    models::ConversationDetails* m_details;
    QLabel* m_title;
    QLabel* m_subtitle;
    QStackedWidget* m_transcriptStack;
    QListView* m_transcript;
    QLabel* m_notice;
    QLabel* m_error;
    QFormLayout* m_fields;
    QList<QLabel*> m_values;
    QListView* m_events;
    QTableView* m_payments;
    QLabel* m_noPayments;
};

} // namespace limitless::ui
