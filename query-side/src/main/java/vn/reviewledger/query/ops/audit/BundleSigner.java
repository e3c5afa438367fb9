package vn.reviewledger.query.ops.audit;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.audit.AuditBundle;

/**
 * Signs bundles with the configured key. Refuses to start with a missing key or a pair that does not
 * belong together, rather than hand out bundles no one can verify.
 */
@Component
class BundleSigner {

    private final PrivateKey signingKey;
    private final PublicKey publicKey;

    BundleSigner(AuditProperties properties) {
        if (properties.signingKey() == null || properties.signingKey().isBlank()
                || properties.publicKey() == null || properties.publicKey().isBlank()) {
            throw new IllegalStateException("reviewledger.audit.signing-key and reviewledger.audit.public-key "
                    + "must be set (an Ed25519 key pair, base64)");
        }
        this.signingKey = AuditBundle.privateKey(properties.signingKey());
        this.publicKey = AuditBundle.publicKey(properties.publicKey());
        byte[] probe = "review-ledger key check".getBytes(StandardCharsets.UTF_8);
        if (!AuditBundle.verify(publicKey, probe, AuditBundle.sign(signingKey, probe))) {
            throw new IllegalStateException("reviewledger.audit.public-key is not the public key of "
                    + "reviewledger.audit.signing-key");
        }
    }

    String publicKeyPem() {
        return AuditBundle.pem(publicKey);
    }

    byte[] bundle(byte[] events) {
        return AuditBundle.zip(new AuditBundle.Files(events, AuditBundle.sign(signingKey, events),
                publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
    }
}
