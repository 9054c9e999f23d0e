package org.switchboard.server.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every answer of the REST API: {@code X-Content-Type-Options: nosniff}, so a browser never takes a JSON
 * transcript that holds a customer's {@code <script>} for HTML, and {@code Cache-Control: no-store}, so conversations
 * and customer data are not kept in browser or proxy caches.
 */
@Provider
public class AdminResponseHeaders implements ContainerResponseFilter {

    /**
     * @param request  the request
     * @param response the response, given the two headers
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
