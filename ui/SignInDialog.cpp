#include "SignInDialog.h"

#include "Banner.h"
#include "PasswordField.h"
#include "Theme.h"
#include "auth/AuthError.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace limitless::ui {

using auth::SessionManager;

namespace {

const char* const StyleSheet = R"(
QLabel#signInTitle { font-size: 19px; font-weight: 600; color: #212529; }
QLabel#signInSubtitle, QLabel#pageHint { color: #6c757d; }
QLabel#pageHeading { font-size: 15px; font-weight: 600; color: #212529; }
QPushButton#primaryButton {
    background: #4263eb; color: white; border: 1px solid #364fc7; border-radius: 6px;
    padding: 7px 16px; font-weight: 600;
}
QPushButton#primaryButton:hover { background: #364fc7; }
QPushButton#primaryButton:focus { border: 2px solid #1c3faa; }
QPushButton#primaryButton:disabled { background: #a9b8f0; border-color: #a9b8f0; }
QPushButton#linkButton { border: none; background: transparent; color: #3b5bdb; padding: 2px; }
QPushButton#linkButton:focus { text-decoration: underline; }
QPushButton#linkButton:disabled { color: #adb5bd; }
QPushButton#providerButton {
    background: #ffffff; border: 1px solid #ced4da; border-radius: 6px; padding: 7px 12px;
}
QPushButton#providerButton:hover { background: #f1f3f5; }
QPushButton#providerButton:focus { border: 2px solid #3b5bdb; }
QCommandLinkButton {
    background: #ffffff; border: 1px solid #ced4da; border-radius: 8px; padding: 10px 12px;
}
QCommandLinkButton:hover { background: #f1f3f5; border-color: #3b5bdb; }
QCommandLinkButton:focus { border: 2px solid #3b5bdb; }
QLabel#orLabel { color: #868e96; }
QFrame#orLine { color: #dee2e6; }
QProgressBar#busyBar { border: none; background: #e9ecef; max-height: 3px; }
QProgressBar#busyBar::chunk { background: #3b5bdb; }
)";

QPushButton* primary(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QStringLiteral("primaryButton"));
    b->setAutoDefault(true);
    return b;
}

QPushButton* link(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QStringLiteral("linkButton"));
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setAutoDefault(false);
    return b;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("pageHeading"));
    return l;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("pageHint"));
    l->setWordWrap(true);
    return l;
}

QVBoxLayout* pageLayout(QWidget* page)
{
    auto* l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(10);
    return l;
}

bool looksLikeEmail(const QString& s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    return at > 0 && at < s.size() - 1 && !s.contains(QLatin1Char(' '));
}

} // namespace

