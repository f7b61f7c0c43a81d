#pragma once

#include "agent/PlaygroundLab.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace limitless::ui {

// The playground's "Replay" tab: a real conversation replayed with the current agent beside
// the original — where each got (stage reached, qualified, qualification score, payment link
// sent, lead turns) as their conversations rows say, differences marked, and both transcripts
// side by side with the copied part marked.
class ReplayPanel : public QWidget {
    Q_OBJECT

public:
    enum Row { StageRow, QualifiedRow, ScoreRow, PaymentLinkRow, LeadTurnsRow, RowCount };

    explicit ReplayPanel(QWidget* parent = nullptr);

    // A replay is under way (the figures of the previous one are cleared); `server`: on the
    // LangGraph server `serverName` (its URL and assistant).
    void setRunning(const QString& conversationTitle, bool server = false,
                    const QString& serverName = {});
    void setResult(const agent::ReplayResult& result, const agent::ConversationFigures& original,
                   const agent::ConversationFigures& replay);
    void setTranscript(const QString& threadId, const QList<agent::TranscriptLine>& lines,
                       const QString& error);
    void clear();

    agent::ReplayResult result() const { return m_result; }
    // The figure shown in `row` for the original (column 0) or the replay (column 1).
    QString figureText(Row row, int column) const;
    bool rowDiffers(Row row) const;
    QString summaryText() const;
    QString originalTranscriptText() const;
    QString replayTranscriptText() const;
    // The result came from the LangGraph server (policy "server:<assistant>").
    bool isServerResult() const;
    QTableWidget* figuresTable() const { return m_figures; }
    QPushButton* openButton() const { return m_open; }

signals:
    // "Open the replay": show the replay's thread in the chat.
    void openThreadRequested(const QString& threadId);

private:
    QString transcriptHtml(const QList<agent::TranscriptLine>& lines, bool original) const;

    agent::ReplayResult m_result;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_summary;
    QTableWidget* m_figures;
    QTextBrowser* m_original;
    QTextBrowser* m_replay;
    QLabel* m_replayTitle = nullptr;
    QPushButton* m_open;
};

} // namespace limitless::ui
