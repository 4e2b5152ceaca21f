package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FRENCH = "L'été à Noël : « Déjà vu », dit-elle — 5 €.";

    @Test
    void shouldDecodePlainUtf8() throws Exception {
        DecodedText d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void shouldDropTheUtf8ByteOrderMarkFromTheText() throws Exception {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText d = TextDecoder.decode(withBom, null);
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void shouldDetectWindows1252() throws Exception {
        String text = "Le président a déclaré hier qu'il était très inquiet – « c'est grave », a-t-il ajouté. "
                + "Les négociations reprendront à Genève après l'été.";
        DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.encoding()).isIn("windows-1252", "ISO-8859-1", "ISO-8859-15");
    }

    @Test
    void shouldDetectLatin1() throws Exception {
        String text = "Le ministre était à Paris où il a rencontré les élus de la région. Ça a duré deux heures.";
        DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void shouldDecodeUtf16WithByteOrderMark() throws Exception {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(FRENCH);
    }

    @Test
    void shouldRejectEmptyInput() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null))
                .isInstanceOf(InputException.class).hasMessage("empty file");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InputException.class).hasMessageContaining("only white space");
    }

    @Test
    void shouldRejectBinaryContent() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(pdf, null)).hasMessageContaining("binary file (PDF)");
        byte[] nul = {'a', 'b', 0, 'c'};
        assertThatThrownBy(() -> TextDecoder.decode(nul, null)).hasMessageContaining("binary file");
    }

    @Test
    void shouldRejectUtf8MixedWithAnotherEncodingAndSayWhere() {
        byte[] utf8 = "Déjà ".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "été".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin, 0, mixed, utf8.length, latin.length);
        assertThatThrownBy(() -> TextDecoder.decode(mixed, null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("invalid UTF-8 at byte " + utf8.length);
    }

    @Test
    void shouldHonourAForcedEncodingStrictly() throws Exception {
        byte[] latin = "élu".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(latin, "ISO-8859-1").text()).isEqualTo("élu");
        assertThatThrownBy(() -> TextDecoder.decode(latin, "UTF-8")).hasMessageStartingWith("invalid UTF-8");
        assertThatThrownBy(() -> TextDecoder.decode(latin, "no-such-charset")).hasMessageContaining("unknown encoding");
    }
}
