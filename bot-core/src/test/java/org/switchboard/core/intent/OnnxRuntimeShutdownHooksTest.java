package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * ONNX Runtime loaded by a class loader of its own, as in an application deployed to Liberty: the shutdown hook it
 * registers is noted and removed. Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} (bot-core's surefire
 * configuration, like Liberty's launch script).
 */
class OnnxRuntimeShutdownHooksTest {

    @Test
    void releaseRemovesTheShutdownHookOnnxRuntimeRegisteredForAnApplicationsClassLoader() throws Exception {
        URL[] classpath = {codeSource(OnnxRuntimeShutdownHooks.class), codeSource(OrtEnvironment.class)};
        try (URLClassLoader application = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
            Class<?> hooks = Class.forName(OnnxRuntimeShutdownHooks.class.getName(), true, application);
            assertThat(hooks).isNotSameAs(OnnxRuntimeShutdownHooks.class);

            Object environment = hooks.getMethod("environment").invoke(null);

            assertThat(environment.getClass().getClassLoader()).isSameAs(application);
            assertThat(call(hooks, "noted")).isEqualTo(1);
            assertThat(call(hooks, "release")).isEqualTo(1);
            assertThat(call(hooks, "noted")).isEqualTo(0);
            assertThat(call(hooks, "release")).isEqualTo(0);
        }
    }

    private static Object call(Class<?> type, String method) throws ReflectiveOperationException {
        Method m = type.getDeclaredMethod(method);
        m.setAccessible(true);
        return m.invoke(null);
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
