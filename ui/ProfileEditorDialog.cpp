#include "ProfileEditorDialog.h"

#include "Banner.h"
#include "PasswordField.h"
#include "Theme.h"
#include "auth/ConnectionTester.h"
#include "auth/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limitless::ui {

using auth::Profile;

namespace {

QLabel* buddied(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(auth::ProfileStore* profiles, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_tester(new auth::ConnectionTester(this)),
      m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("profileEditorDialog"));
    setWindowTitle(tr("Edit profile"));
    auto* root = new QVBoxLayout(this);
    // As tall as the form needs: lines appear (problems, test results) and must not squeeze it.
    root->setSizeConstraint(QLayout::SetFixedSize);
    root->setContentsMargins(20, 18, 20, 16);
    root->setSpacing(12);
    root->addWidget(m_banner);

    m_sandboxNote = new QLabel(tr("The local sandbox is a private PostgreSQL database on this "
                                  "computer, started by the app. Its address and accounts are "
                                  "managed for you; sign in with its owner account."),
                               this);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setMinimumWidth(520);
    root->addWidget(m_sandboxNote);

    m_remoteForm = new QWidget(this);
    m_remoteForm->setMinimumWidth(520);
    auto* remote = new QVBoxLayout(m_remoteForm);
    remote->setContentsMargins(0, 0, 0, 0);

    auto* project = new QGroupBox(tr("Supabase project"), m_remoteForm);
    auto* pf = new QFormLayout(project);
    m_name = new QLineEdit(project);
    pf->addRow(buddied(tr("&Name:"), m_name, project), m_name);
    m_url = new QLineEdit(project);
    m_url->setPlaceholderText(QStringLiteral("https://abcdefghijklmnopqrst.supabase.co"));
    pf->addRow(buddied(tr("Supabase &URL:"), m_url, project), m_url);
    m_key = new PasswordField(project);
    m_key->lineEdit()->setPlaceholderText(tr("anon or publishable key"));
    pf->addRow(buddied(tr("API &key:"), m_key->lineEdit(), project), m_key);
    m_providers = new QLineEdit(project);
    m_providers->setPlaceholderText(QStringLiteral("google, github"));
    m_providers->setToolTip(tr("Browser sign-in buttons, by Supabase provider name, separated by "
                               "commas. Leave empty for none."));
    pf->addRow(buddied(tr("Sign-in &providers:"), m_providers, project), m_providers);
    m_redirectPort = new QSpinBox(project);
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("any free port"));
    m_redirectPort->setToolTip(tr("The port of http://127.0.0.1:<port>/callback, which the "
                                  "project's redirect allow-list must contain."));
    pf->addRow(buddied(tr("Browser &return port:"), m_redirectPort, project), m_redirectPort);
    remote->addWidget(project);

    auto* database = new QGroupBox(tr("Database"), m_remoteForm);
    auto* df = new QFormLayout(database);
    m_mode = new QComboBox(database);
    m_mode->addItem(tr("Direct connection"), QStringLiteral("direct"));
    m_mode->addItem(tr("Session pooler"), QStringLiteral("session-pooler"));
    df->addRow(buddied(tr("&Connection:"), m_mode, database), m_mode);
    m_host = new QLineEdit(database);
    m_host->setPlaceholderText(QStringLiteral("db.abcdefghijklmnopqrst.supabase.co"));
    df->addRow(buddied(tr("&Host:"), m_host, database), m_host);
    m_port = new QSpinBox(database);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    df->addRow(buddied(tr("P&ort:"), m_port, database), m_port);
    m_database = new QLineEdit(database);
    df->addRow(buddied(tr("&Database:"), m_database, database), m_database);
    m_user = new QLineEdit(database);
    df->addRow(buddied(tr("U&ser:"), m_user, database), m_user);
    m_password = new PasswordField(database);
    df->addRow(buddied(tr("Pass&word:"), m_password->lineEdit(), database), m_password);
    m_sslMode = new QComboBox(database);
    m_sslMode->addItem(tr("Verify the certificate and host name"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Verify the certificate only"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypt without verifying"), QStringLiteral("require"));
    m_sslMode->addItem(tr("No encryption (this computer only)"), QStringLiteral("disable"));
    df->addRow(buddied(tr("&TLS:"), m_sslMode, database), m_sslMode);
    auto* caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(database);
    m_caFile->setPlaceholderText(tr("CA certificate file (.crt)"));
    m_browseCa = new QPushButton(tr("&Browse…"), database);
    m_browseCa->setAutoDefault(false);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    df->addRow(buddied(tr("C&A file:"), m_caFile, database), caRow);
    remote->addWidget(database);
    root->addWidget(m_remoteForm);

