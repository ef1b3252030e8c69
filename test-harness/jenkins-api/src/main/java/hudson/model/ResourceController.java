package hudson.model;

/** Controls resource use of running tasks (members not needed by Skylark). */
public class ResourceController {
    ResourceController() {
    }
}
