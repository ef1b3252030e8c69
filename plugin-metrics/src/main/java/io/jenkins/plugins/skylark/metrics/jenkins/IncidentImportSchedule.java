package io.jenkins.plugins.skylark.metrics.jenkins;

import io.jenkins.plugins.skylark.metrics.incidents.IncidentSource;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;

/**
 * The periodic incident import: a tick every minute on Jenkins' shared timer runs the import of every
 * configured project once the configured interval ({@code incidentImportMinutes} of the metrics
 * configuration, 0 = off) has passed since the last run. Read at each tick, so a new interval applies
 * without a restart. Credentials are looked up in the global scope (there is no build); results go to
 * the Jenkins log. ({@code AsyncPeriodicWork} would do the same, but the compile-only Jenkins API this
 * project builds against has {@code jenkins.util.Timer} and not it.)
 */
final class IncidentImportSchedule {
    private static final Logger LOGGER = Logger.getLogger(IncidentImportSchedule.class.getName());
    private static ScheduledFuture<?> ticking;

    private final Clock clock;
    private Instant lastRun;

    IncidentImportSchedule(Clock clock) {
        this.clock = clock;
    }

    /** Starts the ticks once per JVM (the metrics configuration calls it when Jenkins creates it). */
    static synchronized void start() {
        if (ticking == null) {
            IncidentImportSchedule schedule = new IncidentImportSchedule(Clock.systemUTC());
            ticking = Timer.get().scheduleWithFixedDelay(schedule::tickSafely, 1, 1, TimeUnit.MINUTES);
        }
    }

    private void tickSafely() {
        try {
            if (due(MetricsConfiguration.get().getIncidentImportMinutes())) {
                importAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, Messages.get("IncidentImport.scheduleFailed", e.getMessage()), e);
        }
    }

    /** Whether an import is due now (and if so, counts it as run): never with 0, else once per interval. */
    synchronized boolean due(int intervalMinutes) {
        Instant now = clock.instant();
        if (intervalMinutes <= 0 || lastRun != null && now.isBefore(lastRun.plus(Duration.ofMinutes(intervalMinutes)))) {
            return false;
        }
        lastRun = now;
        return true;
    }

    /** Imports every configured project; without one, the store is not even opened. */
    private static void importAll() throws InterruptedException {
        PlatformModel model = SkylarkConfiguration.get().getModel();
        if (model.projects().stream().noneMatch(p -> IncidentSource.of(model, p.id()).isPresent())) {
            return;
        }
        new IncidentImporting(MetricsConfiguration.get().database(), JenkinsFacadeCredentials.INSTANCE)
                .importAll(model, LOGGER::info);
    }
}