    auto* links = new QFormLayout;
    m_campaignUrl = new QLineEdit(this);
    m_campaignUrl->setPlaceholderText(QStringLiteral("https://go.example.com/c/"));
    links->addRow(buddied(tr("Ca&mpaign base URL:"), m_campaignUrl, this), m_campaignUrl);
    root->addLayout(links);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setWordWrap(true);
    Theme::setAdaptedStyleSheet(m_problems, QStringLiteral("color: #c92a2a;"));
    root->addWidget(m_problems);

    auto* results = new QFormLayout;
    m_testAuth = new QLabel(this);
    m_testAuth->setObjectName(QStringLiteral("testAuthResult"));
    m_testAuth->setWordWrap(true);
    m_testDb = new QLabel(this);
    m_testDb->setObjectName(QStringLiteral("testDatabaseResult"));
    m_testDb->setWordWrap(true);
    results->addRow(tr("Sign-in server:"), m_testAuth);
    results->addRow(tr("Database:"), m_testDb);
    root->addLayout(results);

    auto* buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    root->addWidget(buttons);

    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_browseCa, &QPushButton::clicked, this, &ProfileEditorDialog::chooseCaFile);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::onModeChanged);
    for (QLineEdit* e : {m_name, m_url, m_key->lineEdit(), m_host, m_database, m_user, m_caFile,
                         m_campaignUrl, m_providers})
        connect(e, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateProblems);
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileEditorDialog::updateProblems);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateProblems);
    connect(m_tester, &auth::ConnectionTester::finished, this,
            [this](const auth::ConnectionTester::Result& r) {
                m_test->setEnabled(true);
                showTestResult(!r.auth, r.auth ? r.auth.userMessage() : QString(),
                               r.databaseError.isEmpty(),
                               r.databaseError.isEmpty() ? r.databaseVersion : r.databaseError);
                emit tested();
            });
    setProfile(Profile::production());
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::load(const QString& id)
{
    setProfile(m_profiles->profile(id));
    m_banner->showMessage(Banner::Kind::Info, tr("Reading the profile's keys from the keychain…"));
    m_profiles->load(id, this, [this](const Profile& p, const auth::AuthError& e) {
        setProfile(p);
        if (e)
            m_banner->showMessage(Banner::Kind::Error, e.userMessage());
        else
            m_banner->clear();
    });
}

