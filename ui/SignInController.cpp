#include "SignInController.h"

#include "MessageBox.h"
#include "ProfileEditorDialog.h"
#include "SignInDialog.h"
#include "auth/BackendFactory.h"
#include "auth/DatabaseBinding.h"
#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "db/Database.h"
#include "db/PgConnection.h"
#include "demo/DemoBusiness.h"
#include "demo/DemoLoader.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPromise>
#include <QSettings>
#include <QtConcurrent>

#include <utility>

namespace limitless::ui {

using auth::SessionManager;

namespace {

// The first run's sandbox gets the demo business (when it has no campaigns yet), on the pool
// thread that started it. Returns the sentence the sign-in window shows.
QString loadDemoBusiness(const QString& adminUrl, const std::function<void(const QString&)>& say)
{
    db::DbError error;
    const auto conn = db::PgConnection::open(adminUrl, &error);
    if (!conn)
        return SignInController::tr("The demo business could not be loaded: %1 Load it later with "
                                    "`limitless demo-data`.")
            .arg(error.userMessage());
    demo::DemoOptions options;
    options.nowMsecs = demo::DemoBusiness::defaultNow();
    demo::DemoLoader loader(*conn);
    demo::DemoLoader::Report report;
    say(SignInController::tr("Loading the demo business…"));
    error = loader.load(options, true, &report, say);
    if (error)
        return SignInController::tr("The demo business could not be loaded: %1 Load it later with "
                                    "`limitless demo-data`.")
            .arg(error.userMessage());
    if (report.skipped)
        return {};
    return SignInController::tr(
        "The demo business is loaded: %n campaign(s) with their conversations, payments "
        "and documents.",
        nullptr, report.campaigns);
}

} // namespace

SignInController::SignInController(db::Database* database, auth::SecretStore* secrets,
                                   QObject* parent)
    : QObject(parent), m_db(database),
      m_keychain(secrets ? nullptr : std::make_unique<auth::KeychainStore>()),
      m_secrets(secrets ? secrets : m_keychain.get()),
      m_profiles(std::make_unique<auth::ProfileStore>(m_secrets)),
      m_dialog(std::make_unique<SignInDialog>(m_profiles.get()))
{
    connect(m_dialog.get(), &SignInDialog::profileChangeRequested, this,
            &SignInController::useProfile);
    connect(m_dialog.get(), &SignInDialog::editProfileRequested, this,
            &SignInController::editProfile);
    connect(m_dialog.get(), &SignInDialog::trySandboxChosen, this, [this] {
        chooseFirstRun(QStringLiteral("sandbox"));
        m_loadDemo = true;
        useProfile(QStringLiteral("sandbox"));
    });
    connect(m_dialog.get(), &SignInDialog::connectProjectChosen, this, [this] {
        chooseFirstRun(QStringLiteral("project"));
        // The profile as it stands (the window says what is missing), then its editor on top.
        useProfile(QStringLiteral("production"));
        editProfile(QStringLiteral("production"));
    });
    connect(m_dialog.get(), &QDialog::rejected, this, [this] {
        if (!m_sessions || !m_sessions->isSignedIn())
            emit quitRequested();
    });
    connect(&m_sandbox, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString& step) {
                m_dialog->setPreparing(step.isEmpty() ? tr("Starting the local sandbox…")
                                                      : tr("Starting the local sandbox…") +
                                                            QLatin1Char('\n') + step);
            });
    connect(&m_sandbox, &QFutureWatcherBase::finished, this, [this] {
        if (m_sandbox.future().resultCount() == 0 || m_profileId != QLatin1String("sandbox"))
            return;
        const SandboxResult r = m_sandbox.result();
        if (r.error) {
            m_dialog->setPreparing({});
            m_dialog->showError(
                tr("The local sandbox could not be started: %1").arg(r.error.userMessage()));
            return;
        }
        m_newOwnerEmail = r.status.ownerEmail;
        m_newOwnerPassword = r.createdPassword;
        m_demoNote = r.demoNote;
        createSessions(QStringLiteral("sandbox"));
    });
}

