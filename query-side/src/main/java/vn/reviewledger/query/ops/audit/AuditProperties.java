package vn.reviewledger.query.ops.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reviewledger.audit.*}: the Ed25519 key pair that signs auditors' bundles, base64 (private key
 * PKCS#8, public key X.509). The server keeps both in configuration: the public key could be derived
 * from the private one, but the JDK offers no way to, and carrying both lets the start-up check that
 * they belong together.
 */
@ConfigurationProperties("reviewledger.audit")
record AuditProperties(String signingKey, String publicKey) {
}
