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
 */
@ApplicationScoped
public class JpaPluginSettingsStore implements PluginSettingsStore {

    /** Actor recorded when a server reports a plugin's state. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

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
                VALUES (?1, TRUE, '{}', ?2, ?3, ?4, ?5)
                ON DUPLICATE KEY UPDATE state = VALUES(state), last_error = VALUES(last_error)""")
                .setParameter(1, pluginId).setParameter(2, state.name()).setParameter(3, lastError)
                .setParameter(4, SYSTEM).setParameter(5, Timestamp.from(clock.instant()))
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
        return result.stream().map(r -> new Row((String) r[0], toBoolean(r[1]), parse((String) r[2]),
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
                .setParameter(1, pluginId).setParameter(2, enabled).setParameter(3, format(values))
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
