package io.jenkins.plugins.skylark.harbor.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.harbor.ScanResult;
import io.jenkins.plugins.skylark.harbor.Severity;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The image scans of one build on its page ({@code summary.jelly}): per image, the counts by severity, the gate and
 * the verdict. Saved with the build: plain strings and numbers only.
 */
public final class ImageScansAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    static synchronized void record(Run<?, ?> run, ScanResult result) {
        ImageScansAction action = run.getAction(ImageScansAction.class);
        if (action == null) {
            action = new ImageScansAction();
            run.addAction(action);
        }
        action.add(new Entry(result));
    }

    private synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** For the page, in scan order. */
    public synchronized List<Entry> getEntries() {
        return List.copyOf(entries);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("ImageScansAction.displayName");
    }

    /** One scanned image. */
    public static final class Entry {
        private final String image;
        private final int critical;
        private final int high;
        private final int medium;
        private final int low;
        private final int unknown;
        private final String gate;
        private final boolean passed;

        Entry(ScanResult result) {
            image = result.artifact().reference();
            critical = result.overview().counts().get(Severity.CRITICAL);
            high = result.overview().counts().get(Severity.HIGH);
            medium = result.overview().counts().get(Severity.MEDIUM);
            low = result.overview().counts().get(Severity.LOW);
            unknown = result.overview().counts().get(Severity.UNKNOWN);
            gate = result.gate().describe();
            passed = result.passed();
        }

        public String getImage() {
            return image;
        }

        public int getCritical() {
            return critical;
        }

        public int getHigh() {
            return high;
        }

        public int getMedium() {
            return medium;
        }

        public int getLow() {
            return low;
        }

        public int getUnknown() {
            return unknown;
        }

        public String getGate() {
            return gate;
        }

        public boolean isPassed() {
            return passed;
        }
    }
}
