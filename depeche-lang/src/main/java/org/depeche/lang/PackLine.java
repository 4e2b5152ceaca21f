package org.depeche.lang;

/** A line of a pack file that is neither blank nor a comment, with its number in the file (from 1). */
public record PackLine(int number, String text) {
}