SignInDialog::SignInDialog(auth::ProfileStore* profiles, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_profile(new QComboBox(this)),
      m_editProfile(new QPushButton(this)), m_banner(new Banner(this)),
      m_pages(new QStackedWidget(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Limitless OS"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // In the current scheme's colours (the primary button's blue and white text stay as they are).
    Theme::setAdaptedStyleSheet(this, QString::fromLatin1(StyleSheet));

    auto* root = new QVBoxLayout(this);
    // The window is as tall as the current step needs, no taller (steps differ a lot).
    root->setSizeConstraint(QLayout::SetFixedSize);
    root->setContentsMargins(28, 24, 28, 20);
    root->setSpacing(14);

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    auto* logo = new QLabel(this);
    logo->setPixmap(
        QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    m_title->setText(tr("Sign in to Limitless"));
    m_subtitle->setObjectName(QStringLiteral("signInSubtitle"));
    m_subtitle->setText(tr("The owner's dashboard for your AI sales agent"));
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    root->addLayout(header);

    m_profileRow = new QWidget(this);
    m_profileRow->setObjectName(QStringLiteral("profileRow"));
    auto* profileRow = new QHBoxLayout(m_profileRow);
    profileRow->setContentsMargins(0, 0, 0, 0);
    auto* profileLabel = new QLabel(tr("P&rofile:"), this);
    profileLabel->setBuddy(m_profile);
    m_profile->setObjectName(QStringLiteral("profileBox"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("Which environment to sign in to"));
    m_editProfile->setText(tr("&Edit…"));
    m_editProfile->setObjectName(QStringLiteral("editProfileButton"));
    m_editProfile->setAutoDefault(false);
    m_editProfile->setToolTip(tr("Change this profile's server, keys and database"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_editProfile);
    root->addWidget(m_profileRow);

    root->addWidget(m_banner);

    m_pages->setObjectName(QStringLiteral("signInPages"));
    m_pages->setMinimumWidth(390);
    m_pages->addWidget(buildCredentialsPage());
    m_pages->addWidget(buildMfaPage());
    m_pages->addWidget(buildRecoveryRequestPage());
    m_pages->addWidget(buildRecoveryCodePage());
    m_pages->addWidget(buildNewPasswordPage());
    m_pages->addWidget(buildBrowserPage());
    m_pages->addWidget(buildWelcomePage());
    root->addWidget(m_pages);

    m_progress->setObjectName(QStringLiteral("busyBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    // Reserve its room so that nothing jumps when it appears.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();
    root->addWidget(m_progress);

    reloadProfiles();
    connect(m_profile, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profile->itemData(index).toString();
        if (id != m_profileId)
            emit profileChangeRequested(id);
    });
    connect(m_editProfile, &QPushButton::clicked, this,
            [this] { emit editProfileRequested(m_profileId); });
    if (m_profiles)
        connect(m_profiles, &auth::ProfileStore::saved, this, [this](const QString& id) {
            reloadProfiles();
            if (id == m_profileId)
                rebuildProviders();
        });

    setTabOrder(m_profile, m_editProfile);
    setTabOrder(m_editProfile, m_email);
    setTabOrder(m_email, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_forgot);
    setTabOrder(m_forgot, m_signIn);
    updateEnabled();
}

SignInDialog::~SignInDialog() = default;

QWidget* SignInDialog::buildCredentialsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("credentialsPage"));
    auto* layout = pageLayout(page);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setAccessibleName(tr("E-mail address"));
    auto* emailLabel = new QLabel(tr("&E-mail:"), page);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    m_password = new PasswordField(page);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->lineEdit()->setObjectName(QStringLiteral("passwordEdit"));
    m_password->lineEdit()->setAccessibleName(tr("Password"));
    auto* passwordLabel = new QLabel(tr("&Password:"), page);
    passwordLabel->setBuddy(m_password->lineEdit());
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);

    m_forgot = link(tr("&Forgot password?"), page);
    m_forgot->setAccessibleName(tr("Forgot password"));
    auto* forgotRow = new QHBoxLayout;
    forgotRow->addStretch(1);
    forgotRow->addWidget(m_forgot);
    layout->addLayout(forgotRow);

    m_sandboxHint = hint(tr("The local sandbox's owner account and its password were shown by "
                            "`limitless sandbox start`; set a new password with "
                            "`limitless sandbox passwd`."),
                         page);
    m_sandboxHint->setObjectName(QStringLiteral("sandboxHint"));
    m_sandboxHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sandboxHint);

    m_signIn = primary(tr("&Sign in"), page);
    m_signIn->setDefault(true);
    layout->addWidget(m_signIn);

    m_providerBox = new QWidget(page);
    m_providerBox->setObjectName(QStringLiteral("providerBox"));
    m_providerLayout = new QVBoxLayout(m_providerBox);
    m_providerLayout->setContentsMargins(0, 4, 0, 0);
    m_providerLayout->setSpacing(8);
    auto* orRow = new QHBoxLayout;
    auto line = [page] {
        auto* f = new QFrame(page);
        f->setObjectName(QStringLiteral("orLine"));
        f->setFrameShape(QFrame::HLine);
        return f;
    };
    auto* orLabel = new QLabel(tr("or"), m_providerBox);
    orLabel->setObjectName(QStringLiteral("orLabel"));
    orRow->addWidget(line(), 1);
    orRow->addWidget(orLabel);
    orRow->addWidget(line(), 1);
    m_providerLayout->addLayout(orRow);
    layout->addWidget(m_providerBox);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submitCredentials);
    connect(m_email, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->lineEdit()->setFocus();
        else
            submitCredentials();
    });
    connect(m_password->lineEdit(), &QLineEdit::returnPressed, this,
            &SignInDialog::submitCredentials);
    connect(m_forgot, &QPushButton::clicked, this, [this] {
        m_recoveryEmail->setText(m_email->text().trimmed());
        clearMessage();
        showPage(Page::RecoveryRequest);
    });
    return page;
}

