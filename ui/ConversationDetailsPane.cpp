#include "ConversationDetailsPane.h"

#include "ChatBubbleDelegate.h"
#include "ConversationDetails.h"
#include "ConversationEventsModel.h"
#include "ConversationPaymentsModel.h"
#include "ConversationsModel.h"
#include "ElidedLabel.h"
#include "TranscriptModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace limitless::ui {

using models::ConversationDetails;
using models::ConversationsModel;

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("sectionTitle"));
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

} // namespace

ConversationDetailsPane::ConversationDetailsPane(db::Database* database, QWidget* parent)
    : QWidget(parent), m_details(new ConversationDetails(database, this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_transcriptStack(new QStackedWidget(this)), m_transcript(new QListView(this)),
      m_notice(new QLabel(this)), m_error(new QLabel(this)), m_fields(new QFormLayout),
      m_events(new QListView(this)), m_payments(new QTableView(this)),
      m_noPayments(new QLabel(tr("No payments."), this))
{
    setObjectName(QStringLiteral("conversationDetails"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));

    // Transcript.
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setModel(m_details->transcript());
    m_transcript->setItemDelegate(new ChatBubbleDelegate(m_transcript));
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The bubbles are laid out for at least 200 px (ChatBubbleDelegate::availableWidth), beside
    // the vertical scroll bar: narrower, their right edge would be cut off.
    m_transcript->setMinimumWidth(200 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcript->setFrameShape(QFrame::NoFrame);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_notice->setObjectName(QStringLiteral("emptyText"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_transcriptStack->addWidget(m_transcript);
    m_transcriptStack->addWidget(m_notice);
    m_error->setObjectName(QStringLiteral("transcriptError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* chat = new QWidget(this);
    chat->setObjectName(QStringLiteral("transcriptPanel"));
    chat->setAttribute(Qt::WA_StyledBackground);
    auto* chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_error);
    chatLayout->addWidget(m_transcriptStack, 1);

    // Beside it: lead, timeline, payments.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 0, 0, 0);
    sideLayout->setSpacing(6);
    sideLayout->addWidget(sectionTitle(tr("Lead"), side));
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setHorizontalSpacing(10);
    m_fields->setVerticalSpacing(3);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    // An e-mail address cannot wrap between words: it is shortened with "…" where the pane is
    // narrow, and the whole address is its tooltip.
    m_values << addField(tr("E-mail"), new ElidedLabel(this));
    for (const QString& label :
         {tr("Campaign"), tr("Stage"), tr("Qualified"), tr("Business"), tr("Revenue"),
          tr("Pain point"), tr("Pitch"), tr("Plan"), tr("Started"), tr("Follow-ups")})
        m_values << addField(label);
    sideLayout->addLayout(m_fields);
    sideLayout->addSpacing(6);
    sideLayout->addWidget(sectionTitle(tr("Timeline"), side));
    m_events->setObjectName(QStringLiteral("eventsView"));
    m_events->setAccessibleName(tr("Events of this conversation"));
    m_events->setModel(m_details->events());
    m_events->setFrameShape(QFrame::NoFrame);
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    m_events->setWordWrap(true);
    sideLayout->addWidget(m_events, 1);
    sideLayout->addWidget(sectionTitle(tr("Payments"), side));
    m_payments->setObjectName(QStringLiteral("paymentsView"));
    m_payments->setAccessibleName(tr("Payments of this conversation"));
    m_payments->setModel(m_details->payments());
    m_payments->verticalHeader()->hide();
    m_payments->setShowGrid(false);
    m_payments->setSelectionMode(QAbstractItemView::NoSelection);
    m_payments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_payments->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_payments->setFrameShape(QFrame::NoFrame);
    m_payments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->horizontalHeader()->setSectionResizeMode(
        models::ConversationPaymentsModel::AmountColumn, QHeaderView::Stretch);
    // The day of a payment is in the timeline; the table keeps plan, amount and status.
    m_payments->setColumnHidden(models::ConversationPaymentsModel::CreatedColumn, true);
    m_payments->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_payments->setMaximumHeight(3 * (fontMetrics().height() + 8) + 4);
    m_noPayments->setObjectName(QStringLiteral("emptyText"));
    sideLayout->addWidget(m_payments);
    sideLayout->addWidget(m_noPayments);
    side->setFixedWidth(280);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(chat, 1);
    body->addWidget(side);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(body, 1);

    connect(m_details, &ConversationDetails::loaded, this, [this] {
        updateLead();
        updateTranscriptState();
    });
    connect(m_details, &ConversationDetails::loadingChanged, this,
            &ConversationDetailsPane::updateTranscriptState);
    // Keep the newest message in sight when the conversation goes on, unless the owner scrolled
    // up to read.
    connect(m_details->transcript(), &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = m_transcript->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 4)
            QMetaObject::invokeMethod(m_transcript, &QListView::scrollToBottom,
                                      Qt::QueuedConnection);
    });
    connect(m_details->transcript(), &QAbstractItemModel::modelReset, m_transcript,
            &QListView::scrollToBottom, Qt::QueuedConnection);
    setConversation({});
}

QLabel* ConversationDetailsPane::addField(const QString& label, QLabel* value)
{
    if (!value) {
        value = new QLabel(this);
        value->setWordWrap(true);
    }
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* name = new QLabel(label, this);
    name->setObjectName(QStringLiteral("pageSubtitle"));
    m_fields->addRow(name, value);
    return value;
}

QString ConversationDetailsPane::transcriptNotice() const
{
    if (m_transcriptStack->currentWidget() == m_notice)
        return m_notice->text();
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConversationDetailsPane::setConversation(const QString& conversationId)
{
    m_details->setConversation(conversationId);
    updateLead();
    updateTranscriptState();
}

void ConversationDetailsPane::updateLead()
{
    const bool has = m_details->hasLead();
    const auto& c = m_details->lead();
    const QLocale locale;
    if (m_details->conversationId().isEmpty()) {
        m_title->setText(tr("No conversation selected"));
        m_subtitle->setText(tr("Select a conversation to read its transcript."));
    } else if (has) {
        m_title->setText(c.instagramHandle);
        m_subtitle->setText(
            tr("%1 messages · last %2")
                .arg(locale.toString(c.totalMessages),
                     locale.toString(
                         QDateTime::fromMSecsSinceEpoch(c.lastMessageAt, Qt::UTC).toLocalTime(),
                         QLocale::ShortFormat)));
    }
    const auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    const QStringList values =
        has ? QStringList{c.email.isEmpty() ? tr("—") : c.email,
                          c.campaignCode,
                          ConversationsModel::stageLabel(c.stage),
                          c.hasScore ? tr("%1 (score %2)")
                                           .arg(yesNo(c.qualified),
                                                locale.toString(double(c.score), 'f', 2))
                                     : yesNo(c.qualified),
                          c.businessType.isEmpty() ? tr("—") : c.businessType,
                          c.monthlyRevenue.isEmpty() ? tr("—") : c.monthlyRevenue,
                          c.mainPainPoint.isEmpty() ? tr("—") : c.mainPainPoint,
                          c.pitchType.isEmpty() ? tr("Not yet") : c.pitchType,
                          c.preferredPlan.isEmpty()
                              ? tr("—")
                              : ConversationsModel::planLabel(c.preferredPlan) +
                                    (c.paid       ? tr(" · paid")
                                     : c.linkSent ? tr(" · link sent")
                                                  : QString()),
                          locale.toString(
                              QDateTime::fromMSecsSinceEpoch(c.createdAt, Qt::UTC).toLocalTime(),
                              QLocale::ShortFormat),
                          locale.toString(c.followups)}
            : QStringList();
    for (int i = 0; i < m_values.size(); ++i)
        m_values.at(i)->setText(i < values.size() ? values.at(i) : QString());
    const bool anyPayment = m_details->payments()->rowCount() > 0;
    m_payments->setVisible(anyPayment);
    m_noPayments->setVisible(!anyPayment && has);
}

void ConversationDetailsPane::updateTranscriptState()
{
    const QString error = m_details->transcriptError();
    if (m_details->conversationId().isEmpty()) {
        m_notice->setText(tr("Select a conversation to read its transcript."));
        m_transcriptStack->setCurrentWidget(m_notice);
    } else if (!m_details->isLoaded()) {
        m_notice->setText(m_details->lastError().isError()
                              ? tr("The conversation could not be loaded: %1")
                                    .arg(m_details->lastError().userMessage())
                              : tr("Loading the transcript…"));
        m_transcriptStack->setCurrentWidget(m_notice);
    } else if (!m_details->hasTranscript() && error.isEmpty()) {
        m_notice->setText(tr("No transcript stored for this conversation."));
        m_transcriptStack->setCurrentWidget(m_notice);
    } else if (m_details->transcript()->rowCount() == 0 && error.isEmpty()) {
        m_notice->setText(tr("The stored transcript has no messages yet."));
        m_transcriptStack->setCurrentWidget(m_notice);
    } else {
        m_transcriptStack->setCurrentWidget(m_transcript);
    }
    m_error->setText(error.isEmpty()
                         ? QString()
                         : tr("This transcript could not be read completely: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

} // namespace limitless::ui
