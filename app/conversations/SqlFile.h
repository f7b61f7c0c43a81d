#pragma once

#include <QString>

namespace limitless::conversations {

// The text of a compiled-in query (":/conversations/queries/<name>.sql"), read once.
QString sqlFile(const char* name);

} // namespace limitless::conversations
