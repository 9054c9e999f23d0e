package org.switchboard.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.people.SupportAgent;
import org.switchboard.core.people.SupportAgentSpec;
import org.switchboard.core.people.SupportAgents;
import org.switchboard.core.people.SupportRole;
import org.switchboard.server.security.AdminIdentityStore;
import org.switchboard.server.security.PasswordHashing;

/**
 * {@code /api/admin/people}: the support agents, people who answer customers (console sign-in, role, the Slack user
 * ids, Teams AAD object ids and email addresses they are known by). Passwords are hashed ({@link PasswordHashing})
 * and never returned. Every change is audited with the admin's name.
 */
@Path("/admin/people")
@RequestScoped
@RolesAllowed(AdminIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Support agents: the people who answer customers")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class PeopleResource {

    @Inject
    SupportAgents people;

    @Inject
    PasswordHashing passwords;

    @Inject
    AdminIdentityStore configuredAdmin;

    @Context
    SecurityContext security;

    /** @return the configured admin (source {@code configuration}) and every support agent, by user name */
    @GET
    @Operation(summary = "List people", description = "The admin from ADMIN_USER and the support agents kept here.")
    @APIResponse(responseCode = "200", description = "The people")
    public List<Person> list() {
        List<Person> all = new ArrayList<>();
        all.add(new Person(configuredAdmin.user(), configuredAdmin.user(), "admin", List.of(), List.of(), List.of(),
                configuredAdmin.configured(), "configuration"));
        people.list().forEach(a -> all.add(Person.of(a)));
        return all;
    }

    /** @return who is signed in: user name, display name and role */
    @GET
    @Path("me")
    @RolesAllowed({AdminIdentityStore.ADMIN_ROLE, AdminIdentityStore.SUPPORT_AGENT_ROLE})
    @Operation(summary = "Who is signed in", description = "Also open to support agents with the role agent.")
    @APIResponse(responseCode = "200", description = "The signed-in person")
    public Person me() {
        String user = security.getUserPrincipal().getName();
        return people.find(user).map(Person::of).orElseGet(() -> new Person(user, user, "admin", List.of(), List.of(),
                List.of(), true, "configuration"));
    }

    /**
     * Creates or replaces a support agent.
     *
     * @param userName the console sign-in
     * @param change   {@code {"displayName","role":"admin"|"agent","password"?,"slackUserIds":[],
     *                 "teamsAadObjectIds":[],"emailAddresses":[]}}; without a password an existing one is kept
     * @return the person as stored
     */
    @PUT
    @Path("{userName}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a support agent", description = "The password (12 to 200 characters) is "
            + "stored as a PBKDF2 hash; omit it to keep the current one.")
    @APIResponse(responseCode = "200", description = "The person as stored")
    @APIResponse(responseCode = "400", description = "A field is missing or not of its shape")
    @APIResponse(responseCode = "409", description = "The configured admin's user name, or a channel id that belongs to"
            + " another person")
    public Person put(@PathParam("userName") String userName, PersonChange change) {
        if (change == null) {
            throw ErrorResponses.badRequest("a JSON body is required");
        }
        if (userName.equals(configuredAdmin.user())) {
            throw ErrorResponses.conflict("'" + userName + "' is the admin from ADMIN_USER; choose another user name");
        }
        SupportAgentSpec spec;
        String hash;
        try {
            spec = new SupportAgentSpec(userName, change.displayName(), SupportRole.of(change.role()),
                    change.slackUserIds(), change.teamsAadObjectIds(), change.emailAddresses());
            hash = change.password() == null ? null : passwords.hash(change.password());
        } catch (IllegalArgumentException e) {
            throw ErrorResponses.badRequest(e.getMessage());
        }
        try {
            Person saved = Person.of(people.save(spec, hash, security.getUserPrincipal().getName()));
            passwords.forgetVerified();
            return saved;
        } catch (PersistenceException e) {
            throw ErrorResponses.conflict("a Slack, Teams or email id of this person belongs to another person");
        }
    }

    /**
     * @param userName a support agent
     * @return 204, or 404 when there is none
     */
    @DELETE
    @Path("{userName}")
    @Operation(summary = "Remove a support agent", description = "They can no longer sign in; their transcript lines "
            + "keep their name.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such support agent")
    public Response delete(@PathParam("userName") String userName) {
        if (!people.delete(userName, security.getUserPrincipal().getName())) {
            throw ErrorResponses.notFound("No support agent '" + userName + "'");
        }
        passwords.forgetVerified();
        return Response.noContent().build();
    }

    /**
     * A person as the API shows them (never a password or its hash).
     *
     * @param userName          console sign-in
     * @param displayName       the name shown in transcripts
     * @param role              {@code admin} or {@code agent}
     * @param slackUserIds      Slack user ids
     * @param teamsAadObjectIds Teams AAD object ids
     * @param emailAddresses    email addresses
     * @param canSignIn         whether a password is set
     * @param source            {@code configuration} (ADMIN_USER) or {@code database}
     */
    public record Person(String userName, String displayName, String role, List<String> slackUserIds,
                         List<String> teamsAadObjectIds, List<String> emailAddresses, boolean canSignIn,
                         String source) {

        static Person of(SupportAgent a) {
            return new Person(a.getUserName(), a.getDisplayName(), a.getRole().name().toLowerCase(Locale.ROOT),
                    a.idsIn(Channel.SLACK), a.idsIn(Channel.TEAMS), a.idsIn(Channel.EMAIL), a.getPasswordHash() != null,
                    "database");
        }
    }

    /**
     * The body of a change.
     *
     * @param displayName       the name shown in transcripts
     * @param role              {@code admin} or {@code agent}
     * @param password          a new password, or null to keep the current one
     * @param slackUserIds      Slack user ids ({@code U...}), may be null
     * @param teamsAadObjectIds Teams AAD object ids, may be null
     * @param emailAddresses    email addresses, may be null
     */
    public record PersonChange(String displayName, String role, String password, List<String> slackUserIds,
                               List<String> teamsAadObjectIds, List<String> emailAddresses) {
    }
}
