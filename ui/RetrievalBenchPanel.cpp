#include "RetrievalBenchPanel.h"

#include "DocumentsModel.h"
#include "SearchHitsModel.h"
#include "TestQuestionsModel.h"
#include "Theme.h"
#include "knowledge/RetrievalBench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace limitless::ui {

using knowledge::EvalReport;
using knowledge::SearchHit;
using knowledge::TestQuestion;
using models::SearchHitsModel;
using models::TestQuestionsModel;

namespace {

void setUpTable(QTableView* view, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

// The passage as HTML with the matching words marked.
QString passageHtml(const SearchHit& hit, QStringList* marked)
{
    QList<QPair<int, int>> spans = hit.highlights;
    std::sort(spans.begin(), spans.end());
    QString html;
    int at = 0;
    const int n = int(hit.text.size());
    for (const auto& [start, end] : std::as_const(spans)) {
        const int s = qBound(at, start, n);
        const int e = qBound(s, end, n);
        if (e <= s)
            continue;
        html += hit.text.mid(at, s - at).toHtmlEscaped();
        const QString word = hit.text.mid(s, e - s);
        marked->append(word);
        html += QStringLiteral(
                    "<span style=\"background-color:#ffe066; color:#212529; font-weight:600\">%1"
                    "</span>")
                    .arg(word.toHtmlEscaped());
        at = e;
    }
    html += hit.text.mid(at).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

RetrievalBenchPanel::RetrievalBenchPanel(knowledge::RetrievalBench* bench,
                                         models::DocumentsModel* documents, QWidget* parent)
    : QWidget(parent), m_bench(bench), m_documents(documents), m_hits(new SearchHitsModel(this)),
      m_questions(new TestQuestionsModel(this)), m_question(new QLineEdit(this)),
      m_k(new QSpinBox(this)), m_hybrid(new QCheckBox(tr("Match words too"), this)),
      m_search(new QPushButton(tr("Search"), this)), m_status(new QLabel(this)),
      m_indexStatus(new QLabel(this)), m_hitsView(new QTableView(this)),
      m_passage(new QTextBrowser(this)), m_expectedDocument(new QComboBox(this)),
      m_expectedPage(new QSpinBox(this)), m_expectedSection(new QLineEdit(this)),
      m_saveQuestion(new QPushButton(tr("Save as test question"), this)),
      m_removeQuestion(new QPushButton(tr("Remove"), this)),
      m_runAll(new QPushButton(tr("Run all"), this)), m_questionsView(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("retrievalBench"));
    const int rowHeight = fontMetrics().height() + 12;

    m_question->setObjectName(QStringLiteral("benchQuestion"));
    m_question->setAccessibleName(tr("Test question"));
    m_question->setPlaceholderText(
        tr("Ask as a lead would, e.g. “How much is the coaching programme per month?”"));
    m_question->setClearButtonEnabled(true);
    m_question->addAction(Theme::icon(QStringLiteral(":/icons/search.svg")),
                          QLineEdit::LeadingPosition);
    m_k->setObjectName(QStringLiteral("benchK"));
    m_k->setAccessibleName(tr("Number of results"));
    m_k->setRange(1, 20);
    m_k->setValue(5);
    m_k->setPrefix(tr("top "));
    m_hybrid->setObjectName(QStringLiteral("benchHybrid"));
    m_hybrid->setChecked(true);
    m_hybrid->setToolTip(tr("Fuse the ranking by meaning with full-text search, as the agent "
                            "does; off = meaning only"));
    m_search->setObjectName(QStringLiteral("benchSearch"));
    m_search->setDefault(true);
    auto* ask = new QHBoxLayout;
    ask->setSpacing(8);
    ask->addWidget(m_question, 1);
    ask->addWidget(m_k);
    ask->addWidget(m_hybrid);
    ask->addWidget(m_search);
    m_status->setObjectName(QStringLiteral("benchStatus"));
    m_status->setWordWrap(true);
    m_indexStatus->setObjectName(QStringLiteral("benchIndexStatus"));
    m_indexStatus->setWordWrap(true);
    m_indexStatus->setText(m_bench->indexStatus());
    m_indexStatus->setVisible(!m_indexStatus->text().isEmpty());

    m_hitsView->setObjectName(QStringLiteral("benchHits"));
    m_hitsView->setAccessibleName(tr("Retrieved chunks"));
    m_hitsView->setModel(m_hits);
    setUpTable(m_hitsView, rowHeight);
    // Each column at least as wide as its translated title, drawn at the theme's weight 600
    // with the section's padding ("Seit dem vorigen Durchlauf" is wider than "Since last run").
    QFont titleFont = m_hitsView->horizontalHeader()->font();
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titles(titleFont);
    const auto fitTitle = [&titles](QHeaderView* header, int column, int width) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(width, titles.horizontalAdvance(title) + 20));
    };
    QHeaderView* h = m_hitsView->horizontalHeader();
    fitTitle(h, SearchHitsModel::RankColumn, 36);
    fitTitle(h, SearchHitsModel::DocumentColumn, 170);
    fitTitle(h, SearchHitsModel::PageColumn, 52);
    fitTitle(h, SearchHitsModel::SectionColumn, 150);
    fitTitle(h, SearchHitsModel::ScoreColumn, 70);
    fitTitle(h, SearchHitsModel::VectorColumn, 96);
    fitTitle(h, SearchHitsModel::TextColumn, 96);

