#pragma once

#include "agent/PlaygroundLab.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace limitless::ui {

// "Replay in playground": which lead turns of a real conversation are copied into the new
// playground thread as they were; the current agent answers the rest. The default copies none,
// so every lead turn is answered again. The conversation's lead messages are listed with the
// cut marked.
class ReplayDialog : public QDialog {
    Q_OBJECT

public:
    ReplayDialog(const QString& conversationTitle, const QList<agent::TranscriptLine>& lines,
                 QWidget* parent = nullptr);

    // Lead turns copied as they were (0 = all answered again).
    int copiedTurns() const;
    void setCopiedTurns(int turns);
    int leadTurns() const { return m_leadTurns; }
    QSpinBox* turnChoice() const { return m_turns; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString summaryText() const;

private:
    void update();

    int m_leadTurns = 0;
    QSpinBox* m_turns;
    QLabel* m_summary;
    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace limitless::ui
