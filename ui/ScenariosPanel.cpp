#include "ScenariosPanel.h"

#include "MessageBox.h"
#include "ScenariosModel.h"
#include "agent/PlaygroundSession.h"
#include "agent/ScenarioRunner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace limitless::ui {

using agent::PlaygroundLab;
using agent::ScenarioEntry;
using agent::ScenarioOutcome;
using agent::ScenarioReport;
using agent::server::BackendComparison;
using agent::server::ScenarioBackends;
using models::ScenariosModel;

namespace {

QString yesNo(bool v)
{
    return v ? ScenariosPanel::tr("yes") : ScenariosPanel::tr("no");
}

QString outcomeLine(const ScenarioOutcome& o)
{
    QString stage = o.stageReached;
    stage.replace(u'_', u' ');
    if (!stage.isEmpty())
        stage[0] = stage.at(0).toUpper();
    if (o.policy.startsWith(QLatin1String("server:")))
        return ScenariosPanel::tr("stage %1 · qualified %2 · payment link %3 · assistant %4 · "
                                  "%5 lead turns answered")
            .arg(stage.isEmpty() ? ScenariosPanel::tr("—") : stage, yesNo(o.qualified),
                 yesNo(o.paymentLinkSent), o.policy.mid(7), QString::number(o.turns));
    return ScenariosPanel::tr("stage %1 · qualified %2 · payment link %3 · %4 · policy %5 · %6 "
                              "lead turns answered")
        .arg(stage.isEmpty() ? ScenariosPanel::tr("—") : stage, yesNo(o.qualified),
             yesNo(o.paymentLinkSent),
             o.promptVersion == 0 ? ScenariosPanel::tr("built-in prompts")
                                  : ScenariosPanel::tr("prompts v%1").arg(o.promptVersion),
             o.policy, QString::number(o.turns));
}

} // namespace

