/**
 * Jenkins adapter of the platform model: the global configuration ({@code SkylarkConfiguration}) and the
 * form/Configuration-as-Code bindable objects that convert to the core records. All checks are the core
 * {@code PlatformValidator}'s; this package only binds, converts, persists and swaps the model in force.
 */
package io.jenkins.plugins.skylark.platform.jenkins;
