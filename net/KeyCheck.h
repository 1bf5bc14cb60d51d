#pragma once

#include <net/ChatStream.h>

#include <QFuture>

class QNetworkAccessManager;

struct KeyCheckResult
{
    bool accepted = false;
    int httpStatus = 0;
    QString message; // what the provider said, and what to do
};

// "Test key": the cheapest authenticated request each provider documents, the model list (OpenAI and
// compatible servers: GET {base}/models with a Bearer token; Anthropic: GET {base}/v1/models with x-api-key
// and anthropic-version). Costs no tokens. The key lives in the request only.
QFuture<KeyCheckResult>
checkProviderKey(QNetworkAccessManager* network, ChatRequest::Provider provider, const QUrl& baseUrl, QString key);
