package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.replay.ReplayDomain;
import org.switchboard.plugins.commerce.replay.ReplaySession;

/**
 * The retail domain for the replay: each session is a fresh {@link InMemoryRetailStore} on the original data,
 * the tools run {@link CustomerScope#UNRESTRICTED} (tau-bench's behaviour for any id) and approvals count as
 * granted (the call simply runs).
 */
public final class RetailReplayDomain implements ReplayDomain {

    private final RetailDataSet data;
    private final RetailToolbox toolbox = new RetailToolbox();

    /** @param data the original records every session starts from */
    public RetailReplayDomain(RetailDataSet data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * @return the domain on the sample data bundled in the jar
     * @throws IOException if the bundled data cannot be read
     */
    public static RetailReplayDomain bundled() throws IOException {
        return new RetailReplayDomain(RetailDataSet.bundled());
    }

    /** @return {@code retail} */
    @Override
    public String name() {
        return "retail";
    }

    /** @return a session on a fresh in-memory copy of the data */
    @Override
    public ReplaySession newSession() {
        InMemoryRetailStore store = new InMemoryRetailStore(data);
        return new ReplaySession() {
            @Override
            public String call(String name, JsonObject arguments) {
                try {
                    return toolbox.run(name, arguments, store, CustomerScope.UNRESTRICTED);
                } catch (InvalidToolArgumentException e) {
                    return e.getMessage();
                }
            }

            @Override
            public Map<String, Map<String, JsonObject>> changedRecords() {
                return store.changedRecords();
            }
        };
    }
}
