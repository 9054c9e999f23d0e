package org.switchboard.core.json;

import jakarta.json.spi.JsonProvider;

/**
 * The Jakarta JSON Processing provider, looked up once.
 *
 * <p>Every static factory of {@code jakarta.json.Json} ({@code createObjectBuilder()}, {@code createReader(..)}, ...)
 * calls {@link JsonProvider#provider()}, which runs a {@link java.util.ServiceLoader} lookup through the thread's
 * class loader each time (JSON-P 2.1). Under load that lookup was 7 % of the server's CPU (profile in
 * docs/BENCHMARKS.md); production code builds and reads JSON through {@link #JSON} instead. Providers are
 * thread-safe (JSON-P 2.1, {@code JsonProvider}), so one instance serves every thread.
 */
public final class JsonProviders {

    /** The provider in use (Parsson on Open Liberty); its factory methods are those of {@code jakarta.json.Json}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
