/** Small text rules shared by every Skylark module (plain Java). */
package io.jenkins.plugins.skylark.text;
