/**
 * JSON processing helpers shared by every module: the Jakarta JSON Processing provider, looked up once
 * ({@link org.switchboard.core.json.JsonProviders}).
 */
package org.switchboard.core.json;
