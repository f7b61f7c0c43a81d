#include "PlaygroundPanels.h"

#include "AgentSettingsDialog.h"
#include "Banner.h"
#include "PlaygroundPage.h"
#include "PlaygroundThreadsModel.h"
#include "PromptsPanel.h"
#include "ReplayDialog.h"
#include "ReplayPanel.h"
#include "ScenariosPanel.h"
#include "agent/AgentSettings.h"
#include "agent/OpenAiPlaygroundPolicy.h"
#include "agent/PlaygroundSession.h"
#include "agent/server/ServerPlaygroundSession.h"
#include "auth/KeychainStore.h"
#include "knowledge/KnowledgeEnvironment.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>

namespace limitless::ui {

using agent::AgentSettings;
using agent::OpenAiPlaygroundPolicy;
using agent::PlaygroundSession;

PlaygroundPanels::PlaygroundPanels(PlaygroundPage* page, auth::SecretStore* secrets)
    : QObject(page), m_page(page), m_secrets(secrets),
      m_lab(new agent::PlaygroundLab(page->session(), this)), m_replay(new ReplayPanel(page)),
      m_scenarios(new ScenariosPanel(m_lab, page)),
      m_prompts(new PromptsPanel(page->session(), m_lab, page))
{
    setObjectName(QStringLiteral("playgroundPanels"));
    if (!m_secrets) {
        auto* keychain = new auth::KeychainStore;
        m_ownedSecrets.reset(keychain);
        m_secrets = keychain;
    }
    m_page->addSideTab(m_replay, tr("Replay"));
    m_page->addSideTab(m_scenarios, tr("Scenarios"));
    m_page->addSideTab(m_prompts, tr("Prompts"));

    // The OpenAI-compatible policy, with its settings beside the choice.
    OpenAiPlaygroundPolicy::registerPolicy();
    QComboBox* choice = m_page->policyChoice();
    const QString openAi = QString::fromLatin1(OpenAiPlaygroundPolicy::kName);
    if (choice->findData(openAi) < 0)
        choice->addItem(PlaygroundSession::policyLabel(openAi), openAi);
    choice->setEnabled(choice->count() > 1);
    // The choice's text says what the model still needs: long, so it does not size the header.
    choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    choice->setMinimumContentsLength(22);
    m_settingsButton = new QPushButton(tr("Agent settings…"), choice->parentWidget());
    m_settingsButton->setObjectName(QStringLiteral("agentSettingsButton"));
    m_settingsButton->setToolTip(tr("The OpenAI-compatible model's server, model, temperature "
                                    "and API key"));
    if (auto* row = qobject_cast<QHBoxLayout*>(choice->parentWidget()->layout()))
        row->insertWidget(row->indexOf(choice) + 1, m_settingsButton);
    connect(m_settingsButton, &QPushButton::clicked, this, &PlaygroundPanels::openSettings);
    connect(m_page->session()->environment(), &knowledge::EnvironmentTracker::environmentChanged,
            this, [this](const knowledge::KnowledgeEnvironment& env) {
                if (env.isValid())
                    reloadAgentSettings();
            });
    reloadAgentSettings();

    // Replay.
    connect(m_replay, &ReplayPanel::openThreadRequested, m_page, &PlaygroundPage::openThread);
    connect(m_lab, &agent::PlaygroundLab::transcriptLoaded, this,
            [this](quint64 request, const QString& threadId, const QString& handle,
                   const QList<agent::TranscriptLine>& lines, const QString& error) {
                if (request == m_dialogTranscript) {
                    m_dialogTranscript = 0;
                    if (!error.isEmpty()) {
                        m_page->banner()->showMessage(
                            Banner::Kind::Error,
                            tr("The conversation could not be read for a replay: %1").arg(error));
                        return;
                    }
                    if (m_replayDialog)
                        m_replayDialog->deleteLater();
                    m_replayDialog = new ReplayDialog(handle.isEmpty() ? threadId : handle, lines,
                                                      m_page->window());
                    m_replayDialog->setAttribute(Qt::WA_DeleteOnClose);
                    ReplayDialog* dialog = m_replayDialog;
                    connect(dialog, &QDialog::accepted, this,
                            [this, threadId, dialog] { replay(threadId, dialog->copiedTurns()); });
                    m_replayDialog->open();
                    return;
                }
                m_replay->setTranscript(threadId, lines, error);
            });
    connect(m_lab, &agent::PlaygroundLab::replayed, this,
            [this](quint64 request, const agent::ReplayResult& result,
                   const agent::ConversationFigures& original,
                   const agent::ConversationFigures& copy) {
                if (request != m_replayRequest)
                    return;
                m_replayRequest = 0;
                m_replay->setResult(result, original, copy);
                if (!result.replayThreadId.isEmpty()) {
                    m_lab->loadTranscript(result.originalThreadId);
                    if (m_replayOnServer)
                        m_lab->loadServerTranscript(result.replayThreadId, m_replayServer);
                    else
                        m_lab->loadTranscript(result.replayThreadId);
                    // The chat shows it when the page is on the backend it was made on.
                    if (m_replayOnServer == m_page->isServerBackend())
                        m_page->openThread(result.replayThreadId);
                }
                if (!result.error.isEmpty())
                    m_page->banner()->showMessage(
                        Banner::Kind::Error, tr("The replay did not finish: %1").arg(result.error));
                emit replayFinished(result);
            });

    // Scenarios save the open test conversation.
    connect(m_page, &PlaygroundPage::turnShown, this, &PlaygroundPanels::syncThread);
    connect(m_page->threadsModel(), &QAbstractItemModel::modelReset, this,
            &PlaygroundPanels::syncThread);
    connect(m_page->threadsModel(), &QAbstractItemModel::rowsInserted, this,
            &PlaygroundPanels::syncThread);
    connect(m_page->threadsModel(), &QAbstractItemModel::dataChanged, this,
            &PlaygroundPanels::syncThread);
    if (m_page->threadsView()->selectionModel())
        connect(m_page->threadsView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PlaygroundPanels::syncThread);
    connect(m_page->sideTabs(), &QTabWidget::currentChanged, this, &PlaygroundPanels::syncThread);
    syncThread();

    // The Scenarios tab offers the LangGraph server while the page is connected to one.
    connect(m_page, &PlaygroundPage::backendStatusChanged, this, &PlaygroundPanels::syncServer);
    syncServer();
}

QString PlaygroundPanels::serverMissing() const
{
    const agent::server::ServerPlaygroundSession* server = m_page->serverSession();
    if (!server)
        return tr("No LangGraph server is set for this profile: choose one with “Agent "
                  "backend…”.");
    if (!server->isReady())
        return server->problem().isEmpty()
                   ? tr("Connecting to the LangGraph server at %1…")
                         .arg(server->url().toDisplayString())
                   : tr("The LangGraph server at %1 cannot be used: %2")
                         .arg(server->url().toDisplayString(), server->problem());
    return {};
}

void PlaygroundPanels::syncServer()
{
    const agent::server::ServerPlaygroundSession* server = m_page->serverSession();
    m_scenarios->setServer(server ? server->endpoint() : agent::server::ServerEndpoint{},
                           serverMissing(), m_page->isServerBackend());
}

PlaygroundPanels::~PlaygroundPanels() = default;

ReplayDialog* PlaygroundPanels::replayDialog() const
{
    return m_replayDialog;
}

AgentSettingsDialog* PlaygroundPanels::settingsDialog() const
{
    return m_settingsDialog;
}

void PlaygroundPanels::syncThread()
{
    const QString id = m_page->currentThreadId();
    const int row = m_page->threadsModel()->rowForId(id);
    m_scenarios->setCurrentThread(id, row >= 0 ? m_page->threadsModel()->thread(row).campaignCode
                                               : QString());
}

void PlaygroundPanels::askReplay(const QString& conversationId)
{
    if (conversationId.isEmpty())
        return;
    emit replayStarted(conversationId);
    m_dialogConversation = conversationId;
    m_dialogTranscript = m_lab->loadTranscript(conversationId);
}

void PlaygroundPanels::replay(const QString& conversationId, int copiedTurns)
{
    emit replayStarted(conversationId);
    m_page->sideTabs()->setCurrentWidget(m_replay);
    // The replay runs on the backend the playground is on.
    m_replayOnServer = m_page->isServerBackend();
    if (!m_replayOnServer) {
        m_replay->setRunning(conversationId);
        m_replayRequest = m_lab->replay(conversationId, copiedTurns);
        return;
    }
    m_replayServer = m_page->serverSession()->endpoint();
    m_replay->setRunning(conversationId, true, m_page->serverSession()->description());
    if (const QString missing = serverMissing(); !missing.isEmpty()) {
        m_replayRequest = 0;
        agent::ReplayResult result;
        result.originalThreadId = conversationId;
        result.policy = QStringLiteral("server:") + m_replayServer.assistantId;
        result.error = missing;
        m_replay->setResult(result, {}, {});
        m_page->banner()->showMessage(Banner::Kind::Error,
                                      tr("The replay did not finish: %1").arg(missing));
        emit replayFinished(result);
        return;
    }
    m_replayRequest = m_lab->replayOnServer(conversationId, copiedTurns, m_replayServer);
}

QString PlaygroundPanels::openAiMissing() const
{
    return OpenAiPlaygroundPolicy::missing(m_page->session()->environment()->profileId());
}

void PlaygroundPanels::reloadAgentSettings()
{
    const QString profile = m_page->session()->environment()->profileId();
    AgentSettings settings = AgentSettings::load(profile);
    // The key is read whichever policy the settings name: the playground chooses its own.
    AgentSettings reading = settings;
    reading.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    const quint64 generation = ++m_settingsGeneration;
    agent::readAgentApiKey(
        m_secrets, profile, reading, this,
        [this, generation, profile, settings](const QByteArray& key, const QString& error) {
            if (generation != m_settingsGeneration)
                return;
            m_storedKey = !key.isEmpty();
            OpenAiPlaygroundPolicy::setSource(profile, settings, key, error);
            updatePolicyChoice();
            const QString openAi = QString::fromLatin1(OpenAiPlaygroundPolicy::kName);
            if (m_page->session()->policy() == openAi)
                m_page->session()->reloadPolicy();
        });
}

void PlaygroundPanels::updatePolicyChoice()
{
    QComboBox* choice = m_page->policyChoice();
    const QString openAi = QString::fromLatin1(OpenAiPlaygroundPolicy::kName);
    const int i = choice->findData(openAi);
    if (i < 0)
        return;
    const QString missing = openAiMissing();
    const QString label = PlaygroundSession::policyLabel(openAi);
    if (missing.isEmpty()) {
        choice->setItemText(i, label);
        choice->setItemData(i, tr("Answers with the model set in Agent settings"), Qt::ToolTipRole);
    } else {
        const AgentSettings s = AgentSettings::load(m_page->session()->environment()->profileId());
        QStringList needs;
        const QUrl url(s.baseUrl.trimmed());
        if (!url.isValid() || url.host().isEmpty())
            needs << tr("a server URL");
        if (s.model.trimmed().isEmpty())
            needs << tr("a model");
        if (!m_storedKey &&
            url.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0)
            needs << tr("an API key");
        choice->setItemText(
            i, needs.isEmpty()
                   ? tr("%1 (see Agent settings)").arg(label)
                   : tr("%1 (set %2 in Agent settings)").arg(label, needs.join(tr(", "))));
        choice->setItemData(i, missing, Qt::ToolTipRole);
    }
}

void PlaygroundPanels::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    const QString profile = m_page->session()->environment()->profileId();
    m_settingsDialog = new AgentSettingsDialog(profile, m_secrets, m_page->window());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setHasStoredKey(m_storedKey);
    connect(m_settingsDialog, &AgentSettingsDialog::saved, this,
            [this](const AgentSettings&, const QByteArray&) { reloadAgentSettings(); });
    m_settingsDialog->open();
}

} // namespace limitless::ui
