package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code search_direct_flight}: every flight from origin to destination that is {@code available} on the date,
 * in source order, as the flight without its {@code dates} plus that date's status, seats and prices. Risk READ.
 */
public final class SearchDirectFlight implements CommerceTool<AirlineStore> {

    /** @return {@code search_direct_flight} */
    @Override
    public String name() {
        return "search_direct_flight";
    }

    /**
     * @param arguments {@code origin}, {@code destination}, {@code date}
     * @param store     the flights
     * @return a JSON array of flights (possibly empty)
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String origin = CommerceArguments.string(arguments, "origin");
        String destination = CommerceArguments.string(arguments, "destination");
        String date = CommerceArguments.string(arguments, "date");
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (JsonObject flight : store.flights()) {
            if (origin.equals(flight.getString("origin")) && destination.equals(flight.getString("destination"))) {
                JsonObject dates = flight.getJsonObject("dates");
                if (dates.containsKey(date) && "available".equals(dates.getJsonObject(date).getString("status", null))) {
                    results.add(onDate(flight, dates.getJsonObject(date)));
                }
            }
        }
        return JsonDocuments.dumps(results.build());
    }

    /**
     * @param flight a flight record
     * @param onDate one entry of its {@code dates}
     * @return the flight without {@code dates}, updated with the entry's keys
     */
    static JsonObjectBuilder onDate(JsonObject flight, JsonObject onDate) {
        JsonObjectBuilder result = JSON.createObjectBuilder(flight).remove("dates");
        onDate.forEach(result::add);
        return result;
    }
}