QWidget* SignInDialog::buildWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Welcome! How would you like to start?"), page));
    layout->addWidget(hint(tr("You can switch at any time: the profile at the top of the sign-in "
                              "window chooses where the dashboard connects."),
                           page));
    auto choice = [page](const QString& title, const QString& description, const QString& name) {
        auto* b = new QCommandLinkButton(title, description, page);
        b->setObjectName(name);
        b->setAccessibleName(title);
        b->setAccessibleDescription(description);
        b->setAutoDefault(false);
        return b;
    };
    m_trySandbox = choice(tr("&Try the local sandbox"),
                          tr("A demo business on this computer — campaigns, conversations, "
                             "payments, documents and the agent to explore. Nothing leaves your "
                             "machine."),
                          QStringLiteral("trySandboxButton"));
    m_connectProject = choice(tr("&Connect to your Supabase project"),
                              tr("Your business's own data: enter the project's URL and keys, "
                                 "test the connection, then sign in with your account."),
                              QStringLiteral("connectProjectButton"));
    layout->addWidget(m_trySandbox);
    layout->addWidget(m_connectProject);
    layout->addStretch(1);
    connect(m_trySandbox, &QPushButton::clicked, this, &SignInDialog::trySandboxChosen);
    connect(m_connectProject, &QPushButton::clicked, this, &SignInDialog::connectProjectChosen);
    return page;
}

QWidget* SignInDialog::buildMfaPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("mfaPage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Two-step verification"), page));
    layout->addWidget(hint(tr("Enter the 6-digit code that your authenticator app shows for "
                              "Limitless."),
                           page));
    auto* form = new QFormLayout;
    m_mfaCode = new QLineEdit(page);
    m_mfaCode->setObjectName(QStringLiteral("mfaCodeEdit"));
    m_mfaCode->setMaxLength(6);
    m_mfaCode->setPlaceholderText(QStringLiteral("123456"));
    m_mfaCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_mfaCode));
    m_mfaCode->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_mfaCode->setAccessibleName(tr("Authentication code"));
    QFont big = m_mfaCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_mfaCode->setFont(big);
    m_mfaCode->setMaximumWidth(
        m_mfaCode->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
    auto* label = new QLabel(tr("&Code:"), page);
    label->setBuddy(m_mfaCode);
    form->addRow(label, m_mfaCode);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_mfaCancel = new QPushButton(tr("Cancel"), page);
    m_mfaCancel->setAutoDefault(false);
    m_mfaVerify = primary(tr("&Verify"), page);
    buttons->addWidget(m_mfaCancel);
    buttons->addStretch(1);
    buttons->addWidget(m_mfaVerify);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_mfaVerify, &QPushButton::clicked, this, &SignInDialog::submitMfa);
    connect(m_mfaCode, &QLineEdit::returnPressed, this, &SignInDialog::submitMfa);
    connect(m_mfaCode, &QLineEdit::textChanged, this, [this](const QString& t) {
        // Six digits are the whole code: no need to press anything.
        if (t.size() == 6 && !m_busy)
            submitMfa();
    });
    connect(m_mfaCancel, &QPushButton::clicked, this, &SignInDialog::backToCredentials);
    return page;
}

