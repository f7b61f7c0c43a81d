#include "ReplayDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limitless::ui {

ReplayDialog::ReplayDialog(const QString& conversationTitle,
                           const QList<agent::TranscriptLine>& lines, QWidget* parent)
    : QDialog(parent), m_turns(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay in playground"));
    auto* intro = new QLabel(
        tr("The conversation with %1 is copied into a new test conversation up to the turn you "
           "choose; the agent as it is now (your current prompts, documents and policy) answers "
           "the lead's remaining messages. The result is shown beside the original.")
            .arg(conversationTitle.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    for (const agent::TranscriptLine& l : lines)
        if (l.role == QLatin1String("human"))
            m_list->addItem(l.text.simplified());
    m_leadTurns = m_list->count();
    m_list->setObjectName(QStringLiteral("replayLeadTurns"));
    m_list->setAccessibleName(tr("The lead's messages"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    m_turns->setObjectName(QStringLiteral("replayTurn"));
    m_turns->setRange(0, m_leadTurns);
    m_turns->setValue(0);
    m_turns->setAccessibleName(tr("Lead turns copied as they were"));
    auto* form = new QHBoxLayout;
    auto* turnsLabel = new QLabel(tr("Lead turns &copied as they were:"), this);
    turnsLabel->setBuddy(m_turns);
    form->addWidget(turnsLabel);
    form->addWidget(m_turns);
    form->addWidget(new QLabel(tr("of %1").arg(m_leadTurns), this));
    form->addStretch(1);
    m_summary->setObjectName(QStringLiteral("replaySummary"));
    m_summary->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replay"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_leadTurns > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_turns, &QSpinBox::valueChanged, this, &ReplayDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 460);
    update();
}

int ReplayDialog::copiedTurns() const
{
    return m_turns->value();
}

void ReplayDialog::setCopiedTurns(int turns)
{
    m_turns->setValue(turns);
}

QString ReplayDialog::summaryText() const
{
    return m_summary->text();
}

void ReplayDialog::update()
{
    const int copied = m_turns->value();
    if (m_leadTurns == 0)
        m_summary->setText(tr("The lead wrote nothing in this conversation: there is nothing to "
                              "replay."));
    else if (copied == 0)
        m_summary->setText(
            tr("The current agent answers all %n lead turn(s) again.", nullptr, m_leadTurns));
    else if (copied == m_leadTurns)
        m_summary->setText(tr("Every lead turn is copied as it was; continue the copy by hand "
                              "in the playground."));
    else
        m_summary->setText(tr("Turns 1–%1 are copied as they were; the current agent answers "
                              "turns %2–%3.")
                               .arg(copied)
                               .arg(copied + 1)
                               .arg(m_leadTurns));
    const QPalette p = palette();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool kept = i < copied;
        // The answered turns in the view's own text colour (no fixed one: it follows a change of
        // scheme); the copied ones in the muted grey, which reads on either.
        if (kept)
            item->setForeground(p.color(QPalette::PlaceholderText));
        else
            item->setData(Qt::ForegroundRole, QVariant());
        item->setToolTip(kept ? tr("Copied as it was") : tr("Answered by the current agent"));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
        const QString text = item->data(Qt::UserRole).toString().isEmpty()
                                 ? item->text()
                                 : item->data(Qt::UserRole).toString();
        item->setData(Qt::UserRole, text);
        item->setText(
            (kept ? tr("%1. copied · %2") : tr("%1. replayed · %2")).arg(i + 1).arg(text));
    }
}

} // namespace limitless::ui
