package jenkins;

/** Three-valued answer used by {@link hudson.Extension#dynamicLoadable()}. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