QWidget* SignInDialog::buildRecoveryRequestPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("recoveryRequestPage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Reset your password"), page));
    layout->addWidget(hint(tr("We will e-mail you a code. Enter it on the next step, then choose "
                              "a new password."),
                           page));
    auto* form = new QFormLayout;
    m_recoveryEmail = new QLineEdit(page);
    m_recoveryEmail->setObjectName(QStringLiteral("recoveryEmailEdit"));
    m_recoveryEmail->setPlaceholderText(tr("you@example.com"));
    m_recoveryEmail->setAccessibleName(tr("E-mail address"));
    auto* label = new QLabel(tr("&E-mail:"), page);
    label->setBuddy(m_recoveryEmail);
    form->addRow(label, m_recoveryEmail);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_recoveryBack = new QPushButton(tr("Back"), page);
    m_recoveryBack->setAutoDefault(false);
    m_recoverySend = primary(tr("Send &code"), page);
    buttons->addWidget(m_recoveryBack);
    buttons->addStretch(1);
    buttons->addWidget(m_recoverySend);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_recoverySend, &QPushButton::clicked, this, &SignInDialog::submitRecoveryRequest);
    connect(m_recoveryEmail, &QLineEdit::returnPressed, this, &SignInDialog::submitRecoveryRequest);
    connect(m_recoveryBack, &QPushButton::clicked, this, &SignInDialog::backToCredentials);
    return page;
}

QWidget* SignInDialog::buildRecoveryCodePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("recoveryCodePage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Check your e-mail"), page));
    layout->addWidget(hint(tr("If an account exists for this address, a code is on its way. "
                              "Enter it here."),
                           page));
    auto* form = new QFormLayout;
    m_recoveryCode = new QLineEdit(page);
    m_recoveryCode->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_recoveryCode->setAccessibleName(tr("Code from the e-mail"));
    m_recoveryCode->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto* label = new QLabel(tr("&Code:"), page);
    label->setBuddy(m_recoveryCode);
    form->addRow(label, m_recoveryCode);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_recoveryCodeBack = new QPushButton(tr("Back"), page);
    m_recoveryCodeBack->setAutoDefault(false);
    m_recoveryContinue = primary(tr("C&ontinue"), page);
    buttons->addWidget(m_recoveryCodeBack);
    buttons->addStretch(1);
    buttons->addWidget(m_recoveryContinue);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_recoveryContinue, &QPushButton::clicked, this, &SignInDialog::submitRecoveryCode);
    connect(m_recoveryCode, &QLineEdit::returnPressed, this, &SignInDialog::submitRecoveryCode);
    connect(m_recoveryCodeBack, &QPushButton::clicked, this,
            [this] { showPage(Page::RecoveryRequest); });
    return page;
}

QWidget* SignInDialog::buildNewPasswordPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("newPasswordPage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Choose a new password"), page));
    auto* form = new QFormLayout;
    m_newPassword = new PasswordField(page);
    m_newPassword->lineEdit()->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->lineEdit()->setAccessibleName(tr("New password"));
    auto* label = new QLabel(tr("&New password:"), page);
    label->setBuddy(m_newPassword->lineEdit());
    form->addRow(label, m_newPassword);
    m_newPasswordAgain = new PasswordField(page);
    m_newPasswordAgain->lineEdit()->setObjectName(QStringLiteral("newPasswordAgainEdit"));
    m_newPasswordAgain->lineEdit()->setAccessibleName(tr("New password again"));
    auto* again = new QLabel(tr("&Again:"), page);
    again->setBuddy(m_newPasswordAgain->lineEdit());
    form->addRow(again, m_newPasswordAgain);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_newPasswordCancel = new QPushButton(tr("Cancel"), page);
    m_newPasswordCancel->setAutoDefault(false);
    m_newPasswordSave = primary(tr("&Save and sign in"), page);
    buttons->addWidget(m_newPasswordCancel);
    buttons->addStretch(1);
    buttons->addWidget(m_newPasswordSave);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_newPasswordSave, &QPushButton::clicked, this, &SignInDialog::submitNewPassword);
    connect(m_newPasswordAgain->lineEdit(), &QLineEdit::returnPressed, this,
            &SignInDialog::submitNewPassword);
    connect(m_newPassword->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { m_newPasswordAgain->lineEdit()->setFocus(); });
    connect(m_newPasswordCancel, &QPushButton::clicked, this, &SignInDialog::backToCredentials);
    return page;
}

