package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import net.sf.json.JSONObject;

/**
 * The Jakarta-servlet Stapler request of Jenkins 2.475+ (stapler 1.263 on Maven Central predates it).
 * Only the members Skylark uses are declared: form binding and, for webhook endpoints, the rest of the path.
 */
public interface StaplerRequest2 extends HttpServletRequest {
    String getRestOfPath();

    <T> T bindJSON(Class<T> type, JSONObject src);

    void bindJSON(Object bean, JSONObject src);

    <T> List<T> bindJSONToList(Class<T> type, Object src);
}
