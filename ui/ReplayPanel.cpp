#include "ReplayPanel.h"

#include "ConversationsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace limitless::ui {

namespace {

QString stageText(const QString& stage)
{
    if (stage.isEmpty())
        return ReplayPanel::tr("—");
    // The stage's name as the Conversations page gives it (translated).
    return models::ConversationsModel::stageLabel(stage);
}

QString yesNo(bool v)
{
    return v ? ReplayPanel::tr("yes") : ReplayPanel::tr("no");
}

} // namespace

ReplayPanel::ReplayPanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_summary(new QLabel(this)), m_figures(new QTableWidget(RowCount, 2, this)),
      m_original(new QTextBrowser(this)), m_replay(new QTextBrowser(this)),
      m_open(new QPushButton(tr("Open the replay in the chat"), this))
{
    setObjectName(QStringLiteral("replayPanel"));
    m_empty->setText(tr("No replay yet. On the Conversations page, choose a conversation and "
                        "“Replay in playground” to see how the agent as it is now would have "
                        "answered that lead."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);

    m_summary->setObjectName(QStringLiteral("replaySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_figures->setObjectName(QStringLiteral("replayFigures"));
    m_figures->setAccessibleName(tr("Original and replay compared"));
    m_figures->setHorizontalHeaderLabels({tr("Original"), tr("Replay")});
    m_figures->setVerticalHeaderLabels({tr("Stage reached"), tr("Qualified"),
                                        tr("Qualification score"), tr("Payment link sent"),
                                        tr("Lead turns")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->setFocusPolicy(Qt::TabFocus);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < RowCount; ++r)
        for (int c = 0; c < 2; ++c)
            m_figures->setItem(r, c, new QTableWidgetItem);
    m_figures->resizeRowsToContents();
    int height = m_figures->horizontalHeader()->sizeHint().height() + 2 * m_figures->frameWidth();
    for (int r = 0; r < RowCount; ++r)
        height += m_figures->rowHeight(r);
    m_figures->setFixedHeight(height);

    for (QTextBrowser* b : {m_original, m_replay}) {
        b->setOpenLinks(false);
        b->setFrameShape(QFrame::StyledPanel);
    }
    m_original->setObjectName(QStringLiteral("replayOriginalTranscript"));
    m_original->setAccessibleName(tr("The original conversation"));
    m_replay->setObjectName(QStringLiteral("replayTranscript"));
    m_replay->setAccessibleName(tr("The replay"));

    auto column = [this](const QString& title, QTextBrowser* browser, QLabel** titleLabel) {
        auto* box = new QWidget(this);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(4);
        auto* label = new QLabel(title, box);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        if (titleLabel)
            *titleLabel = label;
        l->addWidget(label);
        l->addWidget(browser, 1);
        return box;
    };
    auto* transcripts = new QSplitter(Qt::Horizontal, this);
    transcripts->setChildrenCollapsible(false);
    transcripts->addWidget(column(tr("Original"), m_original, nullptr));
    transcripts->addWidget(column(tr("Replay"), m_replay, &m_replayTitle));

    m_open->setObjectName(QStringLiteral("replayOpen"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_result.replayThreadId.isEmpty())
            emit openThreadRequested(m_result.replayThreadId);
    });

    auto* page = new QWidget(this);
    auto* pl = new QVBoxLayout(page);
    pl->setContentsMargins(8, 8, 8, 8);
    pl->setSpacing(8);
    pl->addWidget(m_summary);
    pl->addWidget(m_figures);
    pl->addWidget(transcripts, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_open);
    pl->addLayout(row);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ReplayPanel::clear()
{
    m_result = {};
    m_original->clear();
    m_replay->clear();
    for (int r = 0; r < RowCount; ++r)
        for (int c = 0; c < 2; ++c)
            m_figures->item(r, c)->setText({});
    m_open->setEnabled(false);
    m_stack->setCurrentWidget(m_empty);
}

void ReplayPanel::setRunning(const QString& conversationTitle, bool server,
                             const QString& serverName)
{
    clear();
    m_figures->setHorizontalHeaderLabels(
        {tr("Original"), server ? tr("Replay on the server") : tr("Replay")});
    m_replayTitle->setText(server ? tr("Replay on the server") : tr("Replay"));
    m_summary->setText(
        server ? tr("Replaying the conversation with %1 on %2…").arg(conversationTitle, serverName)
               : tr("Replaying the conversation with %1 with the current agent…")
                     .arg(conversationTitle));
    m_stack->setCurrentIndex(1);
}

bool ReplayPanel::isServerResult() const
{
    return m_result.policy.startsWith(QLatin1String("server:"));
}

void ReplayPanel::setResult(const agent::ReplayResult& r, const agent::ConversationFigures& o,
                            const agent::ConversationFigures& p)
{
    m_result = r;
    m_stack->setCurrentIndex(1);
    const bool server = isServerResult();
    m_figures->setHorizontalHeaderLabels(
        {tr("Original"), server ? tr("Replay on the server") : tr("Replay")});
    m_replayTitle->setText(server ? tr("Replay on the server") : tr("Replay"));
    const QLocale locale;
    QString summary;
    const QString who = o.handle.isEmpty() ? r.originalThreadId : o.handle;
    if (r.replayThreadId.isEmpty()) {
        summary = server
                      ? tr("The conversation with %1 could not be replayed on the LangGraph "
                           "server: %2")
                            .arg(who, r.error)
                      : tr("The conversation with %1 could not be replayed: %2").arg(who, r.error);
    } else if (server) {
        const QString assistant = r.policy.mid(int(qstrlen("server:")));
        summary = r.copiedTurns == 0
                      ? tr("The conversation with %1 replayed on the LangGraph server "
                           "(assistant %2): the server's agent answered all %3 lead turns.")
                            .arg(who, assistant)
                            .arg(r.totalTurns)
                      : tr("The conversation with %1 replayed on the LangGraph server "
                           "(assistant %2): turns 1–%3 copied into a new server thread, the "
                           "server's agent answered %4 of %5.")
                            .arg(who, assistant)
                            .arg(r.copiedTurns)
                            .arg(r.turns.size())
                            .arg(r.totalTurns);
        if (!r.error.isEmpty())
            summary += u' ' + tr("It stopped early: %1").arg(r.error);
    } else {
        const QString prompts =
            r.promptVersion == 0 ? tr("built-in prompts") : tr("prompts v%1").arg(r.promptVersion);
        summary = r.copiedTurns == 0
                      ? tr("The conversation with %1 replayed: the current agent answered all "
                           "%2 lead turns (policy %3, %4).")
                            .arg(who)
                            .arg(r.totalTurns)
                            .arg(r.policy, prompts)
                      : tr("The conversation with %1 replayed: turns 1–%2 copied, the current "
                           "agent answered %3 of %4 (policy %5, %6).")
                            .arg(who)
                            .arg(r.copiedTurns)
                            .arg(r.turns.size())
                            .arg(r.totalTurns)
                            .arg(r.policy, prompts);
        if (!r.error.isEmpty())
            summary += u' ' + tr("It stopped early: %1").arg(r.error);
    }
    m_summary->setText(summary);

    auto set = [&](Row row, const QString& a, const QString& b) {
        m_figures->item(row, 0)->setText(a);
        m_figures->item(row, 1)->setText(b);
        QFont f = m_figures->font();
        f.setBold(a != b);
        m_figures->item(row, 1)->setFont(f);
        m_figures->item(row, 1)->setToolTip(a != b ? tr("Differs from the original") : QString());
    };
    const bool have = !r.replayThreadId.isEmpty();
    // The original's row was not read when the replay failed before it.
    const bool known = o.found;
    set(StageRow, known ? stageText(o.stage) : tr("—"), have ? stageText(p.stage) : tr("—"));
    set(QualifiedRow, known ? yesNo(o.qualified) : tr("—"), have ? yesNo(p.qualified) : tr("—"));
    set(ScoreRow, known ? locale.toString(o.score, 'f', 2) : tr("—"),
        have ? locale.toString(p.score, 'f', 2) : tr("—"));
    set(PaymentLinkRow, known ? yesNo(o.paymentLinkSent) : tr("—"),
        have ? yesNo(p.paymentLinkSent) : tr("—"));
    set(LeadTurnsRow, known || have ? QString::number(r.original.leadTurns) : tr("—"),
        have ? QString::number(r.replay.leadTurns) : tr("—"));
    m_open->setEnabled(have);
}

QString ReplayPanel::transcriptHtml(const QList<agent::TranscriptLine>& lines, bool original) const
{
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    QString html;
    int lead = 0;
    for (const agent::TranscriptLine& l : lines) {
        const bool human = l.role == QLatin1String("human");
        if (human)
            ++lead;
        const bool copied = !original && lead <= m_result.copiedTurns;
        QString who = human ? tr("Lead") : tr("Agent");
        if (human)
            who = tr("Lead · turn %1").arg(lead);
        if (copied && !human)
            who += u' ' + tr("(copied)");
        html += QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:%1;font-size:small'>"
                               "%2</span><br/>%3</p>")
                    .arg(human ? muted : (copied ? muted : pal.color(QPalette::Link).name()),
                         who.toHtmlEscaped(),
                         l.text.toHtmlEscaped().replace(u'\n', QLatin1String("<br/>")));
    }
    return html;
}

void ReplayPanel::setTranscript(const QString& threadId, const QList<agent::TranscriptLine>& lines,
                                const QString& error)
{
    QTextBrowser* target = threadId == m_result.replayThreadId     ? m_replay
                           : threadId == m_result.originalThreadId ? m_original
                                                                   : nullptr;
    if (!target)
        return;
    if (!error.isEmpty())
        target->setPlainText(tr("The transcript could not be read: %1").arg(error));
    else
        target->setHtml(transcriptHtml(lines, target == m_original));
}

QString ReplayPanel::figureText(Row row, int column) const
{
    return m_figures->item(row, column)->text();
}

bool ReplayPanel::rowDiffers(Row row) const
{
    return figureText(row, 0) != figureText(row, 1);
}

QString ReplayPanel::summaryText() const
{
    return m_summary->text();
}

QString ReplayPanel::originalTranscriptText() const
{
    return m_original->toPlainText();
}

QString ReplayPanel::replayTranscriptText() const
{
    return m_replay->toPlainText();
}

} // namespace limitless::ui
