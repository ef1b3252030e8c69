package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.dora.PeriodParser;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.store.ReportScope;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The selection of a {@code report} or {@code deployments} request: {@code project} (optional),
 * {@code application} ({@code *} for all, the default), {@code environment} ({@code *} for all,
 * {@code production} by default, as the {@code deliveryReport} step), {@code period} (as the step
 * writes it, {@value #DEFAULT_PERIOD} by default) and {@code zone} (an IANA zone, the configured report
 * zone by default). Every field is checked before any data is read; a bad one is a 400 naming it.
 *
 * @param project     one project, or empty for every visible one
 * @param application application name or {@code *}
 * @param environment environment name or {@code *}, {@code null} for the default
 * @param period      the parsed period, in its zone
 */
record PageQuery(Optional<String> project, String application, String environment, ReportPeriod period) {

    static final String DEFAULT_PERIOD = "last-12-weeks";
    /** As the store's columns. */
    static final int MAX_NAME_LENGTH = 255;

    static PageQuery parse(ApiRequest request, ZoneId defaultZone, Instant now) {
        ZoneId zone = zone(request, defaultZone);
        ReportPeriod period;
        try {
            period = new PeriodParser(zone, now, request.locale()).parse(request.param("period", DEFAULT_PERIOD));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return new PageQuery(name(request, "project"), name(request, "application").orElse(null),
                name(request, "environment").orElse(null), period);
    }

    ReportScope scope(MetricsAccess access, ApiRequest request) {
        return access.scope(project, application, environment, request.locale());
    }

    private static ZoneId zone(ApiRequest request, ZoneId defaultZone) {
        Optional<String> text = request.param("zone").map(String::trim);
        if (text.isEmpty()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(text.get());
        } catch (DateTimeException e) {
            throw ApiException.badRequest(PageMessages.format(request.locale(), "zone.invalid", text.get()));
        }
    }

    private static Optional<String> name(ApiRequest request, String field) {
        Optional<String> value = request.param(field).map(String::trim).filter(text -> !text.isEmpty());
        if (value.isPresent() && value.get().length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest(PageMessages.format(request.locale(), "name.tooLong", field, MAX_NAME_LENGTH));
        }
        return value;
    }
}
