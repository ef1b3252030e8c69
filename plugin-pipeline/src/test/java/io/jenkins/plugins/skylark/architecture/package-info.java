/** Architecture rules of this module, checked with ArchUnit. */
package io.jenkins.plugins.skylark.architecture;
