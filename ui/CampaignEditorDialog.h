#pragma once

#include "campaigns/CampaignService.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace limitless::ui {

// Creates a campaign (name, description, platform and an optional typed code) or edits one in
// place (everything but the code). The dialog validates what it can (a name, the code's
// alphabet, CampaignService's length limits) before anything is sent; it stays open while the
// page writes and shows a refusal ("This code is already taken", a lost connection) next to the
// fields, with the input kept, the focus where it was and "Retry" on the primary button.
class CampaignEditorDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    explicit CampaignEditorDialog(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setDraft(const campaigns::CampaignDraft& draft);
    campaigns::CampaignDraft draft() const;
    // Edit mode shows the code read-only.
    void setCode(const QString& code);
    // Create mode: what the owner typed, normalized; empty = generate.
    QString typedCode() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* codeEdit() const { return m_code; }
    QComboBox* platformCombo() const { return m_platform; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QString errorText() const;

public slots:
    // While the insert is under way the inputs are locked.
    void setBusy(bool busy);
    void showError(const QString& text);
    // A failed write: its sentence, and "Retry" when the connection was the problem.
    void showFailure(const campaigns::CampaignWriteResult& result);

signals:
    // OK with valid input: the page writes, then accept()s or showFailure()s.
    void submitted();

private:
    void validate();
    void inputChanged();
    void onOk();
    QString primaryText() const;

    Mode m_mode;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_platform;
    QLineEdit* m_code;
    QLabel* m_codeHint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_retry = false;
};

} // namespace limitless::ui
