#include "PasswordField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace limitless::ui {

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_toggle(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_edit->setEchoMode(QLineEdit::Password);
    // No input method may keep what is typed here.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                Qt::ImhNoAutoUppercase);
    m_toggle->setCheckable(true);
    m_toggle->setText(tr("Show"));
    m_toggle->setToolTip(tr("Show or hide the password"));
    m_toggle->setAccessibleName(tr("Show password"));
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);
    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::setRevealed);
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::clear()
{
    m_edit->clear();
    setRevealed(false);
}

bool PasswordField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setChecked(revealed);
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(revealed ? tr("Hide password") : tr("Show password"));
}

} // namespace limitless::ui
