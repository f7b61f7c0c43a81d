#pragma once

#include <QMessageBox>

#include <functional>

class QWidget;

namespace limitless::ui {

// Every message box of the app goes through here (KeePassXC's MessageBox pattern): the box is
// window-modal and asynchronous (open(), never exec(): no nested event loop), and a test can
// pre-answer the next box with setNextAnswer() so that nothing waits for a click.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using Callback = std::function<void(Button answer)>;

    static void information(QWidget* parent, const QString& title, const QString& text,
                            Callback done = {});
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        Callback done = {});
    static void critical(QWidget* parent, const QString& title, const QString& text,
                         Callback done = {});
    // `buttons` default to Yes|No; `done` receives the one chosen (Escape = the escape button).
    static void question(QWidget* parent, const QString& title, const QString& text, Callback done,
                         Buttons buttons = Button::Yes | Button::No,
                         Button defaultButton = Button::NoButton);

    // The next box is not shown: `done` gets `answer` (asynchronously, as a click would).
    static void setNextAnswer(Button answer);
    // What the last box said (shown or pre-answered), for tests.
    static QString lastText();
    static QString lastTitle();

private:
    static void show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                     const QString& text, Buttons buttons, Button defaultButton, Callback done);
};

} // namespace limitless::ui
