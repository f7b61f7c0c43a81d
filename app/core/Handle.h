#pragma once

#include <QString>

namespace limitless::core {

// A lead's Instagram handle as the app and the CLI show it: the seed does not say whether the
// stored handle has its "@", and both occur; shown with exactly one. Empty stays empty.
QString instagramHandle(const QString& stored);

} // namespace limitless::core
