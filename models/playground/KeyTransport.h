#pragma once

#include <QString>
#include <QUrl>

// Whether a provider key or gateway token may travel to a URL. Over TLS (https, wss) or to this machine
// (loopback), yes. In clear text (http, ws) to another machine, only when the profile allows it
// explicitly; then the Playground and the status bar say so, as for a database that is not verified. A
// URL that itself carries a credential (a password, or a key or token in its query) is refused whatever
// the scheme: it would end up in settings, exports and the server's logs.
namespace KeyTransport
{
struct Verdict
{
    bool mayCarryKey = false; // a key may go to this URL
    bool unencrypted = false; // it would go in clear text to another machine (allowed by the profile)
    bool carriesCredential = false; // the URL itself holds one: refused with or without a key
    QString problem; // why not, or what to fix (empty when fine)
};

Verdict check(const QUrl& url, bool unencryptedAllowed);
// The query item or part of the URL that carries a credential ("api_key", "password"), or empty.
QString credentialIn(const QUrl& url);
// The URL as it may be written to settings or an export: no user info, and no query if it carries a credential.
QString writable(const QUrl& url);
// What the Playground shows while keys go unencrypted to `url`'s host (empty when they do not).
QString warning(const QUrl& url, bool unencryptedAllowed);
} // namespace KeyTransport
