#include "AgentBackendDialog.h"

#include "PasswordField.h"
#include "agent/server/ServerClient.h"
#include "auth/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace limitless::ui {

using agent::server::ServerSettings;

namespace {

struct TestResult {
    bool ok = false;
    QString message;
    QList<agent::server::Assistant> assistants;
};

// On a worker thread: the client is made, used and destroyed there.
TestResult runTest(const QUrl& url, const QByteArray& key)
{
    TestResult r;
    agent::server::ServerClient client(url, key);
    client.setTimeouts(10000, 10000);
    agent::server::ServerError e;
    const agent::server::ServerInfo info = client.testConnection(&e);
    if (!e)
        r.assistants = client.searchAssistants(&e);
    if (e) {
        r.message = e.message;
        return r;
    }
    r.ok = true;
    r.message = AgentBackendDialog::tr("Connected: LangGraph API server %1 (%2), %n assistant(s).",
                                       nullptr, int(r.assistants.size()))
                    .arg(info.version,
                         info.langgraphVersion.isEmpty()
                             ? info.context
                             : QStringLiteral("%1 %2").arg(info.context, info.langgraphVersion));
    return r;
}

} // namespace

AgentBackendDialog::AgentBackendDialog(const QString& profileId, auth::SecretStore* secrets,
                                       QWidget* parent)
    : QDialog(parent), m_profileId(profileId), m_secrets(secrets)
{
    setObjectName(QStringLiteral("agentBackendDialog"));
    setWindowTitle(tr("Agent backend"));
    const ServerSettings s = ServerSettings::load(profileId);

    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("agentBackendChoice"));
    m_backend->addItem(tr("Built-in runtime (this dashboard)"), QStringLiteral("builtin"));
    m_backend->addItem(tr("LangGraph server (your deployed agent)"), QStringLiteral("server"));
    m_backend->setCurrentIndex(s.backend == ServerSettings::Backend::Server ? 1 : 0);
    m_url = new QLineEdit(s.serverUrl, this);
    m_url->setObjectName(QStringLiteral("agentServerUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:2024"));
    m_apiKey = new PasswordField(this);
    m_apiKey->setObjectName(QStringLiteral("agentServerApiKey"));
    m_apiKey->lineEdit()->setPlaceholderText(
        tr("Sent as x-api-key; kept in the keychain. Empty: keep the stored key."));
    m_assistant = new QComboBox(this);
    m_assistant->setObjectName(QStringLiteral("agentServerAssistant"));
    m_assistant->setEditable(true);
    m_assistant->setToolTip(
        tr("The assistant or graph id; Test connection lists the server's assistants."));
    if (!s.assistantId.isEmpty())
        m_assistant->addItem(s.assistantId, s.assistantId);
    m_assistant->setCurrentText(s.assistantId);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("agentServerTest"));
    m_test->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agentServerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Backend"), m_backend);
    form->addRow(tr("Server &URL"), m_url);
    form->addRow(tr("API &key"), m_apiKey);
    form->addRow(tr("&Assistant"), m_assistant);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    form->addRow(QString(), testRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where the playground's agent runs for this profile: the "
                                "dashboard's built-in runtime, or the agent your leads talk to, "
                                "served by a LangGraph API server (LangGraph Platform, a "
                                "self-hosted server, or `langgraph dev` on this machine)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_backend, &QComboBox::currentIndexChanged, this, &AgentBackendDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &AgentBackendDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentBackendDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_secrets) {
        QPointer<AgentBackendDialog> self(this);
        m_secrets->read(ServerSettings::apiKeyName(profileId), this,
                        [self](const QByteArray& key, const auth::AuthError&) {
                            if (self)
                                self->m_storedKey = key;
                        });
    }
    updateFields();
}

AgentBackendDialog::~AgentBackendDialog() = default;

QString AgentBackendDialog::statusText() const
{
    return m_status->text();
}

