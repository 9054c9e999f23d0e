package org.switchboard.server.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Every operation of the admin API, found in the WAR itself rather than in a list someone must remember to extend: each
 * class in {@code WEB-INF/classes} and in every jar of {@code WEB-INF/lib} whose bytecode names {@code @Path} is loaded,
 * and each of its resource methods whose path falls under {@code /api/admin} is one {@link Operation}. A resource class
 * there must also carry {@code @RolesAllowed("admin")}, and sub-resource locators (a {@code @Path} method without an
 * HTTP method) are refused, since their operations could not be listed.
 */
final class AdminEndpoints {

    /** Where the admin API lives, from the server root. */
    static final String ROOT = "/api/admin";

    private static final String PATH_ANNOTATION = "jakarta/ws/rs/Path";
    private static final String APPLICATION_PATH_ANNOTATION = "jakarta/ws/rs/ApplicationPath";

    /**
     * One admin operation.
     *
     * @param httpMethod e.g. {@code GET}
     * @param template   the path template from the server root, e.g. {@code /api/admin/plugins/{id}/enable}
     * @param resource   the Java method that serves it
     */
    record Operation(String httpMethod, String template, Method resource) {

        /** @return the path with every template parameter replaced by an id nothing has, e.g. {@code 999999999} */
        String samplePath() {
            return template.replaceAll("\\{[^}]*}", "999999999");
        }

        /** @return whether the operation takes a body */
        boolean hasBody() {
            return httpMethod.equals("POST") || httpMethod.equals("PUT") || httpMethod.equals("PATCH");
        }

        @Override
        public String toString() {
            return httpMethod + " " + template;
        }
    }

    private AdminEndpoints() {
    }

    /**
     * @param war the WAR deployed in the integration tests
     * @return every admin operation, sorted by path and method
     */
    static List<Operation> inWar(java.nio.file.Path war) {
        Set<String> resourceClasses = new TreeSet<>();
        Set<String> applications = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classify(entry.getName().substring("WEB-INF/classes/".length()), in.readAllBytes(),
                                resourceClasses, applications);
                    }
                } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (inner.getName().endsWith(".class") && !inner.getName().startsWith("META-INF/")) {
                                classify(inner.getName(), jar.readAllBytes(), resourceClasses, applications);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String root = applicationPath(applications);
        List<Operation> operations = new ArrayList<>();
        for (String name : resourceClasses) {
            Class<?> type = load(name);
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            String base = join(root, classPath.value());
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                String full = methodPath == null ? base : join(base, methodPath.value());
                if (!full.equals(ROOT) && !full.startsWith(ROOT + "/")) {
                    continue;
                }
                if (httpMethod == null) {
                    if (methodPath != null) {
                        throw new AssertionError(method + " is a sub-resource locator under " + ROOT
                                + ": its operations cannot be listed; make them resource methods");
                    }
                    continue;
                }
                RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
                if (roles == null || !Arrays.asList(roles.value()).contains("admin")) {
                    throw new AssertionError(type.getName() + " serves " + full + " but is not @RolesAllowed(\"admin\")");
                }
                operations.add(new Operation(httpMethod, full, method));
            }
        }
        operations.sort(Comparator.comparing(Operation::template).thenComparing(Operation::httpMethod));
        return operations;
    }

    private static void classify(String entryName, byte[] bytes, Set<String> resources, Set<String> applications) {
        String constants = new String(bytes, StandardCharsets.ISO_8859_1);
        String className = entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.');
        if (constants.contains(APPLICATION_PATH_ANNOTATION)) {
            applications.add(className);
        } else if (constants.contains(PATH_ANNOTATION)) {
            resources.add(className);
        }
    }

    private static String applicationPath(Set<String> applications) {
        List<String> paths = new ArrayList<>();
        for (String name : applications) {
            ApplicationPath path = load(name).getAnnotation(ApplicationPath.class);
            if (path != null) {
                paths.add(path.value());
            }
        }
        if (paths.size() != 1) {
            throw new AssertionError("expected one @ApplicationPath in the WAR, found " + paths);
        }
        return join("/", paths.get(0));
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AdminEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot check " + name + " (it names @Path): " + e, e);
        }
    }

    private static String join(String base, String path) {
        String joined = (base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
