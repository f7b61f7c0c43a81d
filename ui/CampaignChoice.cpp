#include "CampaignChoice.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>

namespace limitless::ui {

QString campaignChoiceText(const QString& code, const QString& name)
{
    if (name.isEmpty())
        return code;
    QString shown = name.simplified();
    if (shown.size() > kCampaignChoiceChars)
        shown = shown.left(kCampaignChoiceChars - 1).trimmed() + QChar(0x2026);
    return QCoreApplication::translate("CampaignChoice", "%1 — %2").arg(code, shown);
}

void setUpCampaignChoices(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->view()->setTextElideMode(Qt::ElideRight);
}

void addCampaignChoice(QComboBox* combo, const QString& code, const QString& name,
                       const QVariant& data)
{
    combo->addItem(campaignChoiceText(code, name), data);
    combo->setItemData(combo->count() - 1,
                       name.isEmpty() ? code : code + QStringLiteral(" — ") + name,
                       Qt::ToolTipRole);
}

} // namespace limitless::ui
