#pragma once

#include <QString>

#include <optional>

// tenantscope://tenant/<uuid> and tenantscope://execution/<uuid>: links support pastes into a ticket
// and the desktop hands back to the app (the installers register the scheme).
struct AppLink
{
    enum class Kind
    {
        Tenant,
        Execution,
    };
    Kind kind = Kind::Tenant;
    QString id; // a UUID, lower case

    // nullopt, with *error saying why, for anything that is not exactly one of the two forms.
    static std::optional<AppLink> parse(const QString& text, QString* error);
    static AppLink tenant(const QString& id) { return {Kind::Tenant, id}; }
    static AppLink execution(const QString& id) { return {Kind::Execution, id}; }
    QString toString() const;

    static inline const QString kScheme = QStringLiteral("tenantscope");
};
