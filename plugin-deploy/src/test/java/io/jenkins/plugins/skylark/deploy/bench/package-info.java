/** Benchmarks, tagged {@code benchmark}: never part of {@code mvn verify}, run with {@code -Pbenchmark}. */
package io.jenkins.plugins.skylark.deploy.bench;
