package org.switchboard.core.agent.profile;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated set of {@link AgentProfile}s with one entry agent (triage).
 *
 * <p>JSON shape: {@code {"entry": "triage", "agents": [{"name", "routeWhen", "instructions", "tools": [...],
 * "handoffs": [...], "escalates": false}, ...]}}. Rules: names unique; the entry agent exists; every handoff
 * target exists and is not the agent itself. An agent with {@code "escalates": true} (the built-in "human") stands
 * for the human team: handing off to it escalates the conversation.
 */
public final class AgentProfiles {

    private final String entry;
    private final Map<String, AgentProfile> byName;
    private final List<AgentProfile> ordered;

    /**
     * @param entry    the agent a new conversation (and a hand-back from a human) starts with
     * @param profiles the agents
     * @throws IllegalArgumentException when the rules above are broken
     */
    public AgentProfiles(String entry, List<AgentProfile> profiles) {
        Map<String, AgentProfile> map = new LinkedHashMap<>();
        for (AgentProfile p : profiles) {
            if (map.put(p.name(), p) != null) {
                throw new IllegalArgumentException("agent '" + p.name() + "' is defined twice");
            }
        }
        if (!map.containsKey(entry)) {
            throw new IllegalArgumentException("entry agent '" + entry + "' is not defined");
        }
        for (AgentProfile p : map.values()) {
            for (String target : p.handoffs()) {
                if (!map.containsKey(target)) {
                    throw new IllegalArgumentException("agent '" + p.name() + "' hands off to unknown agent '"
                            + target + "'");
                }
                if (target.equals(p.name())) {
                    throw new IllegalArgumentException("agent '" + p.name() + "' hands off to itself");
                }
            }
        }
        this.entry = entry;
        this.byName = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /**
     * Reads profiles from JSON.
     *
     * @param json the document (see the class comment for the shape)
     * @return the validated profiles
     * @throws IllegalArgumentException when the JSON is malformed or breaks a rule; the message names the problem
     */
    public static AgentProfiles parse(Reader json) {
        try (JsonReader reader = JSON.createReader(json)) {
            JsonObject root = reader.readObject();
            List<AgentProfile> profiles = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("agents")) {
                JsonObject a = value.asJsonObject();
                profiles.add(new AgentProfile(a.getString("name"), a.getString("routeWhen", null),
                        a.getString("instructions", null), strings(a.getJsonArray("tools")),
                        strings(a.getJsonArray("handoffs")), a.getBoolean("escalates", false)));
            }
            return new AgentProfiles(root.getString("entry", "triage"), profiles);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("malformed agents JSON: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** @return the entry agent's name (triage) */
    public String entry() {
        return entry;
    }

    /** @return all agents in file order */
    public List<AgentProfile> all() {
        return ordered;
    }

    /**
     * @param name an agent's name
     * @return that agent, if defined
     */
    public Optional<AgentProfile> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /**
     * @param name an agent's name (e.g. a conversation's stored active agent)
     * @return that agent, or the entry agent when none has that name (an agent removed from the configuration)
     */
    public AgentProfile orEntry(String name) {
        return find(name).orElse(byName.get(entry));
    }

    /**
     * @param from    the agent handing off
     * @param toolName a tool name the model called
     * @return the target agent when the tool is one of {@code from}'s handoff tools
     */
    public Optional<AgentProfile> handoffTarget(AgentProfile from, String toolName) {
        return from.handoffs().stream().map(byName::get).filter(t -> t.transferTool().equals(toolName)).findFirst();
    }
}
