#include "PromptsPanel.h"

#include "agent/AgentGraph.h"
#include "agent/PlaygroundLab.h"
#include "agent/PlaygroundSession.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace limitless::ui {

using agent::NodePrompt;
using agent::PlaygroundSession;

PromptsPanel::PromptsPanel(PlaygroundSession* session, agent::PlaygroundLab* lab, QWidget* parent)
    : QWidget(parent), m_session(session), m_lab(lab), m_node(new QComboBox(this)),
      m_status(new QLabel(this)), m_editor(new QPlainTextEdit(this)),
      m_versions(new QListWidget(this)), m_save(new QPushButton(tr("&Save as new version"), this)),
      m_discard(new QPushButton(tr("&Discard changes"), this)),
      m_restore(new QPushButton(tr("&Restore this version"), this))
{
    setObjectName(QStringLiteral("promptsPanel"));
    m_node->setObjectName(QStringLiteral("promptNode"));
    m_node->setAccessibleName(tr("Node"));
    for (const agent::GraphNode& n : agent::AgentGraph::nodes())
        m_node->addItem(n.label, n.id);
    auto* nodeLabel = new QLabel(tr("&Node"), this);
    nodeLabel->setBuddy(m_node);

    m_status->setObjectName(QStringLiteral("promptStatus"));
    m_status->setWordWrap(true);

    m_editor->setObjectName(QStringLiteral("promptEditor"));
    m_editor->setAccessibleName(tr("Prompt and reply templates"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setToolTip(
        tr("Markdown: “## prompt” is what a language model is told; the other "
           "“## …” sections are the offline agent's reply templates with "
           "{echo}, {revenue}, {business}, {citation}, {plans}, {email}, {plan}."));

    m_versions->setObjectName(QStringLiteral("promptVersions"));
    m_versions->setAccessibleName(tr("Saved versions"));
    m_versions->setMaximumHeight(120);

    m_save->setObjectName(QStringLiteral("promptSave"));
    m_discard->setObjectName(QStringLiteral("promptDiscard"));
    m_restore->setObjectName(QStringLiteral("promptRestore"));
    m_restore->setToolTip(tr("Saves the selected version's text again as the newest version"));

    auto* top = new QHBoxLayout;
    top->addWidget(nodeLabel);
    top->addWidget(m_node, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* versionsTitle = new QLabel(tr("Saved &versions"), this);
    versionsTitle->setBuddy(m_versions);
    // Restore under the list it acts on (beside the list's title, it held the pane wider than
    // the German and Spanish windows allow).
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    layout->addWidget(versionsTitle);
    layout->addWidget(m_versions);
    layout->addLayout(restoreRow);

    connect(m_node, &QComboBox::currentIndexChanged, this, [this] {
        showPrompt();
        m_versions->clear();
        m_history.clear();
        m_historyRequest = m_lab->loadPromptHistory(currentNode());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PromptsPanel::updateControls);
    connect(m_versions, &QListWidget::currentRowChanged, this, &PromptsPanel::updateControls);
    connect(m_save, &QPushButton::clicked, this, &PromptsPanel::save);
    connect(m_discard, &QPushButton::clicked, this, &PromptsPanel::discard);
    connect(m_restore, &QPushButton::clicked, this, &PromptsPanel::restoreSelected);

    connect(m_session, &PlaygroundSession::promptsLoaded, this,
            [this](quint64 request, const agent::PromptSet& prompts, const QString& error) {
                if (request != m_loadRequest)
                    return;
                m_prompts = prompts;
                if (!error.isEmpty())
                    m_status->setText(tr("The saved prompts could not be read (the built-in ones "
                                         "are shown): %1")
                                          .arg(error));
                // Unsaved edits stay.
                if (!isModified())
                    showPrompt();
                else
                    updateControls();
            });
    connect(m_session, &PlaygroundSession::promptSaved, this,
            [this](quint64 request, const QString& node, int version, const QString& error) {
                if (request != m_saveRequest)
                    return;
                m_saveRequest = 0;
                if (!error.isEmpty()) {
                    // The text stays in the editor to be saved again.
                    m_status->setText(tr("The prompt could not be saved: %1").arg(error));
                    updateControls();
                } else {
                    NodePrompt p = m_prompts.node(node);
                    p.node = node;
                    p.body = m_editor->toPlainText();
                    p.version = version;
                    m_prompts.set(p);
                    m_shownBody = p.body;
                    m_status->setText(tr("Saved as version %1: the next turn and the next "
                                         "scenario run use it.")
                                          .arg(version));
                    reload();
                }
                emit saved(node, version, error);
            });
    connect(m_lab, &agent::PlaygroundLab::promptHistoryLoaded, this,
            [this](quint64 request, const QString& node, const QList<NodePrompt>& versions,
                   const QString& error) {
                if (request != m_historyRequest || node != currentNode())
                    return;
                m_history = versions;
                m_versions->clear();
                const QLocale locale;
                const int inUse = m_prompts.node(node).version;
                for (const NodePrompt& v : versions) {
                    QString text =
                        tr("Version %1 · saved %2")
                            .arg(v.version)
                            .arg(locale.toString(v.savedAt.toLocalTime(), QLocale::ShortFormat));
                    if (v.version == inUse)
                        text += tr(" · in use");
                    auto* item = new QListWidgetItem(text, m_versions);
                    item->setData(Qt::UserRole, v.version);
                }
                auto* builtin = new QListWidgetItem(
                    inUse == 0 ? tr("Built-in text · in use") : tr("Built-in text"), m_versions);
                builtin->setData(Qt::UserRole, 0);
                if (!error.isEmpty())
                    m_versions->addItem(tr("The versions could not be read: %1").arg(error));
                updateControls();
            });
    connect(m_session, &PlaygroundSession::readyChanged, this, [this](bool ready) {
        if (ready)
            reload();
    });
    if (m_session->isReady())
        reload();
    showPrompt();
}

QString PromptsPanel::currentNode() const
{
    return m_node->currentData().toString();
}

QString PromptsPanel::statusText() const
{
    return m_status->text();
}

bool PromptsPanel::isModified() const
{
    return m_editor->toPlainText() != m_shownBody;
}

void PromptsPanel::reload()
{
    m_loadRequest = m_session->loadPrompts();
    m_historyRequest = m_lab->loadPromptHistory(currentNode());
}

void PromptsPanel::showNode(const QString& node)
{
    const int i = m_node->findData(node);
    if (i >= 0)
        m_node->setCurrentIndex(i);
}

void PromptsPanel::showPrompt()
{
    const NodePrompt p = m_prompts.node(currentNode());
    m_shownBody = p.body;
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(p.body);
    }
    if (m_saveRequest == 0)
        m_status->setText(
            p.version == 0
                ? tr("In use: the built-in text. Edit it and save to make version 1 of yours.")
                : tr("In use: version %1, saved %2.")
                      .arg(p.version)
                      .arg(QLocale().toString(p.savedAt.toLocalTime(), QLocale::ShortFormat)));
    updateControls();
}

void PromptsPanel::save()
{
    if (!isModified() || m_saveRequest != 0)
        return;
    if (m_editor->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("An empty prompt cannot be saved; discard the changes instead."));
        return;
    }
    m_status->setText(tr("Saving…"));
    m_saveRequest = m_session->savePrompt(currentNode(), m_editor->toPlainText());
    updateControls();
}

void PromptsPanel::discard()
{
    const QSignalBlocker block(m_editor);
    m_editor->setPlainText(m_shownBody);
    updateControls();
}

void PromptsPanel::restoreSelected()
{
    const QListWidgetItem* item = m_versions->currentItem();
    if (!item || m_saveRequest != 0)
        return;
    const int version = item->data(Qt::UserRole).toInt();
    QString body;
    if (version == 0) {
        body = agent::PromptSet::builtin().node(currentNode()).body;
    } else {
        for (const NodePrompt& v : m_history)
            if (v.version == version)
                body = v.body;
    }
    if (body.isEmpty())
        return;
    m_editor->setPlainText(body);
    if (!isModified()) {
        m_status->setText(tr("That text is already in use."));
        return;
    }
    save();
}

void PromptsPanel::updateControls()
{
    const bool idle = m_saveRequest == 0;
    const bool modified = isModified();
    m_save->setEnabled(idle && modified && m_session->isReady() &&
                       m_session->unavailableReason().isEmpty());
    m_discard->setEnabled(idle && modified);
    const QListWidgetItem* item = m_versions->currentItem();
    m_restore->setEnabled(idle && item && item->data(Qt::UserRole).isValid() &&
                          m_session->isReady());
}

} // namespace limitless::ui
