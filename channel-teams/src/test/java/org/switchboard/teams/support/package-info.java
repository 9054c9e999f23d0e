/** Test helpers: the shared Teams fixtures. */
package org.switchboard.teams.support;