QWidget* SignInDialog::buildBrowserPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("browserPage"));
    auto* layout = pageLayout(page);
    layout->addWidget(heading(tr("Continue in your browser"), page));
    m_browserText = hint(QString(), page);
    layout->addWidget(m_browserText);
    auto* buttons = new QHBoxLayout;
    m_browserCancel = new QPushButton(tr("Cancel"), page);
    m_browserCancel->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_browserCancel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_browserCancel, &QPushButton::clicked, this, &SignInDialog::backToCredentials);
    return page;
}

void SignInDialog::reloadProfiles()
{
    if (!m_profiles)
        return;
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const QString& id : m_profiles->ids())
        m_profile->addItem(m_profiles->profile(id).name, id);
    const int i = m_profile->findData(m_profileId);
    if (i >= 0)
        m_profile->setCurrentIndex(i);
}

void SignInDialog::rebuildProviders()
{
    for (QPushButton* b : std::as_const(m_providerButtons))
        delete b;
    m_providerButtons.clear();
    const auth::Profile p = m_profiles ? m_profiles->profile(m_profileId) : auth::Profile();
    const bool oauth = m_manager && m_manager->backend()->supportsOAuth();
    QWidget* previous = m_signIn;
    for (const QString& provider : p.oauthProviders) {
        auto* b = new QPushButton(
            tr("Continue with %1").arg(auth::Profile::providerLabel(provider)), m_providerBox);
        b->setObjectName(QStringLiteral("providerButton"));
        b->setProperty("provider", provider);
        b->setAutoDefault(false);
        m_providerLayout->addWidget(b);
        m_providerButtons << b;
        connect(b, &QPushButton::clicked, this, [this, provider] { startProvider(provider); });
        setTabOrder(previous, b);
        previous = b;
    }
    m_providerBox->setVisible(oauth && !m_providerButtons.isEmpty());
    m_forgot->setVisible(!m_manager || m_manager->backend()->supportsRecovery());
    m_sandboxHint->setVisible(p.isSandbox());
}

void SignInDialog::setSessionManager(auth::SessionManager* manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    m_preparing.clear();
    if (manager) {
        connect(manager, &SessionManager::busyChanged, this, &SignInDialog::setBusy);
        connect(manager, &SessionManager::errorOccurred, this, &SignInDialog::onError);
        connect(manager, &SessionManager::signedIn, this, &SignInDialog::onSignedIn);
        connect(manager, &SessionManager::sessionKept, this, &SignInDialog::onSignedIn);
        connect(manager, &SessionManager::mfaRequired, this, [this] {
            clearMessage();
            m_mfaCode->clear();
            showPage(Page::Mfa);
        });
        connect(manager, &SessionManager::recoveryCodeSent, this, [this] {
            clearMessage();
            m_recoveryCode->clear();
            showPage(Page::RecoveryCode);
        });
        connect(manager, &SessionManager::newPasswordRequired, this, [this] {
            clearMessage();
            m_newPassword->clear();
            m_newPasswordAgain->clear();
            showPage(Page::NewPassword);
        });
        connect(manager, &SessionManager::openUrlRequested, this, [this](const QUrl& url) {
            m_browserText->setText(
                tr("A browser window opened to sign in with %1. When you are done there, come "
                   "back here: Limitless continues by itself.")
                    .arg(auth::Profile::providerLabel(m_lastProvider)));
            showPage(Page::Browser);
            if (!QDesktopServices::openUrl(url))
                showError(tr("No browser could be opened. Open this address yourself: %1")
                              .arg(url.toString()));
        });
        setBusy(manager->isBusy());
    } else {
        setBusy(false);
    }
    rebuildProviders();
    updateEnabled();
}

