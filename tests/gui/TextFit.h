#pragma once

#include <QStringList>

class QWidget;

namespace limitless::test {

// Text that a translation made too long for its widget: under `root` (and in its window only),
// every visible button whose text is wider than the button's contents, every non-wrapping label
// whose text is wider than the label, and every visible section of a horizontal header whose
// title is wider than the section (the title is then elided), and every text of a graphics view
// (a chart's labels) that reaches past the view's edge. One line per offender: the
// widget's path by object (or accessible) name, the text, and the pixels it needs and has.
// Texts elided on purpose fit by construction; widgets clipped away entirely (a collapsed
// splitter pane) are not looked at.
QStringList clippedTexts(QWidget* root);

} // namespace limitless::test
