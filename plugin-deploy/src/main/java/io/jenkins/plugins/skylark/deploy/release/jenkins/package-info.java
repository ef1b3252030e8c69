/**
 * The Pipeline steps of gray release: {@code grayStart}, {@code graySetWeight}, {@code grayPause},
 * {@code grayResume}, {@code grayAnalyze}, {@code grayPromote}, {@code grayAbort} and {@code grayStatus}, and
 * the build page's release history. Each must run inside {@code withPlatform} and a {@code node}: it builds one
 * engine call on the controller (application looked up in the context's project; steps that send users to the
 * new version pass the protected-environment gate first), runs it on the workspace's agent with the cluster
 * credential in memory only, records the release on the build page and publishes the delivery events of a
 * release that ended. The shared library's {@code grayRelease} drives them.
 */
package io.jenkins.plugins.skylark.deploy.release.jenkins;