ServerSettings AgentBackendDialog::settings() const
{
    ServerSettings s;
    s.backend = m_backend->currentData().toString() == QLatin1String("server")
                    ? ServerSettings::Backend::Server
                    : ServerSettings::Backend::BuiltIn;
    s.serverUrl = m_url->text().trimmed();
    const QString data = m_assistant->currentData().toString();
    s.assistantId =
        m_assistant->currentText() == m_assistant->itemText(m_assistant->currentIndex()) &&
                !data.isEmpty()
            ? data
            : m_assistant->currentText().trimmed();
    return s;
}

void AgentBackendDialog::updateFields()
{
    const bool server = m_backend->currentData().toString() == QLatin1String("server");
    m_url->setEnabled(server);
    m_apiKey->setEnabled(server);
    m_assistant->setEnabled(server);
    m_test->setEnabled(server && !m_testing);
}

void AgentBackendDialog::testConnection()
{
    if (m_testing)
        return;
    ServerSettings s = settings();
    s.backend = ServerSettings::Backend::Server;
    const QStringList problems = s.problems();
    const QUrl url(s.serverUrl);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        const QString message = problems.isEmpty()
                                    ? tr("The server URL must be http:// or https:// with a host.")
                                    : problems.join(QLatin1Char(' '));
        m_status->setText(message);
        emit tested(false, message);
        return;
    }
    const QByteArray key =
        m_apiKey->text().isEmpty() ? m_storedKey : m_apiKey->text().trimmed().toUtf8();
    m_testing = true;
    updateFields();
    m_status->setText(tr("Testing %1…").arg(url.toDisplayString()));
    auto* watcher = new QFutureWatcher<TestResult>(this);
    connect(watcher, &QFutureWatcher<TestResult>::finished, this, [this, watcher] {
        const TestResult r = watcher->result();
        watcher->deleteLater();
        m_testing = false;
        m_status->setText(r.message);
        if (r.ok) {
            const QString current = settings().assistantId;
            m_assistant->clear();
            for (const agent::server::Assistant& a : r.assistants)
                m_assistant->addItem(
                    a.name.isEmpty() || a.name == a.graphId
                        ? tr("%1 (graph %2)").arg(a.assistantId, a.graphId)
                        : tr("%1 (%2, graph %3)").arg(a.name, a.assistantId, a.graphId),
                    a.assistantId);
            int keep = -1;
            for (int i = 0; i < m_assistant->count(); ++i) {
                const auto& a = r.assistants.at(i);
                if (a.assistantId == current || a.graphId == current)
                    keep = i;
            }
            if (keep >= 0 || m_assistant->count() > 0)
                m_assistant->setCurrentIndex(qMax(0, keep));
        }
        updateFields();
        emit tested(r.ok, r.message);
    });
    watcher->setFuture(QtConcurrent::run(runTest, url, key));
}

bool AgentBackendDialog::save()
{
    const ServerSettings s = settings();
    const QStringList problems = s.problems();
    if (s.backend == ServerSettings::Backend::Server && !problems.isEmpty()) {
        m_status->setText(problems.join(QLatin1Char(' ')));
        return false;
    }
    const QByteArray key = m_apiKey->text().trimmed().toUtf8();
    QPointer<AgentBackendDialog> self(this);
    auto finish = [self, s](const QString& error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_status->setText(
                tr("The API key could not be stored in the keychain: %1").arg(error));
            self->m_save->setEnabled(true);
            return;
        }
        s.save(self->m_profileId);
        emit self->saved(s);
        self->accept();
    };
    if (key.isEmpty() || !m_secrets) {
        finish({});
        return true;
    }
    m_save->setEnabled(false);
    m_secrets->write(
        ServerSettings::apiKeyName(m_profileId), key, this,
        [finish](const auth::AuthError& e) { finish(e ? e.userMessage() : QString()); });
    return true;
}

} // namespace limitless::ui
