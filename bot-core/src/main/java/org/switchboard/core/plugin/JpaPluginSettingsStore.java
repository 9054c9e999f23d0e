package org.switchboard.core.plugin;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.tool.PluginSettings;
import org.switchboard.core.tool.PluginSettingsStore;
import org.switchboard.core.tool.PluginState;
import org.switchboard.core.tool.RegistrySettings;

/**
 * The {@link PluginSettingsStore} in MariaDB (migration {@code V4__plugin_registry.sql}): one row per plugin in
 * {@code plugin_registry} (configuration as a JSON object of strings), grants in {@code agent_tool_grants}, and
 * the single-row change counter {@code plugin_registry_revision} that every admin change increments in its own
 * transaction. Admin writes lock the counter row first, so concurrent changes (also from other servers) are
 * serialised and none is lost.
 *
 * <p>With {@code SWITCHBOARD_SECRETS_KEY} set, every configuration is written encrypted ({@link ConfigurationCipher},
 * AES-GCM with the plugin id as associated data) and rows still in plaintext are encrypted at start-up
 * ({@link #encryptPlaintextRows()}); plaintext rows are still read. A row that does not decrypt (another key) is read
 * as no configuration, so its plugin reports UNCONFIGURED, and the failure is logged.
 */
@ApplicationScoped
public class JpaPluginSettingsStore implements PluginSettingsStore {

    /** Actor recorded when a server reports a plugin's state. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = SECRETS_KEY)
    Optional<String> secretsKey = Optional.empty();

    /** Configuration key of the AES key (environment variable {@code SWITCHBOARD_SECRETS_KEY}). */
    public static final String SECRETS_KEY = "switchboard.secrets.key";

    private static final Logger LOG = Logs.logger(JpaPluginSettingsStore.class);

    private volatile Optional<ConfigurationCipher> cipher;

    private Optional<ConfigurationCipher> cipher() {
        Optional<ConfigurationCipher> current = cipher;
        if (current == null) {
            current = ConfigurationCipher.fromKey(secretsKey);
            cipher = current;
        }
        return current;
    }

    /** @return whether configurations are encrypted at rest ({@code SWITCHBOARD_SECRETS_KEY} is set) */
    public boolean encrypting() {
        return cipher().isPresent();
    }

    /**
     * Encrypts every configuration still stored in plaintext (rows written before a key was configured), in the
     * caller's transaction or a new one. Does nothing without a key.
     *
     * @return how many rows were encrypted
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int encryptPlaintextRows() {
        if (cipher().isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> plain = em.createNativeQuery("SELECT plugin_id, configuration FROM plugin_registry"
                + " WHERE configuration NOT LIKE 'enc:v1:%' FOR UPDATE").getResultList();
        for (Object[] row : plain) {
            em.createNativeQuery("UPDATE plugin_registry SET configuration = ?1 WHERE plugin_id = ?2")
                    .setParameter(1, cipher().get().encrypt((String) row[0], (String) row[1]))
                    .setParameter(2, row[0]).executeUpdate();
        }
        return plain.size();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long revision() {
        return ((Number) em.createNativeQuery("SELECT revision FROM plugin_registry_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistrySettings load() {
        long revision = revision();
        Map<String, PluginSettings> plugins = new LinkedHashMap<>();
        for (Row row : rows()) {
            plugins.put(row.pluginId(), new PluginSettings(row.pluginId(), row.enabled(), row.values(), row.state(),
                    row.lastError()));
        }
        return new RegistrySettings(revision, plugins, grants());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reportState(String pluginId, PluginState state, String lastError) {
        em.createNativeQuery("""
                INSERT INTO plugin_registry (plugin_id, enabled, configuration, state, last_error, updated_by, updated_at)
                VALUES (?1, TRUE, ?6, ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE state = VALUES(state), last_error = VALUES(last_error)""")
                .setParameter(1, pluginId).setParameter(2, state.name()).setParameter(3, lastError)
                .setParameter(4, SYSTEM).setParameter(5, Timestamp.from(clock.instant()))
                .setParameter(6, write(pluginId, "{}"))
                .executeUpdate();
    }

    /**
     * @param pluginId a plugin id
     * @return its stored row, if any
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Row> row(String pluginId) {
        return rows().stream().filter(r -> r.pluginId().equals(pluginId)).findFirst();
    }

    /** @return every stored plugin row */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Row> rows() {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("SELECT plugin_id, enabled, configuration, state, last_error,"
                + " updated_by, updated_at FROM plugin_registry ORDER BY plugin_id").getResultList();
        return result.stream().map(r -> new Row((String) r[0], toBoolean(r[1]), read((String) r[0], (String) r[2]),
                r[3] == null ? null : PluginState.valueOf((String) r[3]), (String) r[4], (String) r[5],
                toInstant(r[6]))).toList();
    }

