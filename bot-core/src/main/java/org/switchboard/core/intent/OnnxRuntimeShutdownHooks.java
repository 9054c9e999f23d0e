package org.switchboard.core.intent;

import ai.onnxruntime.OrtEnvironment;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Gives back the JVM shutdown hook ONNX Runtime registers, so that a stopped application can be unloaded.
 *
 * <p>ONNX Runtime's Java API (1.20) creates its {@link OrtEnvironment} once per class loader and registers a JVM
 * shutdown hook for it ({@code OrtEnvironment$OrtEnvCloser}), which it never removes; {@code OrtEnvironment.close()}
 * does nothing. The JVM keeps every hook until it exits, and the hook's class holds the class loader that loaded
 * ONNX Runtime: in Liberty that is the application's, so each stopped application (a redeploy, an application
 * restart, every deployment of the integration tests) stayed in memory with all its classes, static fields and
 * native libraries. {@link #environment()} notes which hooks appear while the environment is created and
 * {@link #release()} removes exactly those with {@link Runtime#removeShutdownHook(Thread)}.
 *
 * <p>Finding the hooks needs reflective access to {@code java.lang.ApplicationShutdownHooks} ({@code --add-opens
 * java.base/java.lang=ALL-UNNAMED}, which Liberty's launch script sets). Without it nothing is noted or removed
 * (logged at FINE) and the environment works as before.
 */
public final class OnnxRuntimeShutdownHooks {

    private static final Logger LOG = Logs.logger(OnnxRuntimeShutdownHooks.class);

    /** Hooks ONNX Runtime registered from this class loader and not yet removed; guarded by the class. */
    private static final List<Thread> NOTED = new ArrayList<>();

    private OnnxRuntimeShutdownHooks() {
    }

    /**
     * @return ONNX Runtime's environment for this class loader ({@link OrtEnvironment#getEnvironment()}), noting the
     *         shutdown hook it registers the first time
     */
    public static synchronized OrtEnvironment environment() {
        Set<Thread> before = registered();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        Set<Thread> after = registered();
        after.removeAll(before);
        NOTED.addAll(after);
        return environment;
    }

    /**
     * Removes the shutdown hooks noted by {@link #environment()}: call it when the application stops, after closing
     * every session. Calling it again does nothing. Never throws.
     *
     * @return the number of hooks removed (0 when none was noted, e.g. without reflective access)
     */
    public static synchronized int release() {
        int removed = 0;
        for (Thread hook : NOTED) {
            try {
                if (Runtime.getRuntime().removeShutdownHook(hook)) {
                    removed++;
                }
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: nothing to unload any more
                LOG.log(Level.FINE, "JVM shutting down; ONNX Runtime's shutdown hook stays", e);
            }
        }
        NOTED.clear();
        return removed;
    }

    /** @return the number of hooks noted and not yet released (tests) */
    static synchronized int noted() {
        return NOTED.size();
    }

    /** @return the JVM's registered shutdown hooks, by identity; empty without reflective access */
    private static Set<Thread> registered() {
        Set<Thread> hooks = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            Class<?> holder = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = holder.getDeclaredField("hooks");
            field.setAccessible(true);
            synchronized (holder) {
                Object map = field.get(null);
                if (map instanceof Map<?, ?> registered) {
                    registered.keySet().forEach(hook -> hooks.add((Thread) hook));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // InaccessibleObjectException without --add-opens java.base/java.lang
            LOG.log(Level.FINE, "JVM shutdown hooks not readable; ONNX Runtime's hook cannot be removed at stop", e);
        }
        return hooks;
    }
}
