/**
 * Personal data in logs: {@link org.switchboard.core.privacy.PersonalDataMasker} masks e-mail addresses, payment
 * card numbers and phone numbers in free text; {@link org.switchboard.core.privacy.Logs#logger(Class)} gives every
 * class of Switchboard a {@link java.util.logging.Logger} whose records (message, parameters and exception messages)
 * pass through {@link org.switchboard.core.privacy.MaskingLogFilter} first.
 */
package org.switchboard.core.privacy;
