#pragma once

#include <QLabel>

namespace limitless::ui {

// A one-line label that gives way in a narrow window: its text ends in "…" where it does not
// fit, and the whole text is its tooltip then (and what a screen reader reads, always). For
// subtitles and status lines whose length depends on the language and the data.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // Whether the text is shown shortened at the current width.
    bool isElided() const;
    // The text as painted.
    QString shownText() const;

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace limitless::ui
