package org.switchboard.core.agent.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.privacy.Logs;

/**
 * Produces the application's {@link AgentProfiles}: from the JSON file named by {@code switchboard.agents.file}
 * ({@code SWITCHBOARD_AGENTS_FILE}) when set, else the built-in {@code switchboard/agents.json} on the class path
 * (triage, knowledge, orders, account, technical, human). A broken file stops the application at start-up with a
 * message naming the problem, rather than running with agents nobody configured. ({@code @Singleton}: the
 * profiles are immutable and {@link AgentProfiles} is final, so no client proxy.)
 */
@ApplicationScoped
public class AgentProfileSource {

    /** Class-path resource of the built-in agents. */
    public static final String BUILT_IN = "switchboard/agents.json";

    private static final Logger LOG = Logs.logger(AgentProfileSource.class);

    @Inject
    @ConfigProperty(name = "switchboard.agents.file")
    Optional<String> file;

    /**
     * @return the validated agents
     * @throws IllegalStateException when the configured file is missing or invalid
     */
    @Produces
    @Singleton
    public AgentProfiles profiles() {
        if (file.isPresent() && !file.get().isBlank()) {
            Path path = Path.of(file.get());
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                AgentProfiles profiles = AgentProfiles.parse(reader);
                LOG.info(() -> "Agents from " + path + ": " + profiles.all().stream().map(AgentProfile::name).toList());
                return profiles;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("SWITCHBOARD_AGENTS_FILE " + path + " is not usable: " + e.getMessage(), e);
            }
        }
        return builtIn();
    }

    /**
     * @return the built-in agents
     * @throws UncheckedIOException when the resource cannot be read (a broken build)
     */
    public static AgentProfiles builtIn() {
        try (InputStream in = AgentProfileSource.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException(BUILT_IN + " missing from the class path");
            }
            return AgentProfiles.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
