/**
 * The customer's own profile as a tool: the {@code customer-profile} plugin
 * ({@link org.switchboard.plugins.profile.CustomerProfilePlugin}, tool {@code get_my_profile}, risk READ) reads the
 * verified customer of the conversation from bot-core's {@link org.switchboard.core.customer.CustomerProfiles};
 * it takes no customer id from the model, so nobody can read someone else's profile.
 */
package org.switchboard.plugins.profile;
