package org.depeche.extract;

/** Which sentences the dependency parser runs on. */
public enum ParseMode {
    /** Every sentence. */
    ALL,
    /** Only the sentences one of the standard stages needs parsed ({@link org.depeche.model.Stage#needsParse}). */
    NEEDED
}