SignInController::~SignInController()
{
    // A sandbox start keeps running to its end in the pool (a half-created cluster would be
    // worse); nothing reaches this object any more.
    m_sandbox.disconnect(this);
}

bool SignInController::isFirstRun() const
{
    if (QSettings().contains(QStringLiteral("firstRun/choice")))
        return false;
    return m_profiles->currentId() == QLatin1String("sandbox") &&
           !sandbox::Sandbox().status().initialized;
}

void SignInController::chooseFirstRun(const QString& choice)
{
    QSettings().setValue(QStringLiteral("firstRun/choice"), choice);
}

void SignInController::start()
{
    if (isFirstRun()) {
        m_profileId = m_profiles->currentId();
        m_dialog->setProfile(m_profileId);
        m_dialog->showPage(SignInDialog::Page::Welcome);
        showDialog();
        return;
    }
    useProfile(m_profiles->currentId());
}

void SignInController::attach(QMainWindow* window)
{
    m_window = window;
    QMenu* account = window->menuBar()->addMenu(tr("&Account"));
    m_whoAction = account->addAction(QString());
    m_whoAction->setEnabled(false);
    account->addSeparator();
    QAction* signOutAction = account->addAction(tr("Sign &out"));
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(signOutAction, &QAction::triggered, this, &SignInController::signOut);
    updateAccountMenu();
}

void SignInController::updateAccountMenu()
{
    if (!m_whoAction)
        return;
    const bool in = m_sessions && m_sessions->isSignedIn();
    m_whoAction->setText(
        in ? tr("Signed in as %1 (%2)")
                 .arg(m_sessions->session().email(), m_profiles->profile(m_profileId).name)
           : tr("Not signed in"));
}

void SignInController::signOut()
{
    if (m_sessions)
        m_sessions->signOut(SessionManager::Scope::Local);
}

