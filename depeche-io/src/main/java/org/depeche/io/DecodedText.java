package org.depeche.io;

/** Text decoded from bytes, with the encoding it was decoded from. */
public record DecodedText(String text, String encoding) {
}
