#include "CampaignEditorDialog.h"

#include "CampaignsModel.h"
#include "Theme.h"
#include "campaigns/CampaignCode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace limitless::ui {

using campaigns::CampaignCode;
using campaigns::CampaignDraft;

CampaignEditorDialog::CampaignEditorDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_platform(new QComboBox(this)),
      m_code(new QLineEdit(this)), m_codeHint(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("campaignEditor"));
    setWindowTitle(mode == Mode::Create ? tr("New campaign") : tr("Edit campaign"));
    setMinimumWidth(540);

    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. Instagram Reels — January"));
    // No maxLength: it would cut an existing longer name without a word. The limit is
    // CampaignService's, checked in validate() with a sentence.
    m_description->setObjectName(QStringLiteral("campaignDescription"));
    m_description->setPlaceholderText(tr("Where the ad runs, what it promises (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);

    m_platform->setObjectName(QStringLiteral("campaignPlatform"));
    m_platform->setEditable(true); // a platform not in the list can be typed
    m_platform->setInsertPolicy(QComboBox::NoInsert);
    m_platform->addItem(tr("Not set", "campaign platform"), QString());
    for (const char* p : {"instagram", "facebook", "youtube", "tiktok", "linkedin", "whatsapp"}) {
        const QString value = QString::fromLatin1(p);
        m_platform->addItem(models::CampaignsModel::platformLabel(value), value);
    }

    m_code->setObjectName(QStringLiteral("campaignCode"));
    m_code->setMaxLength(CampaignCode::Length);
    m_code->setPlaceholderText(tr("Generated when left empty"));
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_code->setFont(mono);
    m_codeHint->setObjectName(QStringLiteral("codeHint"));
    // One line: a wrapped label in a form row is given too little height and gets cut.
    m_codeHint->setWordWrap(false);
    m_codeHint->setEnabled(false); // secondary text colour
    m_codeHint->setText(tr("%1 characters: letters and digits without 0, O, 1, I and L.")
                            .arg(CampaignCode::Length));

    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    Theme::setAdaptedStyleSheet(m_error, QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Platform"), m_platform);
    form->addRow(tr("&Code"), m_code);
    form->addRow(QString(), m_codeHint);
    if (mode == Mode::Edit) {
        m_code->setReadOnly(true);
        m_codeHint->setText(tr("The code cannot change: ads and links already carry it."));
    }

    auto* layout = new QVBoxLayout(this);
    // The dialog grows when an error line appears instead of squeezing the form's rows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(primaryText());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignEditorDialog::onOk);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignEditorDialog::inputChanged);
    connect(m_code, &QLineEdit::textChanged, this, &CampaignEditorDialog::inputChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CampaignEditorDialog::inputChanged);
    connect(m_platform, &QComboBox::currentTextChanged, this, &CampaignEditorDialog::inputChanged);
    validate();
}

void CampaignEditorDialog::setDraft(const CampaignDraft& draft)
{
    m_name->setText(draft.name);
    m_description->setPlainText(draft.description);
    const int index = m_platform->findData(draft.platform.toLower());
    if (index >= 0)
        m_platform->setCurrentIndex(index);
    else
        m_platform->setEditText(draft.platform);
    validate();
}

CampaignDraft CampaignEditorDialog::draft() const
{
    CampaignDraft d;
    d.name = m_name->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    // A listed platform gives its stored value; a typed one is stored as typed, lowercase.
    const int index = m_platform->findText(m_platform->currentText());
    d.platform = index >= 0 ? m_platform->itemData(index).toString()
                            : m_platform->currentText().trimmed().toLower();
    return d;
}

void CampaignEditorDialog::setCode(const QString& code)
{
    m_code->setText(code);
}

QString CampaignEditorDialog::typedCode() const
{
    return m_mode == Mode::Create ? CampaignCode::normalize(m_code->text()) : QString();
}

QString CampaignEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString CampaignEditorDialog::primaryText() const
{
    if (m_retry)
        return tr("Retry");
    return m_mode == Mode::Create ? tr("Create") : tr("Save");
}

void CampaignEditorDialog::inputChanged()
{
    // Changed input is a new attempt, not a retry of the failed one.
    if (m_retry) {
        m_retry = false;
        m_buttons->button(QDialogButtonBox::Ok)->setText(primaryText());
    }
    validate();
}

void CampaignEditorDialog::showFailure(const campaigns::CampaignWriteResult& result)
{
    // A connection problem is worth trying again as it is; the button says so.
    m_retry = result.error.isConnectionProblem();
    m_buttons->button(QDialogButtonBox::Ok)->setText(primaryText());
    showError(result.message);
}

void CampaignEditorDialog::setBusy(bool busy)
{
    if (busy) {
        // Disabling the focused field or button would hand the focus to the next one —
        // Cancel — and a second Enter would throw the input away. Remember it; restore it.
        m_focusBeforeBusy = focusWidget();
    }
    m_name->setEnabled(!busy);
    m_description->setEnabled(!busy);
    m_platform->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!busy) {
        validate();
        QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setDefault(true);
        QWidget* back = m_focusBeforeBusy;
        if (!back || !back->isEnabled() || back == m_buttons->button(QDialogButtonBox::Cancel))
            back = ok->isEnabled() ? static_cast<QWidget*>(ok) : m_name;
        back->setFocus(Qt::OtherFocusReason);
    }
}

void CampaignEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // A wrapped error needs the height for the dialog's width, which the minimum size does not
    // account for: grow rather than let the form's rows overlap.
    if (QLayout* l = layout()) {
        l->activate();
        const int wanted =
            l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->sizeHint().height();
        if (wanted > height())
            resize(width(), wanted);
    }
}

void CampaignEditorDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = QStringLiteral(" "); // no sentence for an untouched form, just no OK
    else if (const QString invalid = campaigns::CampaignService::validate(draft());
             !invalid.isEmpty())
        problem = invalid;
    else if (m_mode == Mode::Create && !m_code->text().trimmed().isEmpty())
        problem = CampaignCode::validate(typedCode());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    showError(problem.trimmed());
}

void CampaignEditorDialog::onOk()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    emit submitted();
}

} // namespace limitless::ui
