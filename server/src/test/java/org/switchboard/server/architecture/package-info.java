/**
 * Rules about the code base itself, checked on its sources: tests here read the production sources of every module
 * that goes into the WAR and fail on a construct the project has decided against (such as a logger that bypasses the
 * masking of personal data). No production code lives here.
 */
package org.switchboard.server.architecture;
