#pragma once

#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QLayout;

namespace limitless::ui {

// A page's header: its title (large, demi-bold) with what follows it (a count, a subtitle) on
// the left, and the page's buttons on the right. Where the window is too narrow for both on one
// row, the buttons move to a second row under the title, right-aligned, instead of holding the
// window wider: German and Spanish button rows are a third longer than English ones.
class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(const QString& title, QWidget* parent = nullptr);
    // A page title as every page has it (for pages that lay out their own header).
    static QLabel* makeTitle(const QString& text, QWidget* parent);

    QLabel* title() const { return m_title; }
    // After the title, on its baseline (`stretch` as in QBoxLayout).
    void addBesideTitle(QWidget* widget, int stretch = 0);
    // Buttons, from left to right.
    void addAction(QWidget* widget);
    void addActions(QLayout* layout);
    // Whether the buttons are on the title's row.
    bool oneRow() const { return m_oneRow; }

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Puts the buttons beside the title when both fit in `width`, else under it.
    void place(int width);

    QLabel* m_title;
    QWidget* m_lead;
    QBoxLayout* m_leadLayout;
    QWidget* m_actions;
    QBoxLayout* m_actionsLayout;
    QGridLayout* m_grid;
    bool m_oneRow = true;
};

} // namespace limitless::ui
