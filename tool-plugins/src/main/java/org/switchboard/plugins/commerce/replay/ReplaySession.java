package org.switchboard.plugins.commerce.replay;

import jakarta.json.JsonObject;
import java.util.Map;

/** One task's run: fresh data, the calls in order, then the records that changed. */
public interface ReplaySession {

    /**
     * @param name      the tool name
     * @param arguments the call's arguments
     * @return the tool's output string, as tau-bench's tool would return it
     */
    String call(String name, JsonObject arguments);

    /** @return table name to changed records by id, as the fixtures' {@code changed_records} */
    Map<String, Map<String, JsonObject>> changedRecords();
}
