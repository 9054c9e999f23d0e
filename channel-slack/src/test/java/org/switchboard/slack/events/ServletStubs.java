package org.switchboard.slack.events;

import jakarta.servlet.ReadListener;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Just enough of the Servlet API, as dynamic proxies, to run {@link SlackEventsServlet} and
 * {@link SlackEventsEndpoint} without a container. Any method the code under test was not expected to call fails
 * loudly with {@link UnsupportedOperationException}.
 */
final class ServletStubs {

    private ServletStubs() {
    }

    /** A POST to {@code /slack/events} with these bytes and headers. */
    static HttpServletRequest post(byte[] body, Map<String, String> headers) {
        Map<String, Object> attributes = new HashMap<>();
        Map<String, String> byLowerName = new LinkedHashMap<>();
        headers.forEach((k, v) -> byLowerName.put(k.toLowerCase(java.util.Locale.ROOT), v));
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(ServletStubs.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> in;
                    case "getHeader" -> byLowerName.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                    case "getHeaders" -> {
                        String v = byLowerName.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                        yield Collections.enumeration(v == null ? List.of() : List.of(v));
                    }
                    case "getHeaderNames" -> Collections.enumeration(new ArrayList<>(headers.keySet()));
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getRequestURI" -> SlackEventsEndpoint.PATH;
                    case "getQueryString" -> null;
                    case "getRemoteAddr" -> "192.0.2.10";
                    case "getMethod" -> "POST";
                    case "getContentType" -> headers.getOrDefault("Content-Type", "application/json");
                    case "toString" -> "POST " + SlackEventsEndpoint.PATH;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("HttpServletRequest." + method.getName());
                });
    }

    /** A response that remembers its status, headers and body. */
    static final class Recorded {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new LinkedHashMap<>();
        final StringWriter body = new StringWriter();
        private final PrintWriter writer = new PrintWriter(body, true);

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(ServletStubs.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "setCharacterEncoding" -> null;
                        case "setHeader", "addHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "getWriter" -> writer;
                        case "toString" -> "response";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("HttpServletResponse." + method.getName());
                    });
        }

        String body() {
            writer.flush();
            return body.toString();
        }
    }

    /** A servlet context that keeps the servlets added to it and their mappings. */
    static final class Context {
        final Map<String, Servlet> servlets = new HashMap<>();
        final Map<String, List<String>> mappings = new HashMap<>();

        ServletContext context() {
            return (ServletContext) Proxy.newProxyInstance(ServletStubs.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "addServlet" -> {
                            String name = (String) args[0];
                            servlets.put(name, (Servlet) args[1]);
                            yield registration(name);
                        }
                        case "toString" -> "context";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("ServletContext." + method.getName());
                    });
        }

        private ServletRegistration.Dynamic registration(String name) {
            return (ServletRegistration.Dynamic) Proxy.newProxyInstance(ServletStubs.class.getClassLoader(),
                    new Class<?>[] {ServletRegistration.Dynamic.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "addMapping" -> {
                            List<String> patterns = mappings.computeIfAbsent(name, n -> new ArrayList<>());
                            for (String p : (String[]) args[0]) {
                                patterns.add(p);
                            }
                            yield Set.of();
                        }
                        case "toString" -> "registration " + name;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("ServletRegistration." + method.getName());
                    });
        }
    }
}
