package org.jvnet.localizer;

import java.io.Serializable;

/**
 * A message that is localised when shown. Only the type is needed (permission descriptions, always
 * {@code null} in the stand-in); no member is declared.
 */
public class Localizable implements Serializable {
    private static final long serialVersionUID = 1L;

    private Localizable() {
    }
}
