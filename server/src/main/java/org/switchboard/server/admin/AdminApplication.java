package org.switchboard.server.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The Jakarta REST application of Switchboard, rooted at {@code /api}; the admin resources live under {@code /api/admin}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Switchboard admin API", version = "1",
        description = "Administer tool plugins, agent tool grants, conversations, tickets and the audit log. "
                + "HTTP Basic with the admin account (ADMIN_USER / ADMIN_PASSWORD).",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = AdminApplication.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "basic")
public class AdminApplication extends Application {

    /** Name of the OpenAPI security scheme every admin operation requires. */
    public static final String SECURITY_SCHEME = "adminBasicAuth";
}
