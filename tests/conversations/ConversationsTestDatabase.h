#pragma once

#include "db/Database.h"

#include <QString>

namespace limitless::test {

// A database of its own on the test cluster with the small demo business (seed 42, fixed now),
// built once per `name` (an advisory lock serialises test processes), plus read access for
// `authenticated` to LangGraph's tables as the sandbox grants it.
QString conversationsDatabase(const QString& name, bool rebuild = false);
// The application role's URL for that database.
QString conversationsAppUrl(const QString& name);
// Opens `db` as the demo owner of that database (claims, row-level security) and waits, bounded,
// until it is connected and listening.
void openConversationsDatabase(db::Database& db, const QString& name);

} // namespace limitless::test
