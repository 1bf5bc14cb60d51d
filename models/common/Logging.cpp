#include <models/common/Logging.h>

Q_LOGGING_CATEGORY(lcMigrations, "ts.models.migrations", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "ts.models.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTenants, "ts.models.tenants", QtWarningMsg)
