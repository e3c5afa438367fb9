package vn.reviewledger.kernel.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The auditor's bundle: a zip of {@code events.jsonl} (a header line, then one event a line with its
 * stored payload, metadata and hash), {@code events.jsonl.sig} (the Ed25519 signature of exactly those
 * bytes, base64, one line: a detached signature any tool can check) and {@code public-key.pem}.
 *
 * <p>The zip is written one way only (stored, not deflated; fixed entry times; fixed order), so the
 * verifier can rebuild it from what it read and refuse a bundle whose bytes differ anywhere, even in
 * the parts of a zip that no checksum covers. In the kernel because the server writes it and the
 * offline verifier reads it.
 */
public final class AuditBundle {

    public static final String EVENTS = "events.jsonl";
    public static final String SIGNATURE = "events.jsonl.sig";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String FORMAT = "review-ledger-audit-bundle/1";
    public static final String ALGORITHM = "Ed25519";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final List<String> ORDER = List.of(EVENTS, SIGNATURE, PUBLIC_KEY);

    private AuditBundle() {
    }

    /** The three files of a bundle, by name, in their fixed order. */
    public record Files(byte[] events, byte[] signature, byte[] publicKey) {
    }

    public static byte[] zip(Files files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, EVENTS, files.events());
            put(zip, SIGNATURE, files.signature());
            put(zip, PUBLIC_KEY, files.publicKey());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Reads a bundle and insists it is exactly as {@link #zip} writes it.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Files unzip(byte[] bundle) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.containsKey(entry.getName())) {
                    throw new IllegalArgumentException("the bundle holds " + entry.getName() + " twice");
                }
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith("the bundle")) {
                throw iae;
            }
            throw new IllegalArgumentException("the bundle is not a readable zip: " + e.getMessage(), e);
        }
        if (!List.copyOf(entries.keySet()).equals(ORDER)) {
            throw new IllegalArgumentException("the bundle must hold exactly " + ORDER + ", it holds "
                    + entries.keySet());
        }
        Files files = new Files(entries.get(EVENTS), entries.get(SIGNATURE), entries.get(PUBLIC_KEY));
        if (!Arrays.equals(zip(files), bundle)) {
            throw new IllegalArgumentException("the bundle's zip structure was altered (its bytes differ from "
                    + "the bundle its files make)");
        }
        return files;
    }

    public static byte[] sign(PrivateKey key, byte[] events) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(events);
            return (Base64.getEncoder().encodeToString(s.sign()) + "\n").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the bundle: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code signatureFile} (as {@link #sign} writes it, nothing else: base64 is decoded leniently
     * by most tools, so the text must be the one encoding of the signature) signs {@code events}.
     */
    public static boolean verify(PublicKey key, byte[] events, byte[] signatureFile) {
        try {
            String text = new String(signatureFile, StandardCharsets.US_ASCII);
            if (!text.endsWith("\n")) {
                return false;
            }
            byte[] signature = Base64.getDecoder().decode(text.substring(0, text.length() - 1));
            if (!Arrays.equals(signatureFile,
                    (Base64.getEncoder().encodeToString(signature) + "\n").getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(events);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PrivateKey privateKey(String pkcs8Base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(stripPem(pkcs8Base64));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key (PKCS#8, base64): " + e.getMessage(), e);
        }
    }

    public static PublicKey publicKey(String x509Base64OrPem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(stripPem(x509Base64OrPem));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509, base64 or PEM): " + e.getMessage(), e);
        }
    }

    public static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static String stripPem(String text) {
        return text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
