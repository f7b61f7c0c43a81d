#pragma once

#include <QLoggingCategory>

// One logging category per core module. Nothing secret (passwords, tokens, connection
// strings with credentials) is ever written through these.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
