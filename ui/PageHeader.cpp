#include "PageHeader.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace limitless::ui {

namespace {
constexpr int kSpacing = 12;      // between the title and what follows it, and the buttons
constexpr int kButtonSpacing = 8; // between buttons
} // namespace

PageHeader::PageHeader(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(makeTitle(title, this)), m_lead(new QWidget(this)),
      m_leadLayout(new QHBoxLayout(m_lead)), m_actions(new QWidget(this)),
      m_actionsLayout(new QHBoxLayout(m_actions)), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("pageHeader"));
    m_leadLayout->setContentsMargins(0, 0, 0, 0);
    m_leadLayout->setSpacing(kSpacing);
    m_leadLayout->addWidget(m_title, 0, Qt::AlignBaseline);
    m_leadLayout->addStretch(1);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsLayout->setSpacing(kButtonSpacing);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(kSpacing);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(0, 1);
    m_grid->addWidget(m_lead, 0, 0);
    m_grid->addWidget(m_actions, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
}

QLabel* PageHeader::makeTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    title->setMinimumHeight(32); // as tall as a page's refresh button
    return title;
}

void PageHeader::addBesideTitle(QWidget* widget, int stretch)
{
    widget->setParent(m_lead);
    m_leadLayout->insertWidget(m_leadLayout->count() - 1, widget, stretch, Qt::AlignBaseline);
}

void PageHeader::addAction(QWidget* widget)
{
    widget->setParent(m_actions);
    m_actionsLayout->addWidget(widget);
}

void PageHeader::addActions(QLayout* layout)
{
    m_actionsLayout->addLayout(layout);
}

QSize PageHeader::minimumSizeHint() const
{
    // The narrower of the two arrangements: the buttons under the title.
    const QSize lead = m_lead->minimumSizeHint();
    const QSize actions = m_actions->minimumSizeHint();
    const int height = m_oneRow ? std::max(lead.height(), actions.height())
                                : lead.height() + m_grid->verticalSpacing() + actions.height();
    return {std::max(lead.width(), actions.width()), height};
}

bool PageHeader::event(QEvent* event)
{
    const bool done = QWidget::event(event);
    // A button's text changed ("Pause" → "Resume"): the row may no longer fit, or fit again.
    if (event->type() == QEvent::LayoutRequest)
        place(width());
    return done;
}

void PageHeader::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place(event->size().width());
}

void PageHeader::place(int width)
{
    const bool oneRow =
        width >= m_lead->minimumSizeHint().width() + kSpacing + m_actions->sizeHint().width();
    if (oneRow == m_oneRow)
        return;
    m_oneRow = oneRow;
    m_grid->removeWidget(m_actions);
    if (oneRow)
        m_grid->addWidget(m_actions, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    else
        m_grid->addWidget(m_actions, 1, 0, 1, 2, Qt::AlignRight | Qt::AlignVCenter);
    updateGeometry();
}

} // namespace limitless::ui
