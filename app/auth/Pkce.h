#pragma once

#include <QString>

namespace limitless::auth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, as GoTrue's PKCE flow uses it:
// the browser is sent the challenge, the token exchange sends the verifier.
class Pkce {
public:
    // 32 random bytes from the system's CSPRNG, base64url without padding: 43 characters
    // from the unreserved set, as §4.1 recommends.
    static QString generateVerifier();
    // BASE64URL(SHA256(ASCII(verifier))), §4.2.
    static QString challengeS256(const QString& verifier);
    // 43–128 characters of [A-Za-z0-9-._~].
    static bool isValidVerifier(const QString& verifier);
};

} // namespace limitless::auth