    m_passage->setObjectName(QStringLiteral("benchPassage"));
    m_passage->setAccessibleName(tr("Passage of the selected result"));
    m_passage->setOpenLinks(false);

    // Saved questions.
    auto* saved = new QGroupBox(tr("Saved test questions"), this);
    saved->setObjectName(QStringLiteral("savedQuestions"));
    m_questionsView->setParent(saved);
    m_questionsView->setObjectName(QStringLiteral("testQuestions"));
    m_questionsView->setAccessibleName(tr("Saved test questions"));
    m_questionsView->setModel(m_questions);
    setUpTable(m_questionsView, rowHeight);
    QHeaderView* qh = m_questionsView->horizontalHeader();
    qh->setStretchLastSection(false);
    qh->setSectionResizeMode(TestQuestionsModel::QuestionColumn, QHeaderView::Stretch);
    fitTitle(qh, TestQuestionsModel::ExpectedColumn, 220);
    fitTitle(qh, TestQuestionsModel::RankColumn, 90);
    fitTitle(qh, TestQuestionsModel::ChangeColumn, 150);

    m_expectedDocument->setObjectName(QStringLiteral("expectedDocument"));
    m_expectedDocument->setAccessibleName(tr("Document that answers the question"));
    m_expectedDocument->setMinimumWidth(200);
    m_expectedPage->setObjectName(QStringLiteral("expectedPage"));
    m_expectedPage->setAccessibleName(tr("Page that answers the question"));
    m_expectedPage->setRange(0, 9999);
    m_expectedPage->setSpecialValueText(tr("any page"));
    m_expectedSection->setObjectName(QStringLiteral("expectedSection"));
    m_expectedSection->setAccessibleName(tr("Section that answers the question"));
    m_expectedSection->setPlaceholderText(tr("any section"));
    m_saveQuestion->setObjectName(QStringLiteral("saveQuestion"));
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestion"));
    m_runAll->setObjectName(QStringLiteral("runAllQuestions"));
    for (QPushButton* b : {m_saveQuestion, m_removeQuestion, m_runAll})
        b->setAutoDefault(false);
    auto* expect = new QHBoxLayout;
    expect->setSpacing(8);
    auto* expectLabel = new QLabel(tr("&Answered by"), saved);
    expectLabel->setBuddy(m_expectedDocument);
    expect->addWidget(expectLabel);
    expect->addWidget(m_expectedDocument, 1);
    expect->addWidget(m_expectedPage);
    expect->addWidget(m_expectedSection, 1);
    expect->addWidget(m_saveQuestion);
    auto* runRow = new QHBoxLayout;
    runRow->setSpacing(8);
    m_summary->setObjectName(QStringLiteral("benchSummary"));
    m_summary->setWordWrap(true);
    runRow->addWidget(m_summary, 1);
    runRow->addWidget(m_removeQuestion);
    runRow->addWidget(m_runAll);
    auto* savedLayout = new QVBoxLayout(saved);
    savedLayout->setSpacing(8);
    savedLayout->addLayout(expect);
    savedLayout->addWidget(m_questionsView, 1);
    savedLayout->addLayout(runRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("benchSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_hitsView);
    split->addWidget(m_passage);
    split->addWidget(saved);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(ask);
    layout->addWidget(m_status);
    layout->addWidget(m_indexStatus);
    layout->addWidget(split, 1);

    connect(m_question, &QLineEdit::returnPressed, this, &RetrievalBenchPanel::search);
    connect(m_search, &QPushButton::clicked, this, &RetrievalBenchPanel::search);
    connect(m_saveQuestion, &QPushButton::clicked, this, &RetrievalBenchPanel::saveQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this,
            &RetrievalBenchPanel::removeSelectedQuestion);
    connect(m_runAll, &QPushButton::clicked, this, &RetrievalBenchPanel::runAll);
    connect(m_question, &QLineEdit::textChanged, this, &RetrievalBenchPanel::updateState);
    connect(m_hitsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showHit(current.row()); });
    connect(m_questionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetrievalBenchPanel::updateState);
    connect(m_documents, &models::DocumentsModel::refreshed, this,
            &RetrievalBenchPanel::updateDocuments);

    connect(m_bench, &knowledge::RetrievalBench::readyChanged, this, [this](bool ready) {
        if (ready && !m_questionsLoaded)
            reloadQuestions();
        updateState();
    });
    connect(m_bench, &knowledge::RetrievalBench::problemChanged, this,
            &RetrievalBenchPanel::updateState);
    connect(m_bench, &knowledge::RetrievalBench::indexStatusChanged, this,
            [this](const QString& status) {
                m_indexStatus->setText(status);
                m_indexStatus->setVisible(!status.isEmpty());
            });
    connect(m_bench, &knowledge::RetrievalBench::searchFinished, this,
            [this](quint64 id, const QString&, const knowledge::SearchResult& result) {
                if (id != m_pending)
                    return; // an older question's answer
                m_pending = 0;
                const QLocale locale;
                if (!result.ok()) {
                    m_hits->clear();
                    m_status->setText(tr("The search failed: %1").arg(result.error.userMessage()));
                } else {
                    m_hits->setResult(result);
                    QString text =
                        result.hits.isEmpty()
                            ? tr("No chunk matches: the knowledge base has nothing on this yet.")
                            : tr("Results: %1 in %2 ms · vector search: %3 · model: %4")
                                  .arg(locale.toString(result.hits.size()))
                                  .arg(locale.toString(result.totalMs, 'f', 0))
                                  .arg(result.engine, result.embeddingModel);
                    if (!result.notes.isEmpty())
                        text += QStringLiteral(" · ") + result.notes.join(QStringLiteral(" · "));
                    m_status->setText(text);
                    if (!result.hits.isEmpty())
                        m_hitsView->selectRow(0);
                }
                if (result.hits.isEmpty())
                    showHit(-1);
                updateState();
            });
    connect(
        m_bench, &knowledge::RetrievalBench::questionsLoaded, this,
        [this](const QList<TestQuestion>& questions, const EvalReport& last, const QString& error) {
            m_questionsLoaded = error.isEmpty();
            m_questions->setQuestions(questions);
            m_questions->setRun(last, {});
            if (!error.isEmpty())
                m_summary->setText(error);
            else if (questions.isEmpty())
                m_summary->setText(tr("No saved questions yet. Search for a question, choose "
                                      "the document that answers it and save it: “Run all” "
                                      "then tells whether changes to documents or settings "
                                      "made answers better or worse."));
            else if (!last.items.isEmpty())
                showRunSummary(last, {}, false);
            else
                m_summary->setText(tr("Not run yet: “Run all” measures how often the "
                                      "expected document comes first."));
            updateState();
        });
    connect(m_bench, &knowledge::RetrievalBench::questionAdded, this,
            [this](const QString&, const QString& error) {
                if (!error.isEmpty())
                    m_summary->setText(tr("The question could not be saved: %1").arg(error));
                reloadQuestions();
            });
    connect(m_bench, &knowledge::RetrievalBench::questionRemoved, this,
            [this](const QString&, const QString& error) {
                if (!error.isEmpty())
                    m_summary->setText(tr("The question could not be removed: %1").arg(error));
                reloadQuestions();
            });
    connect(m_bench, &knowledge::RetrievalBench::runStarted, this,
            [this](int n) { m_summary->setText(tr("Running the saved questions (%1)…").arg(n)); });
    connect(m_bench, &knowledge::RetrievalBench::runFinished, this,
            [this](const EvalReport& report, const EvalReport& previous,
                   const QList<knowledge::EvalChange>& changes, const QString& error) {
                m_running = false;
                if (!error.isEmpty() && report.items.isEmpty()) {
                    m_summary->setText(error);
                } else {
                    m_questions->setRun(report, changes);
                    showRunSummary(report, previous, true);
                    if (!error.isEmpty())
                        m_summary->setText(m_summary->text() + QLatin1Char(' ') + error);
                }
                updateState();
            });

    m_passage->setHtml(Theme::adapt(QStringLiteral("<p style=\"color:#6c757d\">%1</p>"))
                           .arg(tr("Type a question above and press Enter. The chunks the agent "
                                   "would be given appear here with the words that matched "
                                   "highlighted.")
                                    .toHtmlEscaped()));
    updateDocuments();
    updateState();
    if (m_bench->isReady())
        reloadQuestions();
}

QString RetrievalBenchPanel::statusText() const
{
    return m_status->text();
}

QString RetrievalBenchPanel::indexStatusText() const
{
    return m_indexStatus->text();
}

QString RetrievalBenchPanel::summaryText() const
{
    return m_summary->text();
}

QStringList RetrievalBenchPanel::highlightedWords() const
{
    return m_highlighted;
}

void RetrievalBenchPanel::updateDocuments()
{
    const QStringList names = m_documents->currentFilenames();
    QStringList shown;
    for (int i = 0; i < m_expectedDocument->count(); ++i)
        shown << m_expectedDocument->itemText(i);
    if (shown == names)
        return;
    const QString current = m_expectedDocument->currentText();
    const QSignalBlocker block(m_expectedDocument);
    m_expectedDocument->clear();
    m_expectedDocument->addItems(names);
    const int i = m_expectedDocument->findText(current);
    m_expectedDocument->setCurrentIndex(i < 0 ? 0 : i);
    updateState();
}

void RetrievalBenchPanel::updateState()
{
    const bool ready = m_bench->isReady();
    const bool hasQuestion = !m_question->text().trimmed().isEmpty();
    m_search->setEnabled(ready && hasQuestion && m_pending == 0);
    m_saveQuestion->setEnabled(ready && hasQuestion && m_expectedDocument->count() > 0 &&
                               m_questionsLoaded);
    m_removeQuestion->setEnabled(ready && m_questionsView->selectionModel()->hasSelection());
    m_runAll->setEnabled(ready && !m_running && m_questions->rowCount() > 0);
    if (!ready && m_pending == 0)
        m_status->setText(m_bench->problem().isEmpty()
                              ? tr("Connecting the test bench to the knowledge base…")
                              : m_bench->problem());
    else if (ready && m_status->text() == tr("Connecting the test bench to the knowledge base…"))
        m_status->setText(m_documents->currentFilenames().isEmpty()
                              ? tr("Add documents first: the bench searches what the agent "
                                   "knows.")
                              : QString());
}

void RetrievalBenchPanel::search()
{
    const QString q = m_question->text().trimmed();
    if (q.isEmpty() || !m_bench->isReady())
        return;
    knowledge::SearchOptions options = m_bench->defaultOptions(m_k->value());
    options.hybrid = m_hybrid->isChecked();
    m_pending = m_bench->search(q, options);
    m_status->setText(m_bench->isIndexLoading()
                          ? tr("Searching… (after the search index has loaded)")
                          : tr("Searching…"));
    updateState();
}

void RetrievalBenchPanel::showHit(int row)
{
    m_highlighted.clear();
    if (row < 0 || row >= m_hits->rowCount()) {
        m_passage->clear();
        return;
    }
    const SearchHit& h = m_hits->hit(row);
    const QLocale locale;
    QStringList where{h.filename};
    if (h.page > 0)
        where << tr("page %1").arg(locale.toString(h.page));
    if (!h.section.isEmpty())
        where << QStringLiteral("§ ") + h.section;
    const QString header =
        Theme::adapt(QStringLiteral("<p style=\"color:#495057\"><b>%1</b><br>%2 · %3 · %4</p>"))
            .arg(where.join(QStringLiteral(" · ")).toHtmlEscaped(),
                 tr("score %1").arg(locale.toString(h.fusedScore, 'f', 4)).toHtmlEscaped(),
                 (h.vectorRank > 0 ? tr("meaning: rank %1, similarity %2")
                                         .arg(h.vectorRank)
                                         .arg(locale.toString(h.similarity, 'f', 3))
                                   : tr("meaning: not ranked"))
                     .toHtmlEscaped(),
                 (h.textRank > 0 ? tr("words: rank %1, score %2")
                                       .arg(h.textRank)
                                       .arg(locale.toString(h.textScore, 'f', 4))
                                 : tr("words: no match"))
                     .toHtmlEscaped());
    m_passage->setHtml(header + QStringLiteral("<p>") + passageHtml(h, &m_highlighted) +
                       QStringLiteral("</p>"));
    // The result is where the answer is expected, unless the owner says otherwise.
    const int doc = m_expectedDocument->findText(h.filename);
    if (doc >= 0)
        m_expectedDocument->setCurrentIndex(doc);
    m_expectedPage->setValue(qMax(0, h.page));
    m_expectedSection->setText(h.section);
}

void RetrievalBenchPanel::saveQuestion()
{
    TestQuestion q;
    q.question = m_question->text().trimmed();
    q.expectedFilename = m_expectedDocument->currentText();
    q.expectedPage = m_expectedPage->value() > 0 ? m_expectedPage->value() : -1;
    q.expectedSection = m_expectedSection->text().trimmed();
    if (q.question.isEmpty() || q.expectedFilename.isEmpty())
        return;
    m_bench->addQuestion(q);
    m_summary->setText(tr("Saving the question…"));
}

void RetrievalBenchPanel::removeSelectedQuestion()
{
    const QModelIndexList rows = m_questionsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = m_questions->question(rows.first().row()).id;
    if (!id.isEmpty())
        m_bench->removeQuestion(id);
}

void RetrievalBenchPanel::runAll()
{
    if (m_running)
        return;
    m_running = true;
    knowledge::SearchOptions options = m_bench->defaultOptions(m_k->value());
    options.hybrid = m_hybrid->isChecked();
    m_bench->runAll(options);
    m_summary->setText(tr("Running the saved questions…"));
    updateState();
}

void RetrievalBenchPanel::reloadQuestions()
{
    m_bench->loadQuestions();
}

void RetrievalBenchPanel::showRunSummary(const EvalReport& report, const EvalReport& previous,
                                         bool compared)
{
    const QLocale locale;
    QString text = tr("hit@%1: %2% · MRR: %3")
                       .arg(report.k)
                       .arg(locale.toString(report.hitRate * 100, 'f', 0))
                       .arg(locale.toString(report.mrr, 'f', 2));
    if (!compared) {
        m_summary->setText(tr("Last run — %1.").arg(text));
        return;
    }
    if (previous.items.isEmpty()) {
        m_summary->setText(tr("%1. The first run: nothing to compare with yet.").arg(text));
        return;
    }
    m_summary->setText(tr("%1 (before: hit@%2 %3%, MRR %4). Better: %5 · worse: %6.")
                           .arg(text)
                           .arg(previous.k)
                           .arg(locale.toString(previous.hitRate * 100, 'f', 0))
                           .arg(locale.toString(previous.mrr, 'f', 2))
                           .arg(m_questions->betterCount())
                           .arg(m_questions->worseCount()));
}

} // namespace limitless::ui
