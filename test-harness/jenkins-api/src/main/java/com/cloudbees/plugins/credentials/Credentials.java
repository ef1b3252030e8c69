package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/** A credential stored in Jenkins. */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
