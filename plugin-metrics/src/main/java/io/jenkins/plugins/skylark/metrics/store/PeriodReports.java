package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import java.util.List;

/**
 * The report of a period and those of its parts (the weeks of the page's trend), each exactly what
 * {@link ProjectReports#report(ReportScope, io.jenkins.plugins.skylark.metrics.dora.ReportPeriod)} gives for it.
 *
 * @param period the period's report
 * @param parts  one report per part, in the order the parts were given
 */
public record PeriodReports(DoraReport period, List<DoraReport> parts) {

    public PeriodReports {
        parts = List.copyOf(parts);
    }
}
