package org.depeche.lang.fr;

import org.depeche.lang.ResourcePack;

/** The French pack: its data is under {@code org/depeche/lang/fr/} of this jar, checked when it loads. */
public final class French extends ResourcePack {

    public French() {
        super("fr");
    }
}