void SignInController::showDialog()
{
    if (!m_dialog->isVisible())
        m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SignInController::dropSessions()
{
    ++m_generation;
    if (!m_sessions)
        return;
    m_dialog->setSessionManager(nullptr);
    m_sessions->disconnect(this);
    // Switching profile signs out of the old one.
    if (m_sessions->isSignedIn())
        m_sessions->signOut(SessionManager::Scope::Local);
    if (m_db) {
        m_db->setClaims({});
        m_db->close();
    }
    m_binding.reset();
    // Its sign-out call may still be on the wire: let it finish, then go.
    SessionManager* old = m_sessions.release();
    connect(old, &SessionManager::signOutFinished, old, &QObject::deleteLater);
    QTimer::singleShot(30000, old, &QObject::deleteLater);
}

void SignInController::useProfile(const QString& id)
{
    dropSessions();
    m_profileId = id;
    m_profiles->setCurrentId(id);
    m_dialog->setProfile(id);
    m_dialog->clearMessage();
    showDialog();
    const auth::Profile profile = m_profiles->profile(id);
    if (profile.isSandbox()) {
        const sandbox::Sandbox box;
        if (box.status().running) {
            createSessions(id);
            return;
        }
        m_dialog->setPreparing(tr("Starting the local sandbox…"));
        const bool loadDemo = std::exchange(m_loadDemo, false);
        m_sandbox.setFuture(QtConcurrent::run([loadDemo](QPromise<SandboxResult>& promise) {
            sandbox::Sandbox box;
            SandboxResult result;
            // QFutureInterface only reports rising progress values.
            int step = 0;
            auto say = [&](const QString& message) {
                promise.setProgressValueAndText(++step, message);
            };
            say(QString());
            result.error = box.start(say, &result.createdPassword);
            result.status = box.status();
            if (!result.error && loadDemo)
                result.demoNote = loadDemoBusiness(result.status.adminUrl, say);
            promise.addResult(result);
        }));
        return;
    }
    m_dialog->setPreparing(tr("Reading the profile's keys from the keychain…"));
    const quint64 gen = m_generation;
    m_profiles->load(id, this, [this, id, gen](const auth::Profile&, const auth::AuthError& e) {
        if (gen != m_generation)
            return;
        if (e) {
            m_dialog->setPreparing({});
            m_dialog->showError(e.userMessage());
            return;
        }
        createSessions(id);
    });
}

void SignInController::createSessions(const QString& id)
{
    const quint64 gen = m_generation;
    m_profiles->load(
        id, this, [this, id, gen](const auth::Profile& profile, const auth::AuthError&) {
            if (gen != m_generation)
                return;
            auth::BackendFactory::Result made = auth::BackendFactory::create(profile);
            m_dialog->setPreparing({});
            if (made.error) {
                m_dialog->showNotice(profile.isSandbox()
                                         ? made.error.userMessage()
                                         : tr("This profile is not complete yet: %1 Use “Edit…” to "
                                              "finish it.")
                                               .arg(made.error.detail));
                return;
            }
            m_sessions = std::make_unique<SessionManager>(std::move(made.backend), m_secrets);
            m_binding = std::make_unique<auth::DatabaseBinding>(m_sessions.get(), m_db);
            m_binding->setConninfo(made.databaseConninfo);
            SessionManager* s = m_sessions.get();
            auto enter = [this] {
                m_dialog->hide();
                updateAccountMenu();
                emit signedIn();
            };
            connect(s, &SessionManager::signedIn, this, enter);
            // The server could not renew the stored session at start-up (offline, 5xx): the
            // dashboard works with it as it is, and the manager keeps retrying.
            connect(s, &SessionManager::sessionKept, this, enter);
            connect(s, &SessionManager::signedOut, this, [this](const QString& reason) {
                updateAccountMenu();
                m_dialog->setProfile(m_profileId);
                if (!reason.isEmpty())
                    m_dialog->showNotice(reason);
                if (!m_newOwnerPassword.isEmpty()) {
                    // The only time this password is shown, as `limitless sandbox start` does.
                    QString notice =
                        tr("The local sandbox was created with an owner account. E-mail: %1 — "
                           "password: %2 — note it down; `limitless sandbox passwd` changes it.")
                            .arg(m_newOwnerEmail, m_newOwnerPassword);
                    if (!m_demoNote.isEmpty())
                        notice += QLatin1Char(' ') + m_demoNote;
                    m_dialog->showNotice(notice);
                    m_dialog->prefill(m_newOwnerEmail, m_newOwnerPassword);
                    m_newOwnerPassword.clear();
                } else if (!m_demoNote.isEmpty()) {
                    m_dialog->showNotice(m_demoNote);
                }
                m_demoNote.clear();
                // The sandbox's owner account is known: its address is filled in.
                if (m_profileId == QLatin1String("sandbox") &&
                    m_dialog->emailEdit()->text().isEmpty())
                    m_dialog->prefill(m_newOwnerEmail.isEmpty()
                                          ? sandbox::Sandbox().status().ownerEmail
                                          : m_newOwnerEmail,
                                      {});
                showDialog();
                emit signedOut(reason);
            });
            connect(s, &SessionManager::warning, this, [this](const QString& text) {
                QWidget* parent = QApplication::activeWindow();
                MessageBox::warning(parent, tr("Keychain"), text);
            });
            m_dialog->setSessionManager(s);
            s->restore();
        });
}

void SignInController::editProfile(const QString& id)
{
    auto* editor = new ProfileEditorDialog(m_profiles.get(), m_dialog.get());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->load(id);
    connect(editor, &ProfileEditorDialog::saved, this, [this](const QString& saved) {
        // New addresses or keys: start over with them.
        if (saved == m_profileId)
            useProfile(saved);
    });
    editor->open();
}

} // namespace limitless::ui
