package io.jenkins.plugins.skylark.metrics.dora;

/** A DORA performance band. {@code NO_DATA} is its own level: no data is never {@code ELITE}. */
public enum PerformanceLevel {
    ELITE,
    HIGH,
    MEDIUM,
    LOW,
    NO_DATA
}