    /** @return the tools granted to each agent, names sorted */
    @Transactional(Transactional.TxType.REQUIRED)
    public Map<String, Set<String>> grants() {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("SELECT agent_name, tool_name FROM agent_tool_grants")
                .getResultList();
        Map<String, Set<String>> grants = new TreeMap<>();
        for (Object[] r : result) {
            grants.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]);
        }
        return grants;
    }

    /**
     * Locks the change counter (serialising admin changes across servers) and increments it; call first in an
     * admin change's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAndBumpRevision() {
        em.createNativeQuery("SELECT revision FROM plugin_registry_revision WHERE id = 1 FOR UPDATE").getSingleResult();
        em.createNativeQuery("UPDATE plugin_registry_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
    }

    /**
     * Writes an admin's decision for a plugin, creating its row if needed.
     *
     * @param pluginId the plugin
     * @param enabled  whether it is enabled
     * @param values   its configured values
     * @param actor    the admin
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(String pluginId, boolean enabled, Map<String, String> values, String actor) {
        em.createNativeQuery("""
                INSERT INTO plugin_registry (plugin_id, enabled, configuration, updated_by, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), configuration = VALUES(configuration),
                  updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, pluginId).setParameter(2, enabled).setParameter(3, write(pluginId, format(values)))
                .setParameter(4, actor).setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * Replaces the tools granted to an agent.
     *
     * @param agent the agent
     * @param tools the tool names ({@code *} for all); empty to grant none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceGrants(String agent, Set<String> tools) {
        em.createNativeQuery("DELETE FROM agent_tool_grants WHERE agent_name = ?1").setParameter(1, agent).executeUpdate();
        for (String tool : tools) {
            em.createNativeQuery("INSERT INTO agent_tool_grants (agent_name, tool_name) VALUES (?1, ?2)")
                    .setParameter(1, agent).setParameter(2, tool).executeUpdate();
        }
    }

    private String write(String pluginId, String json) {
        return cipher().map(c -> c.encrypt(pluginId, json)).orElse(json);
    }

    private Map<String, String> read(String pluginId, String stored) {
        if (!ConfigurationCipher.isEncrypted(stored)) {
            return parse(stored);
        }
        if (cipher().isEmpty()) {
            LOG.severe(() -> "The configuration of plugin " + pluginId + " is encrypted but SWITCHBOARD_SECRETS_KEY is"
                    + " not set: the plugin is treated as unconfigured");
            return new LinkedHashMap<>();
        }
        try {
            return parse(cipher().get().decrypt(pluginId, stored));
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> e.getMessage() + ": the plugin is treated as unconfigured");
            return new LinkedHashMap<>();
        }
    }

    static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    values.put(e.getKey(), s.getString());
                } else if (e.getValue().getValueType() != JsonValue.ValueType.NULL) {
                    values.put(e.getKey(), e.getValue().toString());
                }
            }
        }
        return values;
    }

    static String format(Map<String, String> values) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach(builder::add);
        return builder.build().toString();
    }

    private static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n && n.intValue() != 0;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }

    /**
     * One stored plugin row.
     *
     * @param pluginId  the plugin
     * @param enabled   whether enabled
     * @param values    configured values (secrets included)
     * @param state     last reported state, or null
     * @param lastError last reported error, or null
     * @param updatedBy who changed it last
     * @param updatedAt when
     */
    public record Row(String pluginId, boolean enabled, Map<String, String> values, PluginState state, String lastError,
                      String updatedBy, Instant updatedAt) {
        /** Copies the values. */
        public Row {
            values = Map.copyOf(new HashMap<>(values));
        }
    }
}
