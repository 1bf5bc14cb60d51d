#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A tenant's effective AI configuration (ai_effective_config's JSON) in a few plain lines, as the tenant 360
// and a support snapshot show it: model and fallback, sampling, RAG, the prompt's version and start, which
// versions it comes from, and the flags on and off.
class EffectiveConfigText
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveConfigText)
public:
    static QString of(const QJsonObject& effective);

private:
    static QString valueOr(const QJsonObject& c, const char* field, const QString& otherwise);
};
