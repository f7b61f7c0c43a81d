#include "SettingsPage.h"
#include "PageHeader.h"

#include "Appearance.h"
#include "TrayMonitor.h"
#include "campaigns/CampaignLink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace limitless::ui {

using campaigns::CampaignLink;

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent), m_baseUrl(new QLineEdit(this)), m_example(new QLabel(this)),
      m_message(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_reset(new QPushButton(tr("Use default"), this)), m_appearance(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* title = PageHeader::makeTitle(tr("Settings"), this);

    auto* group = new QGroupBox(tr("Campaign links"), this);
    m_baseUrl->setObjectName(QStringLiteral("campaignBaseUrl"));
    m_baseUrl->setPlaceholderText(CampaignLink::defaultBaseUrl());
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrl->setMinimumWidth(420);
    auto* explanation = new QLabel(
        tr("Each campaign's link is this address followed by the campaign's code. It is what "
           "“Copy link” copies and what the QR codes contain, so change it before printing."),
        group);
    explanation->setWordWrap(true);
    m_example->setObjectName(QStringLiteral("baseUrlExample"));
    m_example->setEnabled(false);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_reset->setObjectName(QStringLiteral("resetBaseUrl"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Campaign link &base URL"), m_baseUrl);
    form->addRow(QString(), m_example);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->setSpacing(10);
    groupLayout->addWidget(explanation);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_message);
    groupLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(group);

    // Desktop notifications (read by TrayMonitor); stored as soon as they are toggled.
    auto* notifications = new QGroupBox(tr("Notifications"), this);
    auto* notificationsLayout = new QVBoxLayout(notifications);
    const QList<std::pair<const char*, QString>> switches = {
        {TrayMonitor::QualifiedKey, tr("Notify me when a lead qualifies")},
        {TrayMonitor::PaymentCompletedKey, tr("Notify me when a payment completes")}};
    for (const auto& [key, label] : switches) {
        auto* box = new QCheckBox(label, notifications);
        const QString settingsKey = QString::fromLatin1(key);
        box->setObjectName(settingsKey);
        box->setChecked(QSettings().value(settingsKey, true).toBool());
        connect(box, &QCheckBox::toggled, this,
                [settingsKey](bool on) { QSettings().setValue(settingsKey, on); });
        notificationsLayout->addWidget(box);
    }
    layout->addWidget(notifications);

    // Appearance: applied at once to every open window, kept for the next start.
    auto* appearance = new QGroupBox(tr("Appearance"), this);
    m_appearance->setObjectName(QStringLiteral("appearanceScheme"));
    m_appearance->addItem(tr("System"), int(Appearance::Mode::System));
    m_appearance->addItem(tr("Light"), int(Appearance::Mode::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Mode::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(Appearance::instance().mode())));
    m_appearance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    appearanceForm->addRow(tr("&Colour scheme"), m_appearance);
    if (qEnvironmentVariableIsSet("LIMITLESS_THEME")) {
        auto* forced = new QLabel(
            tr("The LIMITLESS_THEME environment variable is set: it decides the scheme."),
            appearance);
        forced->setObjectName(QStringLiteral("appearanceForced"));
        forced->setWordWrap(true);
        appearanceForm->addRow(QString(), forced);
    }
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this] {
        Appearance::instance().setMode(Appearance::Mode(m_appearance->currentData().toInt()));
    });
    connect(&Appearance::instance(), &Appearance::modeChanged, this, [this](Appearance::Mode mode) {
        m_appearance->setCurrentIndex(m_appearance->findData(int(mode)));
    });
    layout->addWidget(appearance);
    layout->addStretch(1);

    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsPage::updateExample);
    connect(m_baseUrl, &QLineEdit::returnPressed, this, &SettingsPage::save);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_reset, &QPushButton::clicked, this, &SettingsPage::resetToDefault);
    load();
}

QString SettingsPage::messageText() const
{
    return m_message->text();
}

void SettingsPage::load()
{
    m_baseUrl->setText(CampaignLink::baseUrl());
    m_message->clear();
    updateExample();
}

void SettingsPage::updateExample()
{
    const QString typed = m_baseUrl->text().trimmed();
    const QString problem = CampaignLink::validateBaseUrl(typed);
    if (!typed.isEmpty() && problem.isEmpty())
        m_example->setText(
            tr("Example: %1")
                .arg(CampaignLink::url(QStringLiteral("K7PX3M"), typed).toDisplayString()));
    else
        m_example->setText(typed.isEmpty() ? tr("Empty: the default address is used.") : problem);
    m_save->setEnabled(typed.isEmpty() || problem.isEmpty());
}

bool SettingsPage::save()
{
    const QString typed = m_baseUrl->text().trimmed();
    if (!typed.isEmpty() && !CampaignLink::validateBaseUrl(typed).isEmpty()) {
        m_message->setText(CampaignLink::validateBaseUrl(typed));
        return false;
    }
    CampaignLink::setBaseUrl(typed);
    m_baseUrl->setText(CampaignLink::baseUrl());
    m_message->setText(tr("Saved. New links and QR codes use this address."));
    emit baseUrlChanged(CampaignLink::baseUrl());
    return true;
}

void SettingsPage::resetToDefault()
{
    m_baseUrl->setText(CampaignLink::defaultBaseUrl());
    save();
}

} // namespace limitless::ui
