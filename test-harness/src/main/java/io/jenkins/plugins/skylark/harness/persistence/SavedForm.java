package io.jenkins.plugins.skylark.harness.persistence;

import hudson.XmlFile;
import hudson.model.Action;
import hudson.model.Run;
import hudson.util.XStream2;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Writes what Jenkins would save (actions in {@code build.xml}, global configuration, folder properties)
 * with Jenkins' XStream and its class filter, and reads it back, so that a class Jenkins would refuse
 * fails the test that saves it, naming the class and where it sits in the saved object.
 */
public final class SavedForm {
    private SavedForm() {
    }

    /** {@code object} written as Jenkins writes it and read back (a new instance). */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T object) {
        PluginClassFilter.register();
        XStream2 xstream = new XStream2();
        String xml;
        try {
            xml = xstream.toXML(object);
        } catch (RuntimeException e) {
            throw new AssertionError("Jenkins cannot save " + object.getClass().getName() + ": " + e.getMessage(), e);
        }
        try {
            return (T) xstream.fromXML(xml);
        } catch (RuntimeException e) {
            throw new AssertionError("Jenkins cannot load the " + object.getClass().getName() + " it saved: "
                    + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * Saves the build as Jenkins does ({@code build.xml}, {@code Run.XSTREAM}) and returns the actions
     * read back from that file.
     */
    public static List<? extends Action> saveAndReload(Run<?, ?> run) {
        PluginClassFilter.register();
        File buildXml = new File(run.getRootDir(), "build.xml");
        try {
            run.save();
        } catch (IOException e) {
            throw new AssertionError("Jenkins cannot save the build " + run + ": " + rootMessage(e), e);
        }
        try {
            return ((Run<?, ?>) new XmlFile(Run.XSTREAM, buildXml).read()).getActions();
        } catch (IOException e) {
            throw new AssertionError("Jenkins cannot load the build " + run + " it saved: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable t) {
        StringBuilder message = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable cause = t.getCause(); cause != null; cause = cause.getCause()) {
            message.append(" | ").append(cause.getMessage());
        }
        return message.toString();
    }
}
