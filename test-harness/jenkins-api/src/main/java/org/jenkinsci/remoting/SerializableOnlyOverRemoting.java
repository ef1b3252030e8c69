package org.jenkinsci.remoting;

import java.io.Serializable;

/** Serializable only when sent over a remoting channel (members not needed by Skylark). */
public interface SerializableOnlyOverRemoting extends Serializable {
}
