#include "PlaceholderPage.h"
#include "PageHeader.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace limitless::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& message, QWidget* parent)
    : QWidget(parent), m_message(message)
{
    auto* heading = PageHeader::makeTitle(title, this);

    auto* icon = new QLabel(this);
    Theme::setIconPixmap(icon, QStringLiteral(":/icons/placeholder.svg"), QSize(88, 88));
    auto* headline = new QLabel(tr("Not built yet"), this);
    headline->setObjectName(QStringLiteral("placeholderTitle"));
    QFont headlineFont = headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setWeight(QFont::DemiBold);
    headline->setFont(headlineFont);
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(440);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(heading);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(headline, 0, Qt::AlignHCenter);
    // Centred by stretches, not by an alignment flag: an aligned item gets no height-for-width,
    // and a wrapped label would be cut after its first line.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 3);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

} // namespace limitless::ui
