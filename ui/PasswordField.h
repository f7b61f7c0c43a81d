#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace limitless::ui {

// A password line edit with a "Show"/"Hide" button beside it. The button is a real, focusable
// button (keyboard users reach it with Tab); the text is hidden again whenever the field is
// cleared, so a shown password never lingers.
class PasswordField : public QWidget {
    Q_OBJECT

public:
    explicit PasswordField(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* toggleButton() const { return m_toggle; }
    QString text() const;
    void clear();
    bool isRevealed() const;
    void setRevealed(bool revealed);

private:
    QLineEdit* m_edit;
    QToolButton* m_toggle;
};

} // namespace limitless::ui
