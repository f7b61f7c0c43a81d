#pragma once

#include <QColor>

namespace limitless::models {

// The colours models give to good and bad outcomes (ForegroundRole, BackgroundRole), legible on
// the application palette's base in the light and the dark scheme: the same hues, lighter on a
// dark base. Read at data() time, so a view repainting after a scheme change gets the new ones.
class StatusColours {
public:
    static bool darkPalette();
    static QColor good();
    static QColor bad();
    // Secondary rows (another branch, an older version).
    static QColor quiet();
    // The background of the one row that matters most (the head checkpoint).
    static QColor emphasis();
};

} // namespace limitless::models
