package org.depeche.extract.entities;

/**
 * The entity lexicon's country knowledge for other stages: the ISO 3166-1 alpha-2 code a demonym
 * ("nord-coréennes"), a country name or acronym ("la Russie", "RPDC") or a seat of government
 * ("Moscou", "le Kremlin") stands for. Immutable; one shared lexicon per language.
 */
public final class Countries {
    private final EntityLexicon lexicon;

    private Countries(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static Countries forLanguage(String lang) {
        return new Countries(EntityLexicon.forLanguage(lang));
    }

    /** ISO code of a demonym adjective in any of its forms, or null. */
    public String ofDemonym(String form) {
        return lexicon.demonym(form);
    }

    /** ISO code of a country name or acronym, not of a seat of government, or null. */
    public String ofCountryName(String name) {
        return lexicon.country(name);
    }

    /** The country's name in this language (CLDR), or the code itself when unknown. */
    public String nameOf(String code) {
        return lexicon.countryName(code);
    }

    /** ISO code of a country name, acronym or seat of government, or null. */
    public String ofName(String name) {
        String code = lexicon.country(name);
        if (code == null) {
            EntityLexicon.Seat seat = lexicon.seat(name);
            code = seat == null ? null : seat.country();
        }
        return code;
    }
}
