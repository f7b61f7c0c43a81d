#pragma once

#include <QString>
#include <QVariant>

class QComboBox;

namespace limitless::ui {

// The campaign drop-downs of the Conversations, Funnel and Payments pages, made one way: each
// entry reads "CODE — name", a name longer than kCampaignChoiceChars is cut with an ellipsis
// (the whole name is the entry's tooltip), and the field is sized for a typical entry rather
// than the longest — so a 200-character name widens neither the field nor its list.
inline constexpr int kCampaignChoiceChars = 48;

QString campaignChoiceText(const QString& code, const QString& name);
void setUpCampaignChoices(QComboBox* combo);
void addCampaignChoice(QComboBox* combo, const QString& code, const QString& name,
                       const QVariant& data);

} // namespace limitless::ui
