package org.switchboard.plugins.airline;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * The flight checks of {@code book_reservation} and {@code update_reservation_flights}: the flight exists, flies
 * that date, is {@code available} then and has enough seats in the cabin; the priced segment is the requested
 * {@code {flight_number, date}} plus {@code price}, {@code origin} and {@code destination}.
 *
 * @param error  tau-bench's error message, or null
 * @param flight the priced segment, when valid
 * @param price  the per-passenger price, when valid
 */
record FlightPricing(String error, JsonObject flight, JsonNumber price) {

    /**
     * @param request    a requested segment {@code {"flight_number", "date"}}
     * @param cabin      the cabin
     * @param passengers how many seats are needed
     * @param store      the flights
     * @return the priced segment or tau-bench's error
     */
    static FlightPricing price(JsonObject request, String cabin, int passengers, AirlineStore store) {
        if (!request.containsKey("flight_number")) {
            return failed(AirlineRecords.keyError("flight_number"));
        }
        String flightNumber = request.getString("flight_number");
        Optional<JsonObject> found = store.findFlight(flightNumber);
        if (found.isEmpty()) {
            return failed("Error: flight " + flightNumber + " not found");
        }
        if (!request.containsKey("date")) {
            return failed(AirlineRecords.keyError("date"));
        }
        String date = request.getString("date");
        JsonObject flight = found.get();
        JsonObject dates = flight.getJsonObject("dates");
        if (!dates.containsKey(date)) {
            return failed("Error: flight " + flightNumber + " not found on date " + date);
        }
        JsonObject onDate = dates.getJsonObject(date);
        if (!"available".equals(onDate.getString("status", null))) {
            return failed("Error: flight " + flightNumber + " not available on date " + date);
        }
        JsonObject seats = onDate.getJsonObject("available_seats");
        JsonObject prices = onDate.getJsonObject("prices");
        if (!seats.containsKey(cabin)) {
            return failed(AirlineRecords.keyError(cabin));
        }
        if (seats.getJsonNumber(cabin).longValue() < passengers) {
            return failed("Error: not enough seats on flight " + flightNumber);
        }
        JsonNumber price = prices.getJsonNumber(cabin);
        return new FlightPricing(null, segment(request, price, flight.get("origin"), flight.get("destination")), price);
    }

    /**
     * @return the request with {@code price}, {@code origin} and {@code destination} set, in that order
     */
    static JsonObject segment(JsonObject request, JsonValue price, JsonValue origin, JsonValue destination) {
        JsonObject segment = JsonDocuments.with(request, "price", price);
        segment = JsonDocuments.with(segment, "origin", origin);
        return JsonDocuments.with(segment, "destination", destination);
    }

    private static FlightPricing failed(String error) {
        return new FlightPricing(error, null, null);
    }
}
