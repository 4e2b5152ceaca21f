package org.depeche.lang.en;

import org.depeche.lang.ResourcePack;

/** The English pack: its data is under {@code org/depeche/lang/en/} of this jar, checked when it loads. */
public final class English extends ResourcePack {

    public English() {
        super("en");
    }
}