ScenariosPanel::ScenariosPanel(PlaygroundLab* lab, QWidget* parent)
    : QWidget(parent), m_lab(lab), m_model(new ScenariosModel(this)),
      m_backend(new QComboBox(this)), m_serverNote(new QLabel(this)),
      m_saveButton(new QPushButton(tr("Save &conversation…"), this)),
      m_run(new QPushButton(tr("&Run"), this)), m_runAll(new QPushButton(tr("Run &all"), this)),
      m_stop(new QPushButton(tr("Stop"), this)), m_delete(new QPushButton(tr("Delete"), this)),
      m_compare(new QPushButton(tr("Co&mpare"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_view(new QTableView(this)), m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("scenariosPanel"));
    m_saveButton->setObjectName(QStringLiteral("scenarioSave"));
    m_saveButton->setToolTip(tr("Save the open test conversation's lead messages as a scenario; "
                                "where it got becomes what later runs must reach"));
    m_run->setObjectName(QStringLiteral("scenarioRun"));
    m_run->setToolTip(tr("Run the selected scenario with the current prompts and documents"));
    m_runAll->setObjectName(QStringLiteral("scenarioRunAll"));
    m_stop->setObjectName(QStringLiteral("scenarioStop"));
    m_stop->setToolTip(tr("Stop after the scenario in progress"));
    m_delete->setObjectName(QStringLiteral("scenarioDelete"));
    m_compare->setObjectName(QStringLiteral("scenarioCompare"));
    m_compare->setToolTip(
        tr("The selected scenario's newest run against the run before it, or its expectation"));

    m_backend->setObjectName(QStringLiteral("scenarioBackend"));
    m_backend->setAccessibleName(tr("Run scenarios on"));
    m_backend->addItem(tr("Built-in runtime"), int(ScenarioBackends::BuiltIn));
    m_backend->addItem(tr("LangGraph server"), int(ScenarioBackends::Server));
    m_backend->addItem(tr("Both, side by side"), int(ScenarioBackends::Both));
    m_backend->setItemData(0,
                           tr("The playground's own runtime with the current prompts, "
                              "documents and policy"),
                           Qt::ToolTipRole);
    m_serverNote->setObjectName(QStringLiteral("scenarioServerNote"));
    m_serverNote->setWordWrap(true);
    m_serverNote->setTextFormat(Qt::PlainText);
    m_serverNote->setVisible(false);
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setBackends(backends());
        updateColumns();
        showDetails();
    });

    m_progress->setObjectName(QStringLiteral("scenarioProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("scenariosView"));
    m_view->setAccessibleName(tr("Saved scenarios"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Every column as wide as its contents (the name first, never elided); the last fills.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(36);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // The turns answered are in the details (and the model); the side pane is narrow.
    m_view->setColumnHidden(ScenariosModel::TurnsColumn, true);
    // On the server or both, the verdict comes right after the name (the pane is narrow).
    m_view->horizontalHeader()->moveSection(
        m_view->horizontalHeader()->visualIndex(ScenariosModel::VerdictColumn), 1);

    m_details->setObjectName(QStringLiteral("scenarioDetails"));
    m_details->setAccessibleName(tr("Scenario details"));
    m_details->setOpenLinks(false);

    auto* backendRow = new QHBoxLayout;
    backendRow->setSpacing(6);
    auto* backendLabel = new QLabel(tr("R&un on:"), this);
    backendLabel->setBuddy(m_backend);
    backendRow->addWidget(backendLabel);
    backendRow->addWidget(m_backend, 1);
    // Two rows of buttons: the side pane can be narrow.
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* buttons2 = new QHBoxLayout;
    buttons2->setSpacing(6);
    buttons2->addWidget(m_run);
    buttons2->addWidget(m_runAll);
    buttons2->addWidget(m_stop);
    buttons2->addStretch(1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    // The details with their comparison button.
    auto* detailsBox = new QWidget(this);
    auto* dl = new QVBoxLayout(detailsBox);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->setSpacing(4);
    auto* detailsRow = new QHBoxLayout;
    auto* detailsTitle = new QLabel(tr("Details"), detailsBox);
    QFont bold = detailsTitle->font();
    bold.setWeight(QFont::DemiBold);
    detailsTitle->setFont(bold);
    detailsRow->addWidget(detailsTitle);
    detailsRow->addStretch(1);
    detailsRow->addWidget(m_compare);
    dl->addLayout(detailsRow);
    dl->addWidget(m_details, 1);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(buttons);
    layout->addLayout(backendRow);
    layout->addWidget(m_serverNote);
    layout->addLayout(buttons2);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_saveButton, &QPushButton::clicked, this, &ScenariosPanel::saveCurrentThread);
    connect(m_run, &QPushButton::clicked, this, &ScenariosPanel::runSelected);
    connect(m_runAll, &QPushButton::clicked, this, &ScenariosPanel::runAll);
    connect(m_stop, &QPushButton::clicked, this, &ScenariosPanel::stop);
    connect(m_delete, &QPushButton::clicked, this, &ScenariosPanel::deleteSelected);
    connect(m_compare, &QPushButton::clicked, this, &ScenariosPanel::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_comparing = false;
        showDetails();
        updateControls();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showDetails();
        updateControls();
    });

    connect(m_lab, &PlaygroundLab::scenariosListed, this,
            [this](quint64 request, const QList<ScenarioEntry>& entries, const QString& error) {
                if (request != m_listRequest)
                    return;
                if (!error.isEmpty()) {
                    m_status->setText(tr("The scenarios could not be listed: %1").arg(error));
                    return;
                }
                const QString keep =
                    m_selectAfterList.isEmpty()
                        ? m_model->data(m_model->index(selectedRow(), 0), ScenariosModel::NameRole)
                              .toString()
                        : m_selectAfterList;
                m_selectAfterList.clear();
                m_model->setEntries(entries);
                if (!keep.isEmpty())
                    selectScenario(keep);
                if (m_status->text().isEmpty() || entries.isEmpty())
                    m_status->setText(
                        entries.isEmpty()
                            ? tr("No scenarios yet: open a test conversation and save it here.")
                            : tr("%n scenario(s).", nullptr, int(entries.size())));
            });
    connect(m_lab, &PlaygroundLab::scenarioSaved, this,
            [this](quint64 request, const agent::Scenario& scenario, const QString& error) {
                if (request != m_saveRequest)
                    return;
                m_saveRequest = 0;
                if (error.isEmpty()) {
                    m_status->setText(tr("Saved “%1” with %n lead turn(s); runs are held to where "
                                         "this conversation got.",
                                         nullptr, int(scenario.leadTurns.size()))
                                          .arg(scenario.name));
                    m_selectAfterList = scenario.name;
                    refresh();
                } else {
                    m_status->setText(tr("The scenario could not be saved: %1").arg(error));
                }
                updateControls();
                emit scenarioSaved(scenario.name, error);
            });
    connect(m_lab, &PlaygroundLab::scenarioDeleted, this,
            [this](quint64 request, const QString& name, const QString& error) {
                if (request != m_deleteRequest)
                    return;
                m_deleteRequest = 0;
                m_status->setText(error.isEmpty()
                                      ? tr("Deleted “%1” and its runs.").arg(name)
                                      : tr("The scenario could not be deleted: %1").arg(error));
                refresh();
            });
    connect(m_lab, &PlaygroundLab::scenarioRan, this,
            [this](quint64 request, int done, int total, const ScenarioReport& report) {
                if (request != m_runRequest)
                    return;
                m_model->applyReport(report);
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_status->setText(
                    tr("Ran “%1” (%2 of %3)…").arg(report.scenario.name).arg(done).arg(total));
                if (report.scenario.name ==
                    m_model->data(m_model->index(selectedRow(), 0), ScenariosModel::NameRole)
                        .toString())
                    showDetails();
            });
    connect(m_lab, &PlaygroundLab::scenariosRan, this,
            [this](quint64 request, const QList<ScenarioReport>& reports, const QString& error) {
                if (request != m_runRequest)
                    return;
                m_runRequest = 0;
                m_progress->setVisible(false);
                int failed = 0;
                for (const ScenarioReport& r : reports) {
                    const int row = m_model->rowForName(r.scenario.name);
                    if (row >= 0 && ScenariosModel::resultOf(m_model->entry(row)) ==
                                        ScenariosModel::Result::Failed)
                        ++failed;
                }
                QString text = tr("%n scenario(s) run: ", nullptr, int(reports.size())) +
                               tr("%n failed.", nullptr, failed);
                if (!error.isEmpty())
                    text = reports.isEmpty() ? tr("The scenarios could not be run: %1").arg(error)
                                             : text + u' ' + error;
                m_status->setText(text);
                showDetails();
                updateControls();
                emit runsFinished(reports, error);
            });
    connect(m_lab, &PlaygroundLab::scenarioCompared, this,
            [this](quint64 request, int done, int total, const BackendComparison& row) {
                if (request != m_runRequest)
                    return;
                m_model->applyComparison(row);
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_status->setText(
                    tr("Ran “%1” (%2 of %3)…").arg(row.scenario.name).arg(done).arg(total));
                if (row.scenario.name ==
                    m_model->data(m_model->index(selectedRow(), 0), ScenariosModel::NameRole)
                        .toString())
                    showDetails();
            });
    connect(m_lab, &PlaygroundLab::scenariosCompared, this,
            [this](quint64 request, const QList<BackendComparison>& rows, const QString& error) {
                if (request != m_runRequest)
                    return;
                m_runRequest = 0;
                m_progress->setVisible(false);
                const int failed =
                    agent::server::BackendSuite::count(rows, QStringLiteral("failed"));
                QString text;
                if (backends() == ScenarioBackends::Both) {
                    const int differ =
                        agent::server::BackendSuite::count(rows, QStringLiteral("differs"));
                    text = tr("%n scenario(s) run on both runtimes: ", nullptr, int(rows.size())) +
                           tr("%n end differently, ", nullptr, differ) +
                           tr("%n failed.", nullptr, failed);
                } else {
                    text = tr("%n scenario(s) run on the LangGraph server: ", nullptr,
                              int(rows.size())) +
                           tr("%n failed.", nullptr, failed);
                }
                if (!error.isEmpty())
                    text = rows.isEmpty() ? tr("The scenarios could not be run: %1").arg(error)
                                          : text + u' ' + error;
                m_status->setText(text);
                showDetails();
                updateControls();
                emit comparisonsFinished(rows, error);
            });
    connect(m_lab->session(), &agent::PlaygroundSession::readyChanged, this, [this](bool ready) {
        if (ready)
            refresh();
        updateControls();
    });
    if (m_lab->session()->isReady())
        refresh();
    setServer({}, {}, false);
    updateColumns();
    showDetails();
    updateControls();
}

ScenarioBackends ScenariosPanel::backends() const
{
    return ScenarioBackends(m_backend->currentData().toInt());
}

QString ScenariosPanel::serverNote() const
{
    return m_serverNote->isVisible() ? m_serverNote->text() : QString();
}

void ScenariosPanel::setBackends(ScenarioBackends backends)
{
    const int i = m_backend->findData(int(backends));
    if (i >= 0)
        m_backend->setCurrentIndex(i);
}

void ScenariosPanel::setServer(const agent::server::ServerEndpoint& server, const QString& missing,
                               bool pageOnServer)
{
    m_server = server;
    m_serverMissing = server.isSet() || !missing.isEmpty()
                          ? missing
                          : tr("No LangGraph server is set for this profile.");
    m_pageOnServer = pageOnServer;
    auto* items = qobject_cast<QStandardItemModel*>(m_backend->model());
    const bool usable = m_serverMissing.isEmpty();
    for (int i = 1; i < m_backend->count(); ++i) {
        if (items)
            items->item(i)->setEnabled(usable);
        m_backend->setItemData(
            i,
            usable ? (i == 1 ? tr("Each scenario on a new thread of %1 (assistant %2)")
                                   .arg(server.url.toDisplayString(), server.assistantId)
                             : tr("Each scenario on the built-in runtime and on the LangGraph "
                                  "server, set side by side"))
                   : m_serverMissing,
            Qt::ToolTipRole);
    }
    if (!usable && backends() != ScenarioBackends::BuiltIn && m_runRequest == 0)
        m_backend->setCurrentIndex(0);
    m_serverNote->setText(tr("LangGraph server: %1").arg(m_serverMissing));
    m_serverNote->setVisible(!usable);
    updateControls();
}

void ScenariosPanel::updateColumns()
{
    const ScenarioBackends b = backends();
    const bool builtin = b != ScenarioBackends::Server;
    const bool server = b != ScenarioBackends::BuiltIn;
    m_view->setColumnHidden(ScenariosModel::ResultColumn, b != ScenarioBackends::BuiltIn);
    for (int c : {ScenariosModel::StageColumn, ScenariosModel::QualifiedColumn,
                  ScenariosModel::PaymentLinkColumn})
        m_view->setColumnHidden(c, !builtin);
    for (int c : {ScenariosModel::PromptVersionColumn, ScenariosModel::PolicyColumn})
        m_view->setColumnHidden(c, b != ScenarioBackends::BuiltIn);
    for (int c : {ScenariosModel::ServerStageColumn, ScenariosModel::ServerQualifiedColumn,
                  ScenariosModel::ServerPaymentLinkColumn, ScenariosModel::VerdictColumn})
        m_view->setColumnHidden(c, !server);
}

QString ScenariosPanel::statusText() const
{
    return m_status->text();
}

QString ScenariosPanel::detailsText() const
{
    return m_details->toPlainText();
}

void ScenariosPanel::setCurrentThread(const QString& threadId, const QString& campaignCode)
{
    m_threadId = threadId;
    m_campaignCode = campaignCode;
    updateControls();
}

void ScenariosPanel::refresh()
{
    m_listRequest = m_lab->listScenarios();
}

void ScenariosPanel::saveCurrentThread()
{
    if (m_threadId.isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("scenarioNameDialog"));
    dialog->setWindowTitle(tr("Save as scenario"));
    dialog->setLabelText(tr("The lead's messages of this test conversation become a scenario; "
                            "where it got (stage, qualified, payment link) is what later runs "
                            "must reach.\n\nScenario &name:"));
    dialog->setTextValue(tr("Scenario %1").arg(m_model->rowCount() + 1));
    connect(dialog, &QInputDialog::textValueSelected, this, &ScenariosPanel::saveCurrentThreadAs);
    dialog->open();
}

void ScenariosPanel::saveCurrentThreadAs(const QString& name)
{
    if (m_threadId.isEmpty() || m_saveRequest != 0)
        return;
    const QString trimmed = name.trimmed();
    const QString thread = m_threadId, campaign = m_campaignCode;
    auto save = [this, trimmed, thread, campaign](bool replace) {
        m_status->setText(tr("Saving “%1”…").arg(trimmed));
        m_saveRequest = m_lab->saveScenario(thread, trimmed, campaign, replace);
        updateControls();
    };
    if (m_model->rowForName(trimmed) >= 0) {
        MessageBox::question(
            this, tr("Replace scenario"),
            tr("A scenario called “%1” exists already. Replace it with this conversation? Its "
               "runs so far are kept.")
                .arg(trimmed),
            [save](MessageBox::Button answer) {
                if (answer == MessageBox::Button::Yes)
                    save(true);
            });
        return;
    }
    save(false);
}

int ScenariosPanel::selectedRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ScenariosPanel::selectScenario(const QString& name)
{
    const int row = m_model->rowForName(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ScenariosPanel::run(const QStringList& names)
{
    if (m_runRequest != 0)
        return;
    m_progress->setRange(0, names.isEmpty() ? m_model->rowCount() : int(names.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    const ScenarioBackends b = backends();
    if (b == ScenarioBackends::BuiltIn) {
        m_status->setText(tr("Running…"));
        m_runRequest = m_lab->runScenarios(names);
    } else {
        m_status->setText(b == ScenarioBackends::Both
                              ? tr("Running on the built-in runtime and on the LangGraph server…")
                              : tr("Running on the LangGraph server…"));
        m_runRequest = m_lab->runScenarios(names, b, m_server);
    }
    updateControls();
}

void ScenariosPanel::runSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        run({m_model->entry(row).scenario.name});
}

void ScenariosPanel::runAll()
{
    run({});
}

void ScenariosPanel::stop()
{
    if (m_runRequest == 0)
        return;
    m_lab->cancelRuns();
    m_status->setText(tr("Stopping after the scenario in progress…"));
    m_stop->setEnabled(false);
}

void ScenariosPanel::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model->entry(row).scenario.name;
    MessageBox::question(this, tr("Delete scenario"),
                         tr("Delete the scenario “%1” and all of its runs?").arg(name),
                         [this, name](MessageBox::Button answer) {
                             if (answer == MessageBox::Button::Yes)
                                 m_deleteRequest = m_lab->deleteScenario(name);
                         });
}

void ScenariosPanel::compareSelected()
{
    m_comparing = true;
    showDetails();
}

void ScenariosPanel::showDetails()
{
    const int row = selectedRow();
    if (row < 0) {
        m_details->setHtml(
            m_model->rowCount() == 0
                ? tr("<p>A scenario is a test conversation kept to be run again: after you "
                     "change a prompt or a document, run all scenarios to see whether the agent "
                     "still takes each lead where it did.</p>")
                : tr("<p>Select a scenario to see its lead messages and its last run.</p>"));
        return;
    }
    const ScenarioEntry& e = m_model->entry(row);
    const ScenariosModel::Result result = ScenariosModel::resultOf(e);
    QString html = QStringLiteral("<h3>%1</h3>").arg(e.scenario.name.toHtmlEscaped());
    if (e.hasExpected)
        html += tr("<p><b>Expected:</b> %1</p>").arg(outcomeLine(e.expected).toHtmlEscaped());
    if (result != ScenariosModel::Result::NotRun) {
        html += tr("<p><b>Last run (%1):</b> %2</p>")
                    .arg(ScenariosModel::resultText(result), outcomeLine(e.latest).toHtmlEscaped());
        if (!e.latest.error.isEmpty())
            html += tr("<p><b>Error:</b> %1</p>").arg(e.latest.error.toHtmlEscaped());
    } else {
        html += tr("<p>Not run yet.</p>");
    }
    if (m_comparing && result != ScenariosModel::Result::NotRun) {
        const bool previous = m_model->hasPrevious(row);
        const ScenarioOutcome before = previous ? m_model->previous(row) : e.expected;
        const QList<agent::ScenarioChange> changes =
            agent::ScenarioRunner::compare(before, e.latest);
        html += previous ? tr("<h4>Newest run against the run before it</h4>")
                         : tr("<h4>Newest run against the expectation</h4>");
        if (changes.isEmpty()) {
            html += tr("<p>The same run: every reply, stage and state field is equal.</p>");
        } else {
            html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' "
                                   "style='border-collapse:collapse'><tr><th>%1</th><th>%2</th>"
                                   "<th>%3</th></tr>")
                        .arg(tr("What"), tr("Before"), tr("After"));
            for (const agent::ScenarioChange& c : changes)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(c.field.toHtmlEscaped(), c.before.toHtmlEscaped(),
                                 c.after.toHtmlEscaped());
            html += QStringLiteral("</table>");
        }
    }
    if (backends() != ScenarioBackends::BuiltIn && m_model->hasComparison(row)) {
        const BackendComparison c = m_model->comparison(row);
        html += tr("<h4>On the LangGraph server</h4>");
        html += tr("<p><b>Server run:</b> %1</p>").arg(outcomeLine(c.server).toHtmlEscaped());
        if (!c.server.error.isEmpty())
            html += tr("<p><b>Error on the server:</b> %1</p>").arg(c.server.error.toHtmlEscaped());
        if (c.hasBuiltin) {
            html +=
                tr("<p><b>Built-in run:</b> %1</p>").arg(outcomeLine(c.builtin).toHtmlEscaped());
            html += tr("<p><b>Compared:</b> %1</p>").arg(c.verdictText().toHtmlEscaped());
        }
    } else if (backends() != ScenarioBackends::BuiltIn) {
        html += tr("<p>Not run on the LangGraph server in this session.</p>");
    }
    html += tr("<h4>Lead messages</h4>") + QStringLiteral("<ol>");
    for (const QString& t : e.scenario.leadTurns)
        html += QStringLiteral("<li>%1</li>").arg(t.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_details->setHtml(html);
}

void ScenariosPanel::updateControls()
{
    const bool ready =
        m_lab->session()->isReady() && m_lab->session()->unavailableReason().isEmpty();
    const bool running = m_runRequest != 0;
    const bool selected = selectedRow() >= 0;
    m_saveButton->setEnabled(ready && !m_pageOnServer && !m_threadId.isEmpty() &&
                             m_saveRequest == 0);
    m_saveButton->setToolTip(
        m_pageOnServer         ? tr("The open test conversation is on the LangGraph server: "
                                            "scenarios are saved from the built-in playground's "
                                            "conversations")
        : m_threadId.isEmpty() ? tr("Open a test conversation first; its lead messages become "
                                    "the scenario")
                               : tr("Save the open test conversation's lead messages as a "
                                    "scenario; where it got becomes what later runs must "
                                    "reach"));
    m_backend->setEnabled(!running);
    m_run->setEnabled(ready && !running && selected);
    m_runAll->setEnabled(ready && !running && m_model->rowCount() > 0);
    m_stop->setEnabled(running);
    m_delete->setEnabled(ready && !running && selected);
    m_compare->setEnabled(selected && ScenariosModel::resultOf(m_model->entry(selectedRow())) !=
                                          ScenariosModel::Result::NotRun);
}

} // namespace limitless::ui
