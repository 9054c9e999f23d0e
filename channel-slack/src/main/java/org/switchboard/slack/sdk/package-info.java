/**
 * Life cycle of the Slack SDK's own resources: {@link org.switchboard.slack.sdk.SlackSdkResources} builds the SDK
 * configurations this channel uses and, when the application stops, shuts down every background executor the SDK
 * started (including those of its static default configurations), so an undeployed application leaves no thread
 * behind that would keep its class loader alive.
 */
package org.switchboard.slack.sdk;
