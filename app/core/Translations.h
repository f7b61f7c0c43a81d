#pragma once

class QCoreApplication;

namespace limitless {
// Installs the Qt and Limitless translators for the system locale (or LIMITLESS_LANG).
void installTranslations(QCoreApplication& app);
} // namespace limitless
