/** Test fixture: a package that the architecture rule treats as Jenkins. */
package hudson.archfixture;
