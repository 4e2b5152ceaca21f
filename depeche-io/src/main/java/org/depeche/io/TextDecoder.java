package org.depeche.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes an article's bytes to text, refusing what is not text.
 *
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16 LE/BE) and is dropped: it is not part of the text;
 *   <li>bytes that are valid UTF-8 are UTF-8;
 *   <li>bytes with valid multi-byte UTF-8 sequences <em>and</em> invalid ones are refused as
 *       invalid UTF-8 (a damaged or mixed file: guessing would silently corrupt it);
 *   <li>otherwise ICU's detector chooses among single-byte Western encodings (Windows-1252,
 *       ISO-8859-1/15); Windows-1252 is the fallback.
 * </ol>
 * Binary content (NUL bytes, control characters, known file signatures) and empty input are
 * refused with a message saying so.
 */
public final class TextDecoder {

    private static final Set<String> SINGLE_BYTE = Set.of("windows-1252", "ISO-8859-1", "ISO-8859-15");

    private TextDecoder() {
    }

    /**
     * Decodes bytes.
     *
     * @param forced an encoding the user named, or null to detect
     * @throws InputException when the bytes are empty, binary, or not valid in any sensible encoding
     */
    public static DecodedText decode(byte[] bytes, String forced) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        if (forced != null) {
            Charset cs;
            try {
                cs = Charset.forName(forced);
            } catch (IllegalArgumentException e) {
                throw new InputException("unknown encoding '" + forced + "'");
            }
            return checked(strict(bytes, 0, cs, forced), cs.name());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
        }
        String signature = binarySignature(bytes);
        if (signature != null) {
            throw new InputException("binary file (" + signature + "), not text");
        }
        if (looksBinary(bytes)) {
            throw new InputException("binary file (control bytes), not text");
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstInvalid < 0) {
            return checked(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        if (scan.validMultibyte > 0) {
            throw new InputException("invalid UTF-8 at byte " + scan.firstInvalid
                    + " (the file mixes UTF-8 with another encoding or is damaged); re-encode it or name"
                    + " its encoding with --encoding");
        }
        String name = "windows-1252";
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            if (SINGLE_BYTE.contains(m.getName())) {
                name = m.getName();
                break;
            }
        }
        // Windows-1252 is a superset of ISO-8859-1's printable range; prefer it when C1 bytes occur.
        if (name.equals("ISO-8859-1") && hasC1(bytes)) {
            name = "windows-1252";
        }
        return checked(new String(bytes, Charset.forName(name)), name);
    }

    private static DecodedText checked(String text, String encoding) throws InputException {
        if (text.isBlank()) {
            throw new InputException("empty file (only white space)");
        }
        return new DecodedText(text, encoding);
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws InputException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new InputException("invalid " + name + " (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String binarySignature(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP/Office document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    /** NUL bytes, or more than 1% of C0 control bytes other than tab, newline, CR, form feed. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > n / 100;
    }

    private static boolean hasC1(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** One pass over bytes counting valid multi-byte UTF-8 sequences and finding the first invalid byte. */
    private record Utf8Scan(int validMultibyte, int firstInvalid) {
        static Utf8Scan of(byte[] b) {
            int valid = 0;
            int firstInvalid = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (!ok) {
                    if (firstInvalid < 0) {
                        firstInvalid = i;
                    }
                    i++;
                    continue;
                }
                if (len > 1) {
                    valid++;
                }
                i += len;
            }
            return new Utf8Scan(valid, firstInvalid);
        }
    }
}
