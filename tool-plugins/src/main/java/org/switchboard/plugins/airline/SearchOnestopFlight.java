package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code search_onestop_flight}: pairs of flights origin → X → destination where the first arrives no later
 * than the second departs (compared as text, as tau-bench does), both {@code available}; the second leg's date
 * is the next day ({@code 2024-05-<day+1>}, unpadded, as tau-bench builds it) when the first arrives
 * {@code +1}. Each leg is the flight without {@code dates}, updated with the first date's entry of that flight,
 * plus {@code date}. Risk READ.
 */
public final class SearchOnestopFlight implements CommerceTool<AirlineStore> {

    /** @return {@code search_onestop_flight} */
    @Override
    public String name() {
        return "search_onestop_flight";
    }

    /**
     * @param arguments {@code origin}, {@code destination}, {@code date}
     * @param store     the flights
     * @return a JSON array of two-leg arrays (possibly empty), or tau-bench's error text
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String origin = CommerceArguments.string(arguments, "origin");
        String destination = CommerceArguments.string(arguments, "destination");
        String date = CommerceArguments.string(arguments, "date");
        List<JsonObject> flights = store.flights();
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (JsonObject first : flights) {
            if (!origin.equals(first.getString("origin"))) {
                continue;
            }
            for (JsonObject second : flights) {
                if (!destination.equals(second.getString("destination"))
                        || !first.getString("destination").equals(second.getString("origin"))) {
                    continue;
                }
                String arrival = first.getString("scheduled_arrival_time_est");
                String secondDate;
                if (arrival.contains("+1")) {
                    String day = date.length() >= 2 ? date.substring(date.length() - 2) : date;
                    try {
                        secondDate = "2024-05-" + (Integer.parseInt(day.strip()) + 1);
                    } catch (NumberFormatException e) {
                        return "Error: invalid literal for int() with base 10: '" + day + "'";
                    }
                } else {
                    secondDate = date;
                }
                if (arrival.compareTo(second.getString("scheduled_departure_time_est")) > 0) {
                    continue;
                }
                JsonObject firstDates = first.getJsonObject("dates");
                JsonObject secondDates = second.getJsonObject("dates");
                if (firstDates.containsKey(date) && secondDates.containsKey(secondDate)
                        && "available".equals(firstDates.getJsonObject(date).getString("status", null))
                        && "available".equals(secondDates.getJsonObject(secondDate).getString("status", null))) {
                    if (!secondDates.containsKey(date)) {
                        return "Error: '" + date + "'";
                    }
                    results.add(JSON.createArrayBuilder()
                            .add(SearchDirectFlight.onDate(first, firstDates.getJsonObject(date)).add("date", date))
                            .add(SearchDirectFlight.onDate(second, secondDates.getJsonObject(date))
                                    .add("date", secondDate)));
                }
            }
        }
        return JsonDocuments.dumps(results.build());
    }
}
