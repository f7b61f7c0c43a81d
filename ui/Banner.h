#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limitless::ui {

// A one-line notice above a page's content: "Starting the local sandbox…", or an error with an
// optional action ("Retry"). Hidden until there is something to say.
class Banner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Info, Error };

    explicit Banner(QWidget* parent = nullptr);

    // Shows `text`; a non-empty `actionText` adds a button that emits actionTriggered().
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace limitless::ui
