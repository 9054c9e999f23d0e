/**
 * JPA pieces shared by the commerce plugins: the verified email addresses of a Switchboard customer
 * ({@link org.switchboard.plugins.commerce.jpa.VerifiedEmailDirectory}), through which a customer is linked to
 * a retail or airline user. No tool logic here.
 */
package org.switchboard.plugins.commerce.jpa;
