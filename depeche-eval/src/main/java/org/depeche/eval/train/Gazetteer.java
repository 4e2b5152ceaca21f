package org.depeche.eval.train;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Place names of a language from Unicode CLDR, through ICU4J (no corpus text): the display names
 * of every ISO 3166 territory, continent and sub-continent, and the exemplar cities of the
 * canonical time zones ("Londres", "Moscou"). They feed the NER model's gazette features.
 */
public final class Gazetteer {

    private Gazetteer() {
    }

    /** CLDR place names in a language, sorted. */
    public static Set<String> placeNames(String lang) {
        ULocale locale = new ULocale(lang);
        Set<String> names = new TreeSet<>();
        for (Region.RegionType kind : new Region.RegionType[] {
                Region.RegionType.TERRITORY, Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT}) {
            for (Region region : Region.getAvailable(kind)) {
                String code = region.toString();
                String name = new ULocale("und_" + code).getDisplayCountry(locale);
                if (!name.isBlank() && !name.equals(code)) {
                    names.add(name);
                }
            }
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(locale);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(id);
            if (city != null && !city.isBlank()) {
                names.add(city);
            }
        }
        return names;
    }
}
