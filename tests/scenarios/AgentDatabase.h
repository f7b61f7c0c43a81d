#pragma once

#include <QString>

namespace limitless::test {

// The id of the database's only owner.
QString onlyOwner(const QString& url);

} // namespace limitless::test