void SignInDialog::setProfile(const QString& id)
{
    m_profileId = id;
    reloadProfiles();
    const QString remembered = m_profiles ? m_profiles->rememberedEmail(id) : QString();
    m_email->setText(remembered);
    m_password->clear();
    rebuildProviders();
    showPage(Page::Credentials);
}

QString SignInDialog::profileId() const
{
    return m_profileId;
}

void SignInDialog::setPreparing(const QString& message)
{
    m_preparing = message;
    if (!message.isEmpty())
        m_banner->showMessage(Banner::Kind::Info, message);
    updateEnabled();
}

void SignInDialog::showError(const QString& message)
{
    m_banner->showMessage(Banner::Kind::Error, message);
    m_banner->setAccessibleDescription(message);
}

void SignInDialog::showNotice(const QString& message)
{
    m_banner->showMessage(Banner::Kind::Info, message);
}

void SignInDialog::clearMessage()
{
    m_banner->clear();
}

void SignInDialog::prefill(const QString& email, const QString& password)
{
    m_email->setText(email);
    m_password->lineEdit()->setText(password);
    showPage(Page::Credentials);
    if (password.isEmpty())
        m_password->lineEdit()->setFocus();
    else
        m_signIn->setFocus();
}

SignInDialog::Page SignInDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void SignInDialog::showPage(Page page)
{
    // A stacked widget is as tall as its tallest page unless the hidden ones are ignored.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == int(page) ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(int(page));
    m_profileRow->setVisible(page != Page::Welcome);
    m_title->setText(page == Page::Welcome ? tr("Limitless OS") : tr("Sign in to Limitless"));
    updateEnabled();
    focusPage();
}

void SignInDialog::focusPage()
{
    switch (page()) {
    case Page::Credentials:
        if (m_email->text().isEmpty())
            m_email->setFocus();
        else
            m_password->lineEdit()->setFocus();
        break;
    case Page::Mfa:
        m_mfaCode->setFocus();
        break;
    case Page::RecoveryRequest:
        m_recoveryEmail->setFocus();
        break;
    case Page::RecoveryCode:
        m_recoveryCode->setFocus();
        break;
    case Page::NewPassword:
        m_newPassword->lineEdit()->setFocus();
        break;
    case Page::Browser:
        m_browserCancel->setFocus();
        break;
    case Page::Welcome:
        m_trySandbox->setFocus();
        break;
    }
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy || !m_preparing.isEmpty());
    updateEnabled();
    if (!busy)
        focusPage();
}

void SignInDialog::updateEnabled()
{
    const bool ready = m_manager && !m_busy && m_preparing.isEmpty();
    m_progress->setVisible(m_busy || !m_preparing.isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_email, m_password, m_signIn, m_forgot, m_mfaCode, m_mfaVerify, m_recoveryEmail,
             m_recoverySend, m_recoveryCode, m_recoveryContinue, m_newPassword, m_newPasswordAgain,
             m_newPasswordSave})
        w->setEnabled(ready);
    for (QPushButton* b : std::as_const(m_providerButtons))
        b->setEnabled(ready);
    // Switching profile is always possible except in the middle of a request.
    m_profile->setEnabled(!m_busy);
    m_editProfile->setEnabled(!m_busy);
    m_browserCancel->setEnabled(true);
}

