package io.jenkins.plugins.skylark.harbor.jenkins;

import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.RegistryConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.util.List;
import java.util.function.Consumer;

/**
 * The platform of the Harbor step tests, configured as a form would: registry {@code harbor} of kind harbor at the
 * simulator, with the robot account's credential; project {@code shop} (Harbor project {@code shop}) with
 * application {@code orders} ({@code shop/orders}); folder {@code shop} bound to it.
 */
public final class HarborPlatform {
    public static final String ROBOT_CREDENTIALS = "shop-robot";

    private HarborPlatform() {
    }

    public static void configure(JenkinsExtension jenkins, String registryUrl) throws Exception {
        configure(jenkins, registryUrl, registry -> { });
    }

    /** As {@link #configure(JenkinsExtension, String)}, the registry changed by {@code registrySettings} first. */
    public static void configure(JenkinsExtension jenkins, String registryUrl, Consumer<RegistryConfig> registrySettings)
            throws Exception {
        configure(jenkins, registryUrl, registrySettings, project -> { });
    }

    /** As above, the project changed by {@code projectSettings} too (its registry credentials, say). */
    public static void configure(JenkinsExtension jenkins, String registryUrl,
            Consumer<RegistryConfig> registrySettings, Consumer<ProjectConfig> projectSettings) throws Exception {
        RegistryConfig harbor = new RegistryConfig("harbor");
        harbor.setUrl(registryUrl);
        harbor.setCredentialsId(ROBOT_CREDENTIALS);
        harbor.setKind("harbor");
        harbor.setInsecure(true);
        registrySettings.accept(harbor);
        ProjectConfig shop = new ProjectConfig("shop");
        shop.setDefaultRegistryId("harbor");
        shop.setRegistryProject("shop");
        projectSettings.accept(shop);
        ApplicationConfig orders = new ApplicationConfig("orders", "shop");
        orders.setImageRepository("shop/orders");
        WorkloadConfig workload = new WorkloadConfig("Deployment", "orders");
        workload.setContainers("orders");
        orders.setWorkloads(List.of(workload));
        PlatformConfig platform = new PlatformConfig();
        platform.setRegistries(List.of(harbor));
        platform.setProjects(List.of(shop));
        platform.setApplications(List.of(orders));
        SkylarkConfiguration.get().setPlatform(platform);
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials(ROBOT_CREDENTIALS, HarborSimulator.ROBOT,
                HarborSimulator.SECRET));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
    }
}
