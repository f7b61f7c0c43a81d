#pragma once

#include <QWidget>

namespace limitless::ui {

// Stands in for a page that this version does not have yet, and says so plainly, so the
// navigation shows the whole product without pretending a page works.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& message, QWidget* parent = nullptr);

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace limitless::ui
