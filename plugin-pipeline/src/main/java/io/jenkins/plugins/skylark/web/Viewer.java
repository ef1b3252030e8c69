package io.jenkins.plugins.skylark.web;

/**
 * Who is asking, as Jenkins' authorization answers: endpoints ask it before reading or changing
 * anything. Items are named by full name ({@code shop/orders}).
 */
public interface Viewer {

    /** The user id, for messages and audit; {@code anonymous} when not logged in. */
    String name();

    /** Overall/Administer. */
    boolean isAdministrator();

    /** Item/Read on the item (false when it does not exist). */
    boolean mayRead(String itemFullName);

    /** Item/Create in the folder (false when it does not exist). */
    boolean mayCreateIn(String folderFullName);

    /** Item/Configure on the item (false when it does not exist). */
    boolean mayConfigure(String itemFullName);
}
