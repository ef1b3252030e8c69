package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A reproducible eight-week history of two applications, one of them with a hostile name. */
final class ReportFixtures {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'co'";
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-W40 starts on Monday 2026-09-28. */
    private static final Instant FIRST_MONDAY = Instant.parse("2026-09-28T02:00:00Z");

    private ReportFixtures() {
    }

    static ReportRequest request(String format, Locale locale) {
        return new ReportRequest(format, "*", null, "2026-W40..2026-W47", ZONE, locale, NOW);
    }

    static DeliveryHistory history() {
        List<Deployment> deployments = new ArrayList<>();
        int[] perWeek = {3, 5, 0, 4, 6, 2, 7, 5};
        int commit = 0;
        deployments.add(deploy("shop-0", "shop", FIRST_MONDAY.minus(Duration.ofDays(10)), DeploymentOutcome.SUCCEEDED,
                List.of()));
        for (int week = 0; week < perWeek.length; week++) {
            for (int i = 0; i < perWeek[week]; i++) {
                Instant at = FIRST_MONDAY.plus(Duration.ofDays(7L * week + i)).plus(Duration.ofHours(i % 3));
                DeploymentOutcome outcome = (week + i) % 7 == 3 ? DeploymentOutcome.FAILED : DeploymentOutcome.SUCCEEDED;
                List<LinkedCommit> commits = new ArrayList<>();
                for (int c = 0; c <= i % 3; c++, commit++) {
                    Instant committed = at.minus(Duration.ofMinutes(40L + 97L * ((commit * 37) % 61)));
                    commits.add(new LinkedCommit(String.format("%040x", commit), committed, committed));
                }
                deployments.add(deploy("shop-" + week + "-" + i, "shop", at, outcome, commits));
                if (outcome == DeploymentOutcome.FAILED) {
                    deployments.add(deploy("shop-fix-" + week + "-" + i, "shop", at.plus(Duration.ofMinutes(50)),
                            DeploymentOutcome.SUCCEEDED, List.of()));
                }
            }
        }
        deployments.add(deploy("h-0", HOSTILE, FIRST_MONDAY.minus(Duration.ofDays(3)), DeploymentOutcome.SUCCEEDED, List.of()));
        deployments.add(deploy("h-1", HOSTILE, FIRST_MONDAY.plus(Duration.ofDays(9)), DeploymentOutcome.SUCCEEDED,
                List.of(new LinkedCommit("ff00", FIRST_MONDAY, FIRST_MONDAY))));
        deployments.add(deploy("h-2", HOSTILE, FIRST_MONDAY.plus(Duration.ofDays(20)), DeploymentOutcome.ROLLED_BACK, List.of()));
        deployments.add(deploy("h-3", HOSTILE, FIRST_MONDAY.plus(Duration.ofDays(22)), DeploymentOutcome.NOT_SERVED, List.of()));
        deployments.add(deploy("h-1", HOSTILE, FIRST_MONDAY.plus(Duration.ofDays(30)), DeploymentOutcome.SUCCEEDED, List.of()));
        List<Incident> incidents = List.of(
                new Incident("INC-7", "shop", "production", FIRST_MONDAY.plus(Duration.ofDays(15)),
                        FIRST_MONDAY.plus(Duration.ofDays(15)).plus(Duration.ofHours(3))),
                new Incident("INC-<b>", HOSTILE, "production", FIRST_MONDAY.plus(Duration.ofDays(16)),
                        FIRST_MONDAY.plus(Duration.ofDays(15))));
        return new DeliveryHistory(deployments, incidents);
    }

    private static Deployment deploy(String key, String app, Instant at, DeploymentOutcome outcome, List<LinkedCommit> commits) {
        return new Deployment(key, app, "production", at, outcome, "registry.example/" + app + "@sha256:" + key, commits);
    }
}
