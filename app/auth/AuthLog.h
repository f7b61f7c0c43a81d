#pragma once

#include <QLoggingCategory>

// The auth module's log category. It carries events (signed in, refreshed, which error code),
// never a token, password, code or key: tests capture the whole log and search it for them.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
