package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/** {@code list_all_airports}: tau-bench's fixed list of 20 airport codes and their cities. Risk READ. */
public final class ListAllAirports implements CommerceTool<AirlineStore> {

    private static final String[][] AIRPORTS = {
        {"SFO", "San Francisco"}, {"JFK", "New York"}, {"LAX", "Los Angeles"}, {"ORD", "Chicago"},
        {"DFW", "Dallas"}, {"DEN", "Denver"}, {"SEA", "Seattle"}, {"ATL", "Atlanta"}, {"MIA", "Miami"},
        {"BOS", "Boston"}, {"PHX", "Phoenix"}, {"IAH", "Houston"}, {"LAS", "Las Vegas"}, {"MCO", "Orlando"},
        {"EWR", "Newark"}, {"CLT", "Charlotte"}, {"MSP", "Minneapolis"}, {"DTW", "Detroit"},
        {"PHL", "Philadelphia"}, {"LGA", "LaGuardia"}};

    /** @return {@code list_all_airports} */
    @Override
    public String name() {
        return "list_all_airports";
    }

    /**
     * @param arguments none
     * @param store     unused
     * @return {@code {"SFO": "San Francisco", ...}}
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) {
        JsonObjectBuilder result = JSON.createObjectBuilder();
        for (String[] airport : AIRPORTS) {
            result.add(airport[0], airport[1]);
        }
        return JsonDocuments.dumps(result.build());
    }
}
