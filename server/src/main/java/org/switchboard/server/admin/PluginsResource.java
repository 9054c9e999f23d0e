package org.switchboard.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.core.plugin.ConfigurationChange;
import org.switchboard.core.plugin.InvalidConfigurationException;
import org.switchboard.core.plugin.PluginAdministration;
import org.switchboard.core.plugin.PluginView;
import org.switchboard.core.tool.FieldError;

/** {@code /api/admin/plugins}: tool plugins with their state and errors; enable, disable, configure. */
@Path("/admin/plugins")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins", description = "Tool plugins: state, errors, enable/disable, configuration")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "Authenticated, but not an admin")
public class PluginsResource {

    @Inject
    PluginAdministration administration;

    @Context
    SecurityContext security;

    /** @return every plugin with its state, last error and configuration (secrets masked) */
    @GET
    @Operation(summary = "List plugins", description = "Every discovered plugin with its state on this server "
            + "(ACTIVE, DISABLED, FAILED, UNCONFIGURED), last error, tools and configuration (secrets masked).")
    @APIResponse(responseCode = "200", description = "The plugins")
    public List<PluginView> list() {
        return administration.plugins();
    }

    /**
     * @param id a plugin id
     * @return that plugin
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read one plugin")
    @APIResponse(responseCode = "200", description = "The plugin")
    @APIResponse(responseCode = "404", description = "No plugin with that id")
    public PluginView get(@PathParam("id") String id) {
        return administration.plugin(id);
    }

    /**
     * @param id a plugin id
     * @return the plugin, enabled and (if its configuration allows) active
     */
    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a plugin", description = "Configures and activates it on every server without a "
            + "restart (this server at once, the others within the refresh interval). Audited.")
    @APIResponse(responseCode = "200", description = "The plugin after the change")
    @APIResponse(responseCode = "404", description = "No plugin with that id")
    public PluginView enable(@PathParam("id") String id) {
        return administration.setEnabled(id, true, actor());
    }

    /**
     * @param id a plugin id
     * @return the plugin, disabled
     */
    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a plugin", description = "Deactivates it: its tools are no longer offered to "
            + "agents and calls to them are refused. Audited.")
    @APIResponse(responseCode = "200", description = "The plugin after the change")
    @APIResponse(responseCode = "404", description = "No plugin with that id")
    public PluginView disable(@PathParam("id") String id) {
        return administration.setEnabled(id, false, actor());
    }

    /**
     * @param id a plugin id
     * @return its configuration fields with values (secrets masked, {@code secretSet} tells whether one is stored)
     */
    @GET
    @Path("{id}/configuration")
    @Operation(summary = "Read a plugin's configuration", description = "Fields with type, default, required, "
            + "description and value. A secret's value is never returned: it shows as ******** with secretSet.")
    @APIResponse(responseCode = "200", description = "The configuration fields")
    @APIResponse(responseCode = "404", description = "No plugin with that id")
    public List<PluginView.Field> configuration(@PathParam("id") String id) {
        return administration.plugin(id).configuration();
    }

    /**
     * @param id     a plugin id
     * @param body   a JSON object of the fields to change: a string, number or boolean sets a value, null removes it
     *               (the default applies again); fields not named keep their value; a secret sent as {@code ********}
     *               is kept. Any other JSON (an array, a string), malformed or too deeply nested JSON is a 400.
     * @return the plugin after the change
     */
    @PUT
    @Path("{id}/configuration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a plugin's configuration", description = "Validated against the plugin's "
            + "template (types, required fields, unknown fields) and the plugin's own rules; on success stored, "
            + "audited (never secret values) and applied without a restart.")
    @RequestBody(description = "Field values by name, e.g. {\"timeoutSeconds\": 10, \"apiToken\": \"...\"}")
    @APIResponse(responseCode = "200", description = "The plugin after the change")
    @APIResponse(responseCode = "400", description = "Field errors as JSON: {\"message\", \"errors\": [{\"field\", \"message\"}]}")
    @APIResponse(responseCode = "404", description = "No plugin with that id")
    public PluginView configure(@PathParam("id") String id, String body) {
        if (!(parse(body) instanceof JsonObject values)) {
            throw new InvalidConfigurationException(List.of(new FieldError("*", "a JSON object of field values is required")));
        }
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            JsonValue value = e.getValue();
            switch (value.getValueType()) {
                case STRING -> changes.put(e.getKey(), Optional.of(((JsonString) value).getString()));
                case NUMBER, TRUE, FALSE -> changes.put(e.getKey(), Optional.of(value.toString()));
                case NULL -> changes.put(e.getKey(), Optional.empty());
                default -> errors.add(new FieldError(e.getKey(), "must be a string, number, boolean or null"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidConfigurationException(errors);
        }
        return administration.configure(id, new ConfigurationChange(changes), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    /** @return the body as JSON, or null when it is empty, malformed or nested deeper than the parser allows */
    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readValue();
        } catch (RuntimeException | StackOverflowError e) { // Parsson also throws plain RuntimeExceptions (nesting depth)
            return null;
        }
    }
}
