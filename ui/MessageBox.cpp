#include "MessageBox.h"

#include <QPointer>
#include <QTimer>

namespace limitless::ui {

namespace {
MessageBox::Button g_nextAnswer = MessageBox::Button::NoButton;
QString g_lastText;
QString g_lastTitle;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                             Callback done)
{
    show(parent, QMessageBox::Information, title, text, Button::Ok, Button::Ok, std::move(done));
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Callback done)
{
    show(parent, QMessageBox::Warning, title, text, Button::Ok, Button::Ok, std::move(done));
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Callback done)
{
    show(parent, QMessageBox::Critical, title, text, Button::Ok, Button::Ok, std::move(done));
}

void MessageBox::question(QWidget* parent, const QString& title, const QString& text, Callback done,
                          Buttons buttons, Button defaultButton)
{
    show(parent, QMessageBox::Question, title, text, buttons, defaultButton, std::move(done));
}

void MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton, Callback done)
{
    g_lastText = text;
    g_lastTitle = title;
    if (g_nextAnswer != Button::NoButton) {
        const Button answer = std::exchange(g_nextAnswer, Button::NoButton);
        QPointer<QWidget> guard(parent);
        const bool hadParent = parent != nullptr;
        QTimer::singleShot(0, [guard, hadParent, answer, done] {
            if (done && (!hadParent || guard))
                done(answer);
        });
        return;
    }
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (defaultButton != Button::NoButton)
        box->setDefaultButton(defaultButton);
    QObject::connect(box, &QMessageBox::finished, box, [box, done](int) {
        if (!done)
            return;
        QAbstractButton* clicked = box->clickedButton();
        done(clicked ? box->standardButton(clicked) : box->standardButton(box->escapeButton()));
    });
    box->open();
}

} // namespace limitless::ui
