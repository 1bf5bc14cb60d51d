#pragma once

#include <QLoggingCategory>

// One category per subsystem, so support can ask for QT_LOGGING_RULES="ts.net.pg.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPg)
Q_DECLARE_LOGGING_CATEGORY(lcRedis)
