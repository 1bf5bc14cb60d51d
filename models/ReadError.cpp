#include "ReadError.h"

#include <QCoreApplication>

QString readError(const PgResult& result)
{
    if (result.errorKind == PgErrorKind::Permission)
        return QCoreApplication::translate("ReadError",
                                           "Not permitted: the server refused this read for your login (%1).")
            .arg(result.error);
    return result.error;
}
