#include "AgentSettingsDialog.h"

#include "PasswordField.h"
#include "Theme.h"
#include "auth/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace limitless::ui {

using agent::AgentSettings;

AgentSettingsDialog::AgentSettingsDialog(const QString& profileId, auth::SecretStore* secrets,
                                         QWidget* parent)
    : QDialog(parent), m_profileId(profileId), m_secrets(secrets), m_baseUrl(new QLineEdit(this)),
      m_model(new QLineEdit(this)), m_temperature(new QDoubleSpinBox(this)),
      m_streaming(new QCheckBox(tr("Stream the reply as it is written"), this)),
      m_apiKey(new PasswordField(this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("agentSettingsDialog"));
    setWindowTitle(tr("Agent settings"));
    setMinimumWidth(520);

    auto* intro = new QLabel(tr("The playground's “OpenAI-compatible model” policy sends the "
                                "agent's prompts to this server. The API key is kept in the "
                                "keychain."),
                             this);
    intro->setWordWrap(true);

    m_baseUrl->setObjectName(QStringLiteral("agentBaseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_model->setObjectName(QStringLiteral("agentModel"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setPlaceholderText(QStringLiteral("gpt-4o-mini"));
    m_temperature->setObjectName(QStringLiteral("agentTemperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_streaming->setObjectName(QStringLiteral("agentStreaming"));
    m_apiKey->setObjectName(QStringLiteral("agentApiKey"));
    m_apiKey->lineEdit()->setAccessibleName(tr("API key"));

    auto* form = new QFormLayout;
    form->addRow(tr("Base &URL"), m_baseUrl);
    form->addRow(tr("&Model"), m_model);
    form->addRow(tr("&Temperature"), m_temperature);
    form->addRow(QString(), m_streaming);
    form->addRow(tr("API &key"), m_apiKey);

    m_problems->setObjectName(QStringLiteral("agentSettingsProblems"));
    m_problems->setWordWrap(true);
    Theme::setAdaptedStyleSheet(m_problems, QStringLiteral("color: #b3261e;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    for (QLineEdit* e : {m_baseUrl, m_model, m_apiKey->lineEdit()})
        connect(e, &QLineEdit::textChanged, this, &AgentSettingsDialog::updateProblems);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this,
            &AgentSettingsDialog::updateProblems);
    setSettings(AgentSettings::load(profileId));
}

void AgentSettingsDialog::setSettings(const AgentSettings& s)
{
    m_loaded = s;
    m_baseUrl->setText(s.baseUrl);
    m_model->setText(s.model);
    m_temperature->setValue(s.temperature);
    m_streaming->setChecked(s.streaming);
    updateProblems();
}

AgentSettings AgentSettingsDialog::settings() const
{
    AgentSettings s = m_loaded;
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->text().trimmed();
    s.temperature = m_temperature->value();
    s.streaming = m_streaming->isChecked();
    return s;
}

void AgentSettingsDialog::setHasStoredKey(bool stored)
{
    m_storedKey = stored;
    m_apiKey->lineEdit()->setPlaceholderText(stored ? tr("Kept in the keychain; type to replace it")
                                                    : tr("Not set"));
    updateProblems();
}

QString AgentSettingsDialog::problemsText() const
{
    return m_problems->text();
}

void AgentSettingsDialog::updateProblems()
{
    AgentSettings s = settings();
    s.policy = AgentSettings::PolicyKind::OpenAiCompatible;
    QByteArray key = m_apiKey->text().toUtf8();
    if (key.isEmpty() && m_storedKey)
        key = QByteArrayLiteral("stored");
    const QStringList problems = s.problems(key);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool AgentSettingsDialog::save()
{
    updateProblems();
    if (!m_problems->text().isEmpty())
        return false;
    const AgentSettings s = settings();
    const QByteArray apiKey = m_apiKey->text().toUtf8();
    QPointer<AgentSettingsDialog> self(this);
    // The key first: the settings never name a server whose key the keychain refused.
    auto finish = [self, s, apiKey](const QString& error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_problems->setText(
                tr("The key could not be stored in the keychain: %1").arg(error));
            self->m_problems->show();
            self->m_save->setEnabled(true);
            return;
        }
        s.save(self->m_profileId);
        self->m_loaded = s;
        self->m_apiKey->clear();
        emit self->saved(s, apiKey);
        self->accept();
    };
    if (apiKey.isEmpty() || !m_secrets) {
        finish({});
    } else {
        m_save->setEnabled(false);
        m_secrets->write(
            AgentSettings::apiKeyName(m_profileId), apiKey, this,
            [finish](const auth::AuthError& e) { finish(e ? e.userMessage() : QString()); });
    }
    return true;
}

} // namespace limitless::ui
