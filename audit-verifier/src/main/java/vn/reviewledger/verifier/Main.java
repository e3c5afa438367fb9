package vn.reviewledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import vn.reviewledger.kernel.audit.AuditBundle;

/**
 * {@code java -jar audit-verifier.jar bundle.zip [--public-key key.pem]}: exit code 0 when the bundle
 * is intact, 1 when it is not (the message names the failing line), 2 for wrong usage.
 */
public final class Main {

    private Main() {
    }

    /** A fresh Ed25519 pair in the form the server's configuration takes, for a real deployment. */
    private static int generateKey(PrintStream out) {
        try {
            java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance(AuditBundle.ALGORITHM)
                    .generateKeyPair();
            java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
            out.println("REVIEWLEDGER_AUDIT_SIGNING_KEY=" + b64.encodeToString(pair.getPrivate().getEncoded()));
            out.println("REVIEWLEDGER_AUDIT_PUBLIC_KEY=" + b64.encodeToString(pair.getPublic().getEncoded()));
            return 0;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && "--generate-key".equals(args[0])) {
            return generateKey(out);
        }
        Path bundle = null;
        Path keyFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--public-key".equals(args[i]) && i + 1 < args.length) {
                keyFile = Path.of(args[++i]);
            } else if (bundle == null && !args[i].startsWith("--")) {
                bundle = Path.of(args[i]);
            } else {
                bundle = null;
                break;
            }
        }
        if (bundle == null) {
            err.println("usage: java -jar audit-verifier.jar bundle.zip [--public-key key.pem]\n"
                    + "       java -jar audit-verifier.jar --generate-key   (a new signing key pair for the server)");
            return 2;
        }
        try {
            PublicKey key = keyFile == null ? null
                    : AuditBundle.publicKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
            BundleVerifier.Result result = BundleVerifier.verify(Files.readAllBytes(bundle), key);
            (result.valid() ? out : err).println((result.valid() ? "OK " : "REJECTED ") + bundle + ": "
                    + result.message());
            return result.valid() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("REJECTED " + bundle + ": " + e.getMessage());
            return 1;
        }
    }
}
