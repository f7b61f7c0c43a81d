#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcDb, "limitless.db")
Q_LOGGING_CATEGORY(lcMigrate, "limitless.migrate")
Q_LOGGING_CATEGORY(lcSandbox, "limitless.sandbox")
Q_LOGGING_CATEGORY(lcDemo, "limitless.demo")
