#include <net/Logging.h>

Q_LOGGING_CATEGORY(lcPg, "ts.net.pg", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedis, "ts.net.redis", QtWarningMsg)
