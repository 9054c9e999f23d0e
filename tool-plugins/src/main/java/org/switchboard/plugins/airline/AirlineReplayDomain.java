package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.replay.ReplayDomain;
import org.switchboard.plugins.commerce.replay.ReplaySession;

/**
 * The airline domain for the replay: each session is a fresh {@link InMemoryAirlineStore} on the original data,
 * tools run {@link CustomerScope#UNRESTRICTED}, approvals count as granted.
 */
public final class AirlineReplayDomain implements ReplayDomain {

    private final AirlineDataSet data;
    private final AirlineToolbox toolbox = new AirlineToolbox(NewReservations.TAU_BENCH);

    /** @param data the original records every session starts from */
    public AirlineReplayDomain(AirlineDataSet data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * @return the domain on the sample data bundled in the jar
     * @throws IOException if the bundled data cannot be read
     */
    public static AirlineReplayDomain bundled() throws IOException {
        return new AirlineReplayDomain(AirlineDataSet.bundled());
    }

    /** @return {@code airline} */
    @Override
    public String name() {
        return "airline";
    }

    /** @return a session on a fresh in-memory copy of the data */
    @Override
    public ReplaySession newSession() {
        InMemoryAirlineStore store = new InMemoryAirlineStore(data);
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
