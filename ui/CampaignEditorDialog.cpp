#include "CampaignEditorDialog.h"

#include "CampaignsModel.h"
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
    m_name->setMaxLength(200);
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
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
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

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create ? tr("Create") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignEditorDialog::onOk);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignEditorDialog::validate);
    connect(m_code, &QLineEdit::textChanged, this, &CampaignEditorDialog::validate);
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

void CampaignEditorDialog::setBusy(bool busy)
{
    m_name->setEnabled(!busy);
    m_description->setEnabled(!busy);
    m_platform->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!busy)
        validate();
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
    if (m_mode == Mode::Edit)
        accept();
}

} // namespace limitless::ui
