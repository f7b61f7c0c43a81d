#pragma once

#include "knowledge/RetrievalEval.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace limitless::knowledge {
class RetrievalBench;
}

namespace limitless::models {
class DocumentsModel;
class SearchHitsModel;
class TestQuestionsModel;
} // namespace limitless::models

namespace limitless::ui {

// The test bench: the owner types a question as a lead would and sees the top-k chunks the
// agent would be given, each with its fused score and both rankings it came from (meaning:
// vector rank and similarity; words: text rank and score), its document, page and section, and
// the matching words highlighted. Questions can be saved with the document (and page or
// section) that answers them; "Run all" measures hit@k and MRR and says, per question, what got
// better or worse since the last run.
class RetrievalBenchPanel : public QWidget {
    Q_OBJECT

public:
    RetrievalBenchPanel(knowledge::RetrievalBench* bench, models::DocumentsModel* documents,
                        QWidget* parent = nullptr);

    models::SearchHitsModel* hitsModel() const { return m_hits; }
    models::TestQuestionsModel* questionsModel() const { return m_questions; }
    QLineEdit* questionEdit() const { return m_question; }
    QSpinBox* resultsBox() const { return m_k; }
    QPushButton* searchButton() const { return m_search; }
    QTableView* hitsView() const { return m_hitsView; }
    QTextBrowser* passageView() const { return m_passage; }
    QComboBox* expectedDocumentBox() const { return m_expectedDocument; }
    QSpinBox* expectedPageBox() const { return m_expectedPage; }
    QLineEdit* expectedSectionEdit() const { return m_expectedSection; }
    QPushButton* saveQuestionButton() const { return m_saveQuestion; }
    QPushButton* removeQuestionButton() const { return m_removeQuestion; }
    QPushButton* runAllButton() const { return m_runAll; }
    QTableView* questionsView() const { return m_questionsView; }
    QString statusText() const;
    QString indexStatusText() const;
    QString summaryText() const;
    // The words highlighted in the passage shown now.
    QStringList highlightedWords() const;

public slots:
    void search();
    void saveQuestion();
    void removeSelectedQuestion();
    void runAll();
    void reloadQuestions();

private:
    void showHit(int row);
    void updateDocuments();
    void updateState();
    void showRunSummary(const knowledge::EvalReport& report, const knowledge::EvalReport& previous,
                        bool compared);

    knowledge::RetrievalBench* m_bench;
    models::DocumentsModel* m_documents;
    models::SearchHitsModel* m_hits;
    models::TestQuestionsModel* m_questions;
    QLineEdit* m_question;
    QSpinBox* m_k;
    QCheckBox* m_hybrid;
    QPushButton* m_search;
    QLabel* m_status;
    QLabel* m_indexStatus; // the in-process vector index: loading, or loaded
    QTableView* m_hitsView;
    QTextBrowser* m_passage;
    QComboBox* m_expectedDocument;
    QSpinBox* m_expectedPage;
    QLineEdit* m_expectedSection;
    QPushButton* m_saveQuestion;
    QPushButton* m_removeQuestion;
    QPushButton* m_runAll;
    QTableView* m_questionsView;
    QLabel* m_summary;
    QStringList m_highlighted;
    quint64 m_pending = 0;
    bool m_running = false;
    bool m_questionsLoaded = false;
};

} // namespace limitless::ui
