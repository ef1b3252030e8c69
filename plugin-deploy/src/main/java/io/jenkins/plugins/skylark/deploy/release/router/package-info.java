/**
 * Moving traffic between the stable and the canary version with the environment's router
 * ({@link io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings#of}). Every write touches only what the
 * release owns, and is idempotent; {@code restoreStable} is one write.
 *
 * <table>
 * <caption>What each router supports</caption>
 * <tr><th>router</th><th>weight</th><th>header</th><th>cookie</th><th>objects written</th></tr>
 * <tr><td>NGINX</td><td>exact ({@code canary-weight} of {@code canary-weight-total: 100})</td>
 * <td>yes: with a value ({@code canary-by-header-value}); without one, ingress-nginx routes the value
 * {@code always} (and keeps {@code never} on stable)</td><td>yes: cookie value {@code always}
 * ({@code canary-by-cookie})</td><td>its own Ingress {@code <route>-canary} (server-side apply, no force); the
 * stable Ingress is only read</td></tr>
 * <tr><td>GATEWAY_API</td><td>exact (backendRef weights {@code 100 - w} / {@code w})</td><td>yes, with a value
 * ({@code Exact}); refused without one</td><td>refused (Cookie is matchable only by an implementation-specific
 * RegularExpression)</td><td>the user's HTTPRoute, edited in place (merge patch with resourceVersion, retried on
 * 409)</td></tr>
 * <tr><td>ISTIO</td><td>exact (route destination weights)</td><td>yes: {@code exact} value, or any value
 * ({@code regex: .*})</td><td>yes: cookie value {@code always} (regex on the {@code cookie} header)</td><td>the
 * user's VirtualService, edited in place like the HTTPRoute; no DestinationRule (the canary has its own
 * Service)</td></tr>
 * <tr><td>NONE</td><td>approximate: ready-replica ratio, canary at most 4 times the stable replicas (about
 * 80 %)</td><td>no (UnsupportedOperationException)</td><td>no</td><td>the canary Deployment's replicas only</td></tr>
 * </table>
 */
package io.jenkins.plugins.skylark.deploy.release.router;
