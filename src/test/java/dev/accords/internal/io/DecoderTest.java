package dev.accords.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GBK = Charset.forName("GBK");

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Nested
    class ByteOrderMarks {
        @Test
        void utf8MarkIsStrippedAndWinsOverTheDeclaredCharset() {
            byte[] data = concat(bytes(0xEF, 0xBB, 0xBF), "café".getBytes(StandardCharsets.UTF_8));

            assertThat(Decoder.decode(data, null, false)).isEqualTo("café");
            assertThat(Decoder.decode(data, WINDOWS_1252, false)).isEqualTo("café");
        }

        @Test
        void utf16LittleEndian() {
            byte[] data = concat(bytes(0xFF, 0xFE), "<p>合作协议</p>".getBytes(StandardCharsets.UTF_16LE));

            assertThat(Decoder.decode(data, null, true)).isEqualTo("<p>合作协议</p>");
        }

        @Test
        void utf16BigEndian() {
            byte[] data = concat(bytes(0xFE, 0xFF), "合作协议 café".getBytes(StandardCharsets.UTF_16BE));

            assertThat(Decoder.decode(data, null, false)).isEqualTo("合作协议 café");
        }

        @Test
        void markWinsOverMeta() {
            byte[] data = concat(bytes(0xEF, 0xBB, 0xBF), "<meta charset=gbk><p>合作协议".getBytes(StandardCharsets.UTF_8));

            assertThat(Decoder.decode(data, null, true)).isEqualTo("<meta charset=gbk><p>合作协议");
        }
    }

    @Nested
    class Detection {
        @Test
        void validUtf8IsUtf8() {
            assertThat(Decoder.decode("café 合作协议".getBytes(StandardCharsets.UTF_8), null, false))
                    .isEqualTo("café 合作协议");
            assertThat(Decoder.decode("<p>café</p>".getBytes(StandardCharsets.UTF_8), null, true))
                    .isEqualTo("<p>café</p>");
        }

        @Test
        void invalidUtf8FallsBackToWindows1252() {
            byte[] data = "“café” – 5 €".getBytes(WINDOWS_1252);

            assertThat(Decoder.decode(data, null, false)).isEqualTo("“café” – 5 €");
            assertThat(Decoder.decode(concat(ascii("<p>"), data), null, true)).isEqualTo("<p>“café” – 5 €");
        }

        private static final String SIMPLIFIED = "<html><head><title>中哈签署产能合作协议</title></head><body>"
                + "<p>新华社阿斯塔纳9月1日电 中国和哈萨克斯坦两国企业在论坛期间签署了33项合作协议，总金额超过230亿美元。"
                + "双方表示，将进一步加强在能源、交通和农业领域的合作，推动共建“一带一路”高质量发展。</p></body></html>";
        private static final String TRADITIONAL = "<html><head><title>台越簽署投資合作備忘錄</title></head><body>"
                + "<p>中央社台北5日電 經濟部今天與越南代表在臺北舉行論壇，雙方簽署了三項合作備忘錄，"
                + "預計帶動投資金額達新台幣50億元，並將加強在半導體與綠色能源產業的交流。</p></body></html>";

        @ParameterizedTest
        @ValueSource(strings = {"GB18030", "GBK", "GB2312"})
        void undeclaredSimplifiedChineseIsFoundWithoutBomOrMeta(String charset) {
            byte[] data = SIMPLIFIED.getBytes(Charset.forName(charset));

            assertThat(Decoder.decode(data, null, true)).isEqualTo(SIMPLIFIED);
        }

        @Test
        void undeclaredBig5IsFoundWithoutBomOrMeta() {
            byte[] data = TRADITIONAL.getBytes(Charset.forName("Big5"));

            assertThat(Decoder.decode(data, null, true)).isEqualTo(TRADITIONAL);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Le ministère français et la Société Générale ont signé un protocole d’accord à Paris.",
                    "Die Vereinbarung über 5 Mio. € wurde in München unterzeichnet – ein großer Schritt für Südtirol.",
                    "El Banco Interamericano firmó un préstamo de US$ 200 millones con la Secretaría de Energía.",
                    "São Paulo: acordo de cooperação assinado; investimento de R$ 3,2 bilhões em ações.",
                    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ ÀÁÂÃÄÅÆÇÈÉÊ"
                })
        void undeclaredWesternTextStaysWindows1252(String text) {
            byte[] data = text.getBytes(WINDOWS_1252);

            assertThat(Decoder.decode(data, null, false)).isEqualTo(text);
        }

        @Test
        void declaredCharsetWinsOverMeta() {
            byte[] data = concat(ascii("<meta charset=\"windows-1252\"><p>"), "合作协议".getBytes(GBK));

            assertThat(Decoder.decode(data, GBK, true)).isEqualTo("<meta charset=\"windows-1252\"><p>合作协议");
            assertThat(Decoder.decode(data, null, true)).as("control").doesNotContain("合作协议");
        }

        @Test
        void declaredCharsetWinsOverUtf8Detection() {
            byte[] data = "café".getBytes(StandardCharsets.UTF_8);

            assertThat(Decoder.decode(data, WINDOWS_1252, false)).isEqualTo("cafÃ©");
        }

        @Test
        void metaCharsetIsHonoured() {
            byte[] data = concat(
                    ascii("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>"),
                    "café".getBytes(WINDOWS_1252),
                    ascii("</title>"));

            assertThat(Decoder.decode(data, null, true)).endsWith("<title>café</title>");
        }

        @Test
        void metaUtf16OnAnAsciiReadablePageMeansUtf8() {
            byte[] data = concat(
                    ascii("<html><head><meta charset=\"utf-16\"><title>"),
                    "café".getBytes(StandardCharsets.UTF_8),
                    ascii("</title>"));

            assertThat(Decoder.decode(data, null, true)).endsWith("<title>café</title>");
        }

        @Test
        void aPageConvertedToUtf8KeepingItsOldMetaCharsetIsReadAsUtf8() {
            String chinese = "促进航天技术更好惠及人民，中拉深化航天合作";
            byte[] data = concat(
                    ascii("<html><head><meta charset=\"gb2312\"><title>"),
                    chinese.getBytes(StandardCharsets.UTF_8),
                    ascii("</title>"));

            assertThat(Decoder.decode(data, null, true)).contains(chinese);
        }

        @Test
        void httpEquivContentTypeIsHonoured() {
            byte[] data = concat(
                    ascii(
                            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><p>"),
                    "合作协议".getBytes(GBK));

            assertThat(Decoder.decode(data, null, true)).endsWith("<p>合作协议");
        }

        @Test
        void gb2312IsReadAsGbk() {
            // 镕 is in GBK but not in GB2312: pages labelled gb2312 use it, and browsers read them as GBK
            byte[] data = concat(ascii("<meta charset='GB2312'><p>"), "朱镕基 合作协议".getBytes(GBK));

            assertThat(Decoder.decode(data, null, true)).endsWith("<p>朱镕基 合作协议");
        }

        @Test
        void latin1LabelIsReadAsWindows1252() {
            byte[] data = concat(ascii("<meta charset=iso-8859-1><p>"), "“café”".getBytes(WINDOWS_1252));

            assertThat(Decoder.decode(data, null, true)).endsWith("<p>“café”");
        }

        @Test
        void metaIsIgnoredForText() {
            byte[] data = concat(ascii("<meta charset=\"gbk\"> "), "café".getBytes(StandardCharsets.UTF_8));

            assertThat(Decoder.decode(data, null, false)).isEqualTo("<meta charset=\"gbk\"> café");
        }

        @Test
        void unknownMetaCharsetFallsBackToDetection() {
            byte[] utf8 =
                    concat(ascii("<meta charset=\"x-no-such-charset\"><p>"), "café".getBytes(StandardCharsets.UTF_8));
            byte[] cp1252 = concat(ascii("<meta charset=\"x-no-such-charset\"><p>"), "café".getBytes(WINDOWS_1252));

            assertThat(Decoder.decode(utf8, null, true)).endsWith("<p>café");
            assertThat(Decoder.decode(cp1252, null, true)).endsWith("<p>café");
        }

        @Test
        void emptyInput() {
            assertThat(Decoder.decode(new byte[0], null, true)).isEmpty();
            assertThat(Decoder.decode(bytes(0xEF, 0xBB, 0xBF), null, false)).isEmpty();
        }
    }

    @Nested
    class Malformed {
        @Test
        void malformedBytesBecomeReplacementCharacters() {
            byte[] data = concat(ascii("<meta charset=utf-8>a"), bytes(0xC3, 0x28, 0xFF), ascii("b"));

            assertThat(Decoder.decode(data, null, true)).isEqualTo("<meta charset=utf-8>a\uFFFD(\uFFFDb");
        }

        @Test
        void oddLengthUtf16() {
            byte[] data = concat(bytes(0xFF, 0xFE), "ab".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));

            assertThat(Decoder.decode(data, null, false)).isEqualTo("ab\uFFFD");
        }

        static LongStream seeds() {
            return LongStream.range(0, 50);
        }

        @ParameterizedTest
        @MethodSource("seeds")
        void randomBytesNeverThrow(long seed) {
            Random random = new Random(seed);
            byte[] data = new byte[random.nextInt(600)];
            random.nextBytes(data);
            if (seed % 3 == 0) {
                data = concat(ascii("<meta charset=\"" + (seed % 2 == 0 ? "utf-8" : "gbk") + "\">"), data);
            }
            byte[] input = data;
            Charset declared = seed % 5 == 0 ? StandardCharsets.UTF_16BE : null;

            assertThatCode(() -> {
                        Decoder.decode(input, declared, true);
                        Decoder.decode(input, declared, false);
                        Decoder.looksLikeHtml(input);
                    })
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Helpers {
        static Stream<Arguments> metas() {
            return Stream.of(
                    Arguments.of("<meta charset=\"gbk\">", "GBK"),
                    Arguments.of("<META CHARSET=UTF-8>", "UTF-8"),
                    Arguments.of("<meta charset='windows-1252' />", "windows-1252"),
                    Arguments.of("<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>", "Shift_JIS"),
                    Arguments.of("<meta content=\"text/html;charset=big5\" http-equiv=\"content-type\">", "Big5"),
                    Arguments.of("<meta charset=gb2312>", "GBK"),
                    Arguments.of("<meta charset=latin1>", "windows-1252"));
        }

        @ParameterizedTest
        @MethodSource("metas")
        void metaCharset(String head, String expected) {
            assertThat(Decoder.metaCharset(ascii("<html><head>" + head + "</head>")))
                    .isEqualTo(Charset.forName(expected));
        }

        @Test
        void noMetaCharset() {
            assertThat(Decoder.metaCharset(ascii("<html><head><title>charset=gbk</title></head>")))
                    .isNull();
            assertThat(Decoder.metaCharset(ascii("<meta name=\"viewport\" content=\"width=device-width\">")))
                    .isNull();
            assertThat(Decoder.metaCharset(new byte[0])).isNull();
        }

        @Test
        void metaCharsetIsOnlyLookedForNearTheStart() {
            byte[] late = concat(ascii(" ".repeat(5000)), ascii("<meta charset=gbk>"));

            assertThat(Decoder.metaCharset(late)).isNull();
        }

        @ParameterizedTest
        @CsvSource({
            "utf-8, UTF-8",
            "' UTF-8 ', UTF-8",
            "GB2312, GBK",
            "gb_2312-80, GBK",
            "ISO-8859-1, windows-1252",
            "us-ascii, windows-1252",
            "Big5, Big5"
        })
        void charsetNames(String name, String expected) {
            assertThat(Decoder.charset(name)).isEqualTo(Charset.forName(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"no-such-charset", "?!", ""})
        void unknownCharsetNamesGiveNull(String name) {
            assertThat(Decoder.charset(name)).isNull();
        }

        @Test
        void looksLikeHtml() {
            assertThat(Decoder.looksLikeHtml(ascii("<html>"))).isTrue();
            assertThat(Decoder.looksLikeHtml(ascii(" \r\n\t<!-- comment -->"))).isTrue();
            assertThat(Decoder.looksLikeHtml(concat(bytes(0xEF, 0xBB, 0xBF), ascii("\n<p>"))))
                    .isTrue();
            assertThat(Decoder.looksLikeHtml(ascii("Hello <b>world</b>"))).isFalse();
            assertThat(Decoder.looksLikeHtml(ascii("   "))).isFalse();
            assertThat(Decoder.looksLikeHtml(new byte[0])).isFalse();
        }

        @Test
        void isUtf8() {
            assertThat(Decoder.isUtf8("合作协议 café".getBytes(StandardCharsets.UTF_8)))
                    .isTrue();
            assertThat(Decoder.isUtf8(new byte[0])).isTrue();
            assertThat(Decoder.isUtf8("café".getBytes(WINDOWS_1252))).isFalse();
            assertThat(Decoder.isUtf8(bytes(0xE5, 0x90)))
                    .as("truncated sequence")
                    .isFalse();
        }
    }
}
