#pragma once

#include "knowledge/RetrievalEval.h"

#include <QAbstractTableModel>
#include <QHash>

namespace limitless::models {

// The owner's saved test questions with what the last run found: the rank of the first chunk
// that answers each (or a miss) and whether that is better or worse than the run before.
class TestQuestionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { QuestionColumn, ExpectedColumn, RankColumn, ChangeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RankRole = Qt::UserRole + 64, // int: 1-based rank, 0 = a miss, -1 = not run
        ChangeRole,                   // int: +1 better, -1 worse, 0 same, 2 new, -2 not run
    };

    explicit TestQuestionsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setQuestions(const QList<knowledge::TestQuestion>& questions);
    // The newest run and how each question changed against the one before it.
    void setRun(const knowledge::EvalReport& report, const QList<knowledge::EvalChange>& changes);
    const knowledge::TestQuestion& question(int row) const { return m_questions.at(row); }
    const knowledge::EvalReport& report() const { return m_report; }
    int betterCount() const;
    int worseCount() const;

private:
    QList<knowledge::TestQuestion> m_questions;
    knowledge::EvalReport m_report;
    QHash<QString, knowledge::EvalItem> m_items;     // question text → result
    QHash<QString, knowledge::EvalChange> m_changes; // question text → change
};

} // namespace limitless::models