void SignInDialog::submitCredentials()
{
    if (!m_manager || m_busy)
        return;
    const QString email = m_email->text().trimmed();
    if (!looksLikeEmail(email)) {
        showError(tr("Enter the e-mail address of your account."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->lineEdit()->setFocus();
        return;
    }
    clearMessage();
    m_manager->signIn(email, m_password->text());
}

void SignInDialog::submitMfa()
{
    if (!m_manager || m_busy)
        return;
    if (m_mfaCode->text().size() != 6) {
        showError(tr("The code has 6 digits."));
        return;
    }
    clearMessage();
    m_manager->verifyMfaCode(m_mfaCode->text());
}

void SignInDialog::submitRecoveryRequest()
{
    if (!m_manager || m_busy)
        return;
    const QString email = m_recoveryEmail->text().trimmed();
    if (!looksLikeEmail(email)) {
        showError(tr("Enter the e-mail address of your account."));
        return;
    }
    clearMessage();
    m_email->setText(email);
    m_manager->requestRecoveryCode(email);
}

void SignInDialog::submitRecoveryCode()
{
    if (!m_manager || m_busy)
        return;
    const QString code = m_recoveryCode->text().trimmed();
    if (code.isEmpty()) {
        showError(tr("Enter the code from the e-mail."));
        return;
    }
    clearMessage();
    m_manager->verifyRecoveryCode(m_recoveryEmail->text().trimmed(), code);
}

void SignInDialog::submitNewPassword()
{
    if (!m_manager || m_busy)
        return;
    if (m_newPassword->text().isEmpty()) {
        showError(tr("Enter a new password."));
        return;
    }
    if (m_newPassword->text() != m_newPasswordAgain->text()) {
        showError(tr("The two passwords differ."));
        m_newPasswordAgain->clear();
        m_newPasswordAgain->lineEdit()->setFocus();
        return;
    }
    clearMessage();
    m_manager->setNewPassword(m_newPassword->text());
}

void SignInDialog::startProvider(const QString& provider)
{
    if (!m_manager || m_busy)
        return;
    clearMessage();
    m_lastProvider = provider;
    const auth::Profile p = m_profiles ? m_profiles->profile(m_profileId) : auth::Profile();
    m_manager->startOAuth(provider, quint16(p.oauthRedirectPort));
}

void SignInDialog::backToCredentials()
{
    if (m_manager && m_manager->state() != SessionManager::State::SignedIn)
        m_manager->cancel();
    clearMessage();
    m_mfaCode->clear();
    m_newPassword->clear();
    m_newPasswordAgain->clear();
    showPage(Page::Credentials);
}

void SignInDialog::onError(const auth::AuthError& error)
{
    showError(error.userMessage());
    switch (page()) {
    case Page::Credentials:
        if (error.kind == auth::AuthError::Kind::InvalidCredentials) {
            m_password->clear();
            m_password->lineEdit()->setFocus();
        }
        break;
    case Page::Mfa:
        m_mfaCode->clear();
        m_mfaCode->setFocus();
        // The half-signed-in session is gone: start over.
        if (m_manager && m_manager->state() == SessionManager::State::SignedOut)
            showPage(Page::Credentials);
        break;
    case Page::Browser:
        showPage(Page::Credentials);
        break;
    default:
        break;
    }
}

void SignInDialog::onSignedIn()
{
    // The address of the account that signed in (with Google it may differ from the field).
    const QString email = m_manager ? m_manager->session().email() : m_email->text().trimmed();
    if (m_profiles && !email.isEmpty()) {
        m_profiles->rememberEmail(m_profileId, email);
        m_email->setText(email);
    }
    m_password->clear();
    m_mfaCode->clear();
    m_newPassword->clear();
    m_newPasswordAgain->clear();
    clearMessage();
    showPage(Page::Credentials);
    accept();
}

void SignInDialog::reject()
{
    // Escape goes back a step before it closes the window.
    if (page() != Page::Credentials && page() != Page::Welcome) {
        backToCredentials();
        return;
    }
    m_password->clear();
    QDialog::reject();
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    focusPage();
}

} // namespace limitless::ui