void ProfileEditorDialog::setProfile(const Profile& p)
{
    m_loaded = p;
    setWindowTitle(tr("Edit profile — %1").arg(p.name));
    m_sandboxNote->setVisible(p.isSandbox());
    m_remoteForm->setVisible(!p.isSandbox());
    m_name->setText(p.name);
    m_url->setText(p.supabaseUrl.toString());
    m_key->lineEdit()->setText(p.anonKey);
    m_providers->setText(p.oauthProviders.join(QStringLiteral(", ")));
    m_redirectPort->setValue(p.oauthRedirectPort);
    m_mode->setCurrentIndex(p.dbMode == Profile::DbMode::SessionPooler ? 1 : 0);
    m_host->setText(p.dbHost);
    m_port->setValue(p.dbPort);
    m_database->setText(p.dbName);
    m_user->setText(p.dbUser);
    m_password->lineEdit()->setText(p.dbPassword);
    const int ssl = m_sslMode->findData(p.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_caFile->setText(p.sslRootCert);
    m_campaignUrl->setText(p.campaignBaseUrl.toString());
    m_testAuth->setText(tr("not tested"));
    m_testDb->setText(tr("not tested"));
    updateProblems();
    adjustSize();
}

Profile ProfileEditorDialog::profile() const
{
    Profile p = m_loaded;
    p.campaignBaseUrl = QUrl(m_campaignUrl->text().trimmed());
    if (p.isSandbox())
        return p;
    p.name = m_name->text().trimmed().isEmpty() ? m_loaded.name : m_name->text().trimmed();
    p.supabaseUrl = QUrl(m_url->text().trimmed());
    p.anonKey = m_key->text().trimmed();
    p.oauthProviders.clear();
    for (const QString& s : m_providers->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.oauthProviders << s.trimmed().toLower();
    p.oauthRedirectPort = m_redirectPort->value();
    p.dbMode =
        m_mode->currentIndex() == 1 ? Profile::DbMode::SessionPooler : Profile::DbMode::Direct;
    p.dbHost = m_host->text().trimmed();
    p.dbPort = m_port->value();
    p.dbName = m_database->text().trimmed();
    p.dbUser = m_user->text().trimmed();
    p.dbPassword = m_password->text();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslRootCert = m_caFile->text().trimmed();
    return p;
}

void ProfileEditorDialog::onModeChanged()
{
    // The session pooler speaks on 5432 too; its user is "postgres.<project ref>".
    if (m_mode->currentIndex() == 1 && m_user->text() == QLatin1String("postgres")) {
        const QString host = QUrl(m_url->text().trimmed()).host();
        const QString ref = host.section(QLatin1Char('.'), 0, 0);
        if (!ref.isEmpty())
            m_user->setText(QStringLiteral("postgres.") + ref);
    }
    updateProblems();
}

void ProfileEditorDialog::updateProblems()
{
    // An earlier test result says nothing about what was changed since.
    if (!m_tester->isRunning()) {
        m_testAuth->setText(tr("not tested"));
        m_testDb->setText(tr("not tested"));
        Theme::setAdaptedStyleSheet(m_testAuth, {});
        Theme::setAdaptedStyleSheet(m_testDb, {});
    }
    const QStringList problems = profile().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_caFile->setEnabled(m_sslMode->currentData().toString().startsWith(QLatin1String("verify")));
    m_browseCa->setEnabled(m_caFile->isEnabled());
}

void ProfileEditorDialog::chooseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("CA certificate"), QString(),
                                   tr("Certificates (*.crt *.pem);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_caFile->setText(file); });
    dialog->open();
}

void ProfileEditorDialog::testConnection()
{
    if (m_tester->isRunning())
        return;
    m_test->setEnabled(false);
    m_testAuth->setText(tr("testing…"));
    m_testDb->setText(tr("testing…"));
    m_tester->test(profile());
}

bool ProfileEditorDialog::isTesting() const
{
    return m_tester->isRunning();
}

QString ProfileEditorDialog::testResult() const
{
    return m_testAuth->text() + QLatin1Char('\n') + m_testDb->text();
}

void ProfileEditorDialog::showTestResult(bool authOk, const QString& authText, bool dbOk,
                                         const QString& dbText)
{
    const auto mark = [](bool ok, const QString& text) {
        return ok ? tr("✓ reachable") + (text.isEmpty() ? QString() : QStringLiteral(" — ") + text)
                  : tr("✗ failed: %1").arg(text);
    };
    m_testAuth->setText(mark(authOk, authText));
    m_testDb->setText(mark(dbOk, dbOk ? tr("PostgreSQL %1").arg(dbText) : dbText));
    Theme::setAdaptedStyleSheet(m_testAuth, authOk ? QStringLiteral("color: #2b8a3e;")
                                                   : QStringLiteral("color: #c92a2a;"));
    Theme::setAdaptedStyleSheet(m_testDb, dbOk ? QStringLiteral("color: #2b8a3e;")
                                               : QStringLiteral("color: #c92a2a;"));
}

void ProfileEditorDialog::save()
{
    const Profile p = profile();
    const QStringList problems = p.problems();
    if (!problems.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("The profile is not complete yet: %1").arg(problems.first()));
        return;
    }
    m_save->setEnabled(false);
    m_profiles->save(p, this, [this, id = p.id](const auth::AuthError& e) {
        m_save->setEnabled(true);
        if (e) {
            m_banner->showMessage(
                Banner::Kind::Error,
                tr("The profile's keys could not be saved: %1").arg(e.userMessage()));
            return;
        }
        emit saved(id);
        accept();
    });
}

} // namespace limitless::ui
