#include "Banner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace limitless::ui {

Banner::Banner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    // The button shows only with an action to offer (and then has its text).
    m_action->hide();
    hide();
}

void Banner::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    m_kind = kind;
    setProperty("kind", kind == Kind::Error ? "error" : "info");
    // Property selectors in the style sheet are only re-evaluated on a re-polish.
    style()->unpolish(this);
    style()->polish(this);
    const QIcon icon(kind == Kind::Error ? QStringLiteral(":/icons/error.svg")
                                         : QStringLiteral(":/icons/info.svg"));
    m_icon->setPixmap(icon.pixmap(QSize(18, 18), devicePixelRatioF()));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void Banner::clear()
{
    m_text->clear();
    hide();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace limitless::ui
