#pragma once

#include "conversations/ConversationFilter.h"
#include "conversations/ConversationRow.h"
#include "db/Database.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QVector>

namespace limitless::models {

class ConversationChangeFeed;

// The pipeline view's data: one top-level row per stage in the agent's order (greeting →
// qualification → pitch → objection handling → close → complete / nurture) with the number of
// conversations in it, and under each the newest `cardsPerStage` conversations as cards.
// Counts and cards come in one round trip; live changes re-read them (debounced) and merge by
// id, so a view keeps its selection and scroll position.
class PipelineModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        StageRole = Qt::UserRole + 300, // stage key (top level) or the card's stage
        CountRole,                      // conversations in the stage (top level)
        SubtitleRole,                   // a card's second line
        PaidRole,
        QualifiedRole,
    };

    explicit PipelineModel(db::Database* database, QObject* parent = nullptr);
    ~PipelineModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setCardsPerStage(int cards) { m_cardsPerStage = cards; }
    int cardsPerStage() const { return m_cardsPerStage; }
    const conversations::ConversationFilter& filter() const { return m_filter; }
    qint64 count(int stage) const { return m_stages.at(stage).count; }
    QModelIndex stageIndex(const QString& stage) const;
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_request != 0; }

public slots:
    void setFilter(const limitless::conversations::ConversationFilter& filter);
    void refresh();

signals:
    void refreshed();
    void errorOccurred(const limitless::db::DbError& error);

private:
    struct Stage {
        QString key;
        qint64 count = 0;
        QVector<conversations::ConversationRow> cards;
    };
    void onResults(quint64 generation, const QList<db::QueryResult>& results);
    void mergeCards(int stage, const QVector<conversations::ConversationRow>& fresh);

    QPointer<db::Database> m_db;
    ConversationChangeFeed* m_feed;
    conversations::ConversationFilter m_filter;
    QVector<Stage> m_stages;
    int m_cardsPerStage = 50;
    quint64 m_generation = 0;
    db::RequestId m_request = 0;
    bool m_refreshQueued = false;
    bool m_loaded = false;
    bool m_started = false;
};

} // namespace limitless::models
