package hudson.model;

/** Activity that uses resources (members not needed by Skylark). */
public interface ResourceActivity {
}
