/**
 * The Teams channel's configuration (MicroProfile Config; environment variables such as {@code MICROSOFT_APP_ID}
 * override). No Bot Framework types here.
 */
package org.switchboard.teams.config;
