/**
 * What a gray release does, independent of any cluster: the strategy and the list of release steps
 * (traffic weight, pause, analysis, header/cookie match), as written in a Jenkinsfile, a release file in
 * the repository, or an environment's default release policy in the platform model.
 * {@link io.jenkins.plugins.skylark.release.ReleasePlanParser} reads all three with the same rules.
 *
 * <p>Release file format (every key optional; a Jenkinsfile map uses the same keys):
 * <pre>
 * strategy: canary            # or blueGreen (weights then only 0 or 100); default canary
 * scaleDownDelay: 30s         # old version kept up after a switch or abort; default: the environment's, else 30s
 * onInconclusive: pause       # pause = wait for a person (default, as Argo Rollouts), fail = abort as INCONCLUSIVE
 * lockWait: false             # true = wait for a running release of the application instead of failing
 * lockTimeout: 10m            # how long lockWait waits; default 10m
 * steps:                      # each step has exactly one key
 *   - weight: 10              # 0..100 % of traffic to the new version
 *   - pause: 5m               # a duration (30s, 5m, 1h, 1h30m), or
 *   - pause: approval         # until a person approves
 *   - analysis: success-rate  # an analysis of this file, of the project in the platform model, or built in
 *   - match: {header: x-canary, value: "true"}   # header with a value, or without one (NGINX: the value
 *                                                #   "always"; Istio: any value; Gateway API: refused) ...
 *   - match: {cookie: canary}                    # ... or cookie = "always" (NGINX, Istio; Gateway API: refused)
 *   - weight: 100
 * analyses:
 *   - name: error-rate                 # DNS label; file beats project model beats built-in
 *     query: sum(rate(...{{namespace}}...[{{interval}}]))
 *     sampleQuery: sum(increase(...[{{interval}}]))   # optional: the sample size
 *     successCondition: "&gt;= 0.99"      # operator (&gt;=, &gt;, &lt;=, &lt;) and a number
 *     interval: 1m                     # default 1m
 *     count: 3                         # measurements, default 5
 *     failureLimit: 0                  # failed measurements tolerated (&lt; count), default 0
 *     inconclusiveLimit: 0             # "no data" measurements tolerated (&lt; count), default 0
 *     minSampleSize: 20                # only with sampleQuery; default 1: no traffic is never a success
 *     onError: inconclusive            # or fail: verdict when Prometheus keeps failing
 * </pre>
 * Query placeholders: {@code {{application}}, {{namespace}}, {{canary}}, {{stable}} (Deployments),
 * {{canaryService}}, {{stableService}}, {{route}} (alias {{ingress}}), {{interval}}}.
 */
package io.jenkins.plugins.skylark.release;
